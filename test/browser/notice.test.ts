// Trial P, a health insurer after a ransomware attack: its warning "Wij vragen nooit om uw bankgegevens of pincode"
// stayed open for weeks as an incident of severity info. The badge said "Storing", Help "Er is nu een storing" with
// the red dot, the status page "Oorzaak gevonden" and a next update, and the banner took the all-clear's place. Such an
// open incident is a notice now: calm, no phase, no next-update line, and a disruption going on still outranks it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/badge/badge.js';
import '../../src/components/banner/banner.js';
import '../../src/components/help/help.js';
import '../../src/components/status/status.js';
import type { ClearlineBadge } from '../../src/components/badge/badge.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import type { Incident, StatusPayload } from '../../src/feed/schema.js';
import { iso, MIN, statusFeed } from './helpers.js';

const notice = (): Incident => ({
  id: 'nepberichten',
  title: { en: 'Fake text messages in our name', nl: 'Nep-sms uit onze naam' },
  severity: 'info',
  phase: 'identified',
  started_at: iso(-20 * 60 * MIN),
  updated_at: iso(-20 * 60 * MIN),
  known: { en: 'We never ask for your bank details or PIN.', nl: 'Wij vragen nooit om uw bankgegevens of pincode.' },
  unknown: { en: 'How long the messages go on.', nl: 'Hoe lang de berichten doorgaan.' },
  next_update_at: null,
});
/** The notice alone, or beside the storm (major, going on), or beside the storm resolved `ago` ms ago. */
function feed(storm: 'none' | 'open' | number = 'none'): StatusPayload {
  const f = statusFeed({ status_url: 'https://example.com/status' });
  const s = f.incidents[0]!;
  if (typeof storm === 'number') Object.assign(s, { title: { en: 'Mijn Zekerheid works again', nl: 'Mijn Zekerheid werkt weer' }, phase: 'resolved', next_update_at: null, resolved_at: iso(-storm) });
  f.incidents = storm === 'none' ? [notice()] : [s, notice()];
  return f;
}
const text = (el: Element, sel: string) => (el.shadowRoot!.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();

beforeEach(() => localStorage.clear());

describe('a notice (an open incident of severity info)', () => {
  it('<clearline-badge>: "Notice" / "Mededeling" in the information look; a disruption going on outranks it', async () => {
    for (const [lang, word] of [['en', 'Notice'], ['nl', 'Mededeling']] as const) {
      const badge = await fixture<ClearlineBadge>(html`<clearline-badge lang=${lang} .data=${feed()}></clearline-badge>`);
      expect(badge.state, lang).to.equal('notice');
      expect(badge.getAttribute('state'), lang).to.equal('notice');
      expect(text(badge, '.label'), lang).to.equal(word);
      expect(badge.shadowRoot!.querySelector('[part~=badge]')!.classList.contains('sev-info'), lang).to.equal(true);
    }
    const both = await fixture<ClearlineBadge>(html`<clearline-badge lang="en" .data=${feed('open')}></clearline-badge>`);
    expect(both.state).to.equal('disruption');
  });

  it('<clearline-status>: "Information" without a phase, and no next-update line', async () => {
    for (const lang of ['en', 'nl']) {
      const el = await fixture<ClearlineStatus>(html`<clearline-status lang=${lang} .data=${feed()}></clearline-status>`);
      const meta = text(el, '[part~=incident] .meta');
      expect(meta, lang).to.match(lang === 'en' ? /^Information/ : /^Informatie/);
      expect(meta, lang).not.to.match(/Cause identified|Oorzaak gevonden/);
      expect(el.shadowRoot!.querySelector('[part~=incident] [part~=next-update]'), lang).to.equal(null);
    }
    // A disruption beside it keeps its phase and next update, and comes first.
    const both = await fixture<ClearlineStatus>(html`<clearline-status lang="en" .data=${feed('open')}></clearline-status>`);
    expect([...both.shadowRoot!.querySelectorAll('[part~=incident]')].map((a) => a.getAttribute('data-incident'))).to.deep.equal(['storm', 'nepberichten']);
    expect(text(both, '[data-incident=storm] .meta')).to.contain('Cause identified');
    expect(both.shadowRoot!.querySelector('[data-incident=storm] [part~=next-update]')).to.not.equal(null);
  });

  it('<clearline-status>: a notice with nothing unclear has no empty "What we don\'t know yet" part; a disruption keeps its own', async () => {
    const f = feed('open');
    f.incidents[1]!.unknown = { en: '', nl: ' ' };
    for (const lang of ['en', 'nl']) {
      const el = await fixture<ClearlineStatus>(html`<clearline-status lang=${lang} .data=${f}></clearline-status>`);
      const has = (sel: string) => el.shadowRoot!.querySelector(sel) !== null; // booleans: chai formatting an element hangs
      expect(has('[data-incident=nepberichten] [part~=unknown]'), lang).to.equal(false);
      expect(has('[data-incident=nepberichten] [part~=known]'), lang).to.equal(true);
      expect(has('[data-incident=storm] [part~=unknown]'), lang).to.equal(true);
    }
  });

  it('<clearline-help>: no dot and no "There is a disruption right now"; the dialog has no next-update line', async () => {
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="nl" .data=${feed()} .entries=${[]}></clearline-help>`);
    expect(el.shadowRoot!.querySelector('[part~=marker]')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.contain('Er is nu een storing');
    await el.show();
    expect(text(el, '[part~=incident] p strong')).to.equal('Informatie');
    expect(el.shadowRoot!.querySelector('[part~=incident] [part~=next-update]')).to.equal(null);
    const both = await fixture<ClearlineHelp>(html`<clearline-help lang="nl" .data=${feed('open')} .entries=${[]}></clearline-help>`);
    expect(both.shadowRoot!.querySelector('[part~=marker]'), 'a disruption going on: the dot').to.not.equal(null);
  });

  it('<clearline-help>: in the hour after the all-clear the dialog opens on it ("werkt weer"), and the notice\'s actions follow under its own title', async () => {
    const f = feed(10 * MIN);
    f.incidents[1]!.actions = [{ label: { en: 'Never give your PIN', nl: 'Geef nooit uw pincode' }, urgent: true }];
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="nl" .data=${f} .entries=${[]}></clearline-help>`);
    await el.show();
    expect(text(el, '#incident-title')).to.equal('Mijn Zekerheid werkt weer');
    expect(text(el, '[part~=incident] p strong')).to.match(/^Opgelost om \d{1,2}:\d{2}/);
    expect(text(el, '[part~=incident] .more')).to.contain('Nep-sms uit onze naam');
    // Named, so it is not read as the all-clear's own action.
    expect(text(el, '[part~=actions] h5.about')).to.equal('Nep-sms uit onze naam');
    expect(text(el, '[part~=actions] li')).to.equal('Geef nooit uw pincode');
    // After the hour, the notice alone.
    const later = feed(70 * MIN);
    const after = await fixture<ClearlineHelp>(html`<clearline-help lang="nl" .data=${later} .entries=${[]}></clearline-help>`);
    await after.show();
    expect(text(after, '#incident-title')).to.equal('Nep-sms uit onze naam');
  });

  it('<clearline-banner>: the notice without a next update; the all-clear of the last hour before it, then the notice', async () => {
    const alone = await fixture<ClearlineBanner>(html`<clearline-banner lang="nl" .data=${feed()}></clearline-banner>`);
    expect(text(alone, '.sev')).to.equal('Informatie:');
    expect(text(alone, '[part~=title]')).to.equal('Nep-sms uit onze naam');
    expect(alone.shadowRoot!.querySelector('[part~=next-update]')).to.equal(null);
    const after = await fixture<ClearlineBanner>(html`<clearline-banner lang="nl" .data=${feed(10 * MIN)}></clearline-banner>`);
    expect(text(after, '.sev')).to.match(/^Opgelost om \d{1,2}:\d{2}:$/);
    expect(text(after, '[part~=link]')).to.equal('Mijn Zekerheid werkt weer (en nog 1)');
    const later = await fixture<ClearlineBanner>(html`<clearline-banner lang="nl" .data=${feed(70 * MIN)}></clearline-banner>`);
    expect(text(later, '[part~=title]'), 'after the hour: the notice').to.equal('Nep-sms uit onze naam');
  });
});
