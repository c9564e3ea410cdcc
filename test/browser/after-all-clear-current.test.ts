// Trial T (an electricity co-op, the evening after an ice storm): the all-clear, a notice for those still without power
// ("Still no power after the storm? Your service entry may be damaged") and planned works announced for the next night.
// The help dialog's reason panel ("When will my power be back?") showed what we know of the planned works, and the badge
// said "Announced", read as news about the storm. What is in force now, the notice, now leads both.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/badge/badge.js';
import '../../src/components/faq/faq.js';
import type { ClearlineFaq } from '../../src/components/faq/faq.js';
import '../../src/components/help/help.js';
import type { ClearlineBadge } from '../../src/components/badge/badge.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { Incident, StatusPayload } from '../../src/feed/schema.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';
import { iso, MIN } from './helpers.js';

const T = {
  notice: { en: 'Still no power after the storm? Your connection may be damaged', nl: 'Nog steeds geen stroom na de storm? Mogelijk is uw aansluiting beschadigd' },
  noticeKnown: { en: 'A few homes still have no power because the connection on the house was damaged.', nl: 'Een paar huizen hebben nog geen stroom omdat de aansluiting aan het huis beschadigd is.' },
  works: { en: 'Planned works tomorrow 1–3 AM', nl: 'Gepland onderhoud morgen 1:00–3:00' },
  worksKnown: { en: 'To finish repairs safely we switch off the power in Elm Grove. Have your backup charged.', nl: 'Om het herstel veilig af te maken zetten we de stroom in Elm Grove uit.' },
};
/** The all-clear `ago` ms ago (two hours: after its hour), a notice, and works announced for in 5 hours. */
function feed(ago = 120 * MIN): StatusPayload {
  const f = helpFeed();
  const storm = f.incidents[0]!;
  const base: Incident = { ...storm, actions: [], next_update_at: null, unknown: { en: '', nl: '' }, started_at: iso(-100 * MIN), updated_at: iso(-100 * MIN) };
  Object.assign(storm, { phase: 'resolved', resolved_at: iso(-ago), updated_at: iso(-ago), next_update_at: null });
  const notice: Incident = { ...base, id: 'connection', severity: 'info', phase: 'investigating', title: T.notice, known: T.noticeKnown };
  const works: Incident = { ...base, id: 'works', severity: 'minor', phase: 'identified', title: T.works, known: T.worksKnown, starts_at: iso(5 * 60 * MIN), next_update_at: iso(7 * 60 * MIN) };
  f.incidents = [storm, works, notice];
  return f;
}
const said = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('after the all-clear: a notice in force now before works announced for later', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`<clearline-help> (${lang}): a reason's panel shows the notice's what we know, not the planned works'`, async () => {
      const el = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${feed()} .entries=${HELP_ENTRIES}></clearline-help>`);
      const root = el.shadowRoot!;
      await el.show();
      await waitUntil(() => root.querySelector('[part~=still-need-us]'), 'the first screen');
      root.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
      await el.updateComplete;
      root.querySelector<HTMLButtonElement>('button.reason[data-reason="no-heating"]')!.click();
      await el.updateComplete;
      const about = said(root.querySelector('[part~=reason-panel] [data-group=incident]'));
      expect(about.startsWith(T.notice[lang]), about).to.equal(true);
      expect(about.includes(T.noticeKnown[lang]), about).to.equal(true);
      expect(about.includes(T.worksKnown[lang]), about).to.equal(false);
    });
  }

  it('<clearline-faq>: "when is my power coming back" / "wanneer komt de stroom terug" find the notice first', async () => {
    for (const [lang, query] of [['en', 'when is my power coming back'], ['nl', 'wanneer komt de stroom terug']] as const) {
      const el = await fixture<ClearlineFaq>(html`<clearline-faq lang=${lang} .entries=${HELP_ENTRIES} .statusData=${feed()}></clearline-faq>`);
      const root = el.shadowRoot!;
      root.querySelector<HTMLInputElement>('input[type=search]')!.focus();
      await sendKeys({ type: query });
      await waitUntil(() => root.querySelector('[part~=count]')!.textContent!.trim() !== '' && root.querySelector('[part~=result], [part~=no-answer]'), query, { timeout: 5000 });
      await el.updateComplete;
      const ids = [...root.querySelectorAll<HTMLElement>('[part~=result]')].map((r) => r.dataset.id);
      expect(ids[0], `${query}: ${ids.join(', ')}`).to.equal('incident:connection');
      if (ids.includes('incident:works')) expect(ids.indexOf('incident:works'), 'the works after it').to.be.greaterThan(0);
    }
  });

  it('<clearline-badge>: "Notice" / "Mededeling", in the information look, in the hour after the all-clear and after it', async () => {
    for (const [lang, word] of [['en', 'Notice'], ['nl', 'Mededeling']] as const) {
      for (const ago of [10 * MIN, 120 * MIN]) {
        const badge = await fixture<ClearlineBadge>(html`<clearline-badge lang=${lang} .data=${feed(ago)}></clearline-badge>`);
        expect(badge.state, `${lang} ${ago / MIN}`).to.equal('notice');
        expect(said(badge.shadowRoot!.querySelector('.label')), lang).to.equal(word);
        expect(badge.shadowRoot!.querySelector('[part~=badge]')!.classList.contains('sev-info')).to.equal(true);
      }
    }
  });
});
