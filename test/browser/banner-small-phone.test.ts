// Trial X, a university's home page on a 360 x 780 phone during a cyberattack and a wave of fake e-mails: the banner said
// "Ernstige storing: Cyberaanval: … uit. Ook: Nep-e-mails: 'Reset uw wachtwoord' uit naam van de…" and covered the bottom
// 30 % of the screen. The second title was cut in the text itself, so screen readers heard "uit naam van de…" too.
// Now the second incident takes one line, cut there by the style ("…"), and screen readers hear its whole title; the
// floating banner takes at most a quarter of the viewport's height (the rest scrolls inside it, with the band at its
// bottom), and with text at 200 % at least its severity and the start of its title (at most 30 % then).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import '../../src/components/banner/banner.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import { BANNER_SPACE } from '../../src/components/banner/page-space.js';
import type { Incident } from '../../src/feed/schema.js';
import { iso, MIN, statusFeed } from './helpers.js';

const root = document.documentElement;
const incident = (id: string, severity: Incident['severity'], nl: string, en: string): Incident => ({
  id,
  title: { nl, en },
  severity,
  phase: 'identified',
  started_at: iso(-60 * MIN),
  updated_at: iso(-5 * MIN),
  known: { nl: 'We werken eraan.', en: 'We are working on it.' },
  unknown: { nl: 'Wanneer het is opgelost.', en: 'When it is fixed.' },
  next_update_at: iso(40 * MIN),
});
const CYBER = { nl: 'Cyberaanval: e-mail, Brightspace, studentportaal, wifi en printen uit', en: 'Cyberattack: e-mail, Brightspace, student portal, wifi and printing down' };
const PHISHING = { nl: "Nep-e-mails: 'Reset uw wachtwoord' uit naam van de hogeschool", en: "Fake e-mails: 'Reset your password' in the university's name" };
const incidents = [incident('cyber', 'critical', CYBER.nl, CYBER.en), incident('phishing', 'major', PHISHING.nl, PHISHING.en)];

async function banner(lang: 'nl' | 'en') {
  const el = await fixture<ClearlineBanner>(html`<clearline-banner lang=${lang} style="font-family: system-ui, sans-serif" .data=${statusFeed({ feed_id: 'zuidkust', channels: [], incidents })}></clearline-banner>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~=next-update]'), 'banner with its next update');
  return el;
}

type AxNode = { role?: string; name?: string; children?: AxNode[] };
const links = (n: AxNode, out: string[] = []): string[] => (n.role === 'link' && out.push(n.name ?? ''), (n.children ?? []).forEach((c) => links(c, out)), out);

afterEach(async () => {
  root.style.fontSize = '';
  root.style.removeProperty(BANNER_SPACE);
  root.style.paddingBlockEnd = root.style.scrollPaddingBlockEnd = '';
  localStorage.clear();
  await setViewport({ width: 800, height: 600 });
});

describe('<clearline-banner> with two incidents on a small phone (trial X)', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`${lang}: screen readers hear the whole second title; on screen it is one line, cut with "…"`, async () => {
      await setViewport({ width: 360, height: 780 });
      const el = await banner(lang);
      const said = links((await a11ySnapshot({})) as unknown as AxNode).join(' / ');
      expect(said).to.contain(CYBER[lang]);
      expect(said.replace(/\s+/g, ' ')).to.contain(`${lang === 'nl' ? 'Ook' : 'Also'}: ${PHISHING[lang]}`);
      const cut = el.shadowRoot!.querySelector<HTMLElement>('[part~=link] .also span')!;
      expect(cut.textContent).to.equal(PHISHING[lang]);
      expect(getComputedStyle(cut).textOverflow).to.equal('ellipsis');
      expect(cut.scrollWidth, 'longer than the line: cut on screen').to.be.greaterThan(cut.clientWidth);
      const line = parseFloat(getComputedStyle(cut).lineHeight) || parseFloat(getComputedStyle(cut).fontSize) * 1.3;
      expect(cut.getBoundingClientRect().height, 'one line').to.be.at.most(line * 1.5);
    });
  }

  for (const [height, big, share] of [[640, false, 0.25], [780, false, 0.25], [640, true, 0.3], [780, true, 0.25]] as const) {
    it(`360 x ${height}${big ? ', text at 200 %' : ''}: the banner takes at most ${share * 100} % of the screen, and shows what is going on`, async () => {
      await setViewport({ width: 360, height });
      if (big) root.style.fontSize = '200%';
      const el = await banner('nl');
      const box = el.getBoundingClientRect();
      expect(box.height, `${Math.round(box.height)} of ${height} px`).to.be.at.most(height * share + 1);
      expect(box.bottom).to.be.at.most(height);
      // The severity and the first line of the title are in view, above the band at the bottom edge.
      const card = el.shadowRoot!.querySelector<HTMLElement>('[part~=banner]')!.getBoundingClientRect();
      const sev = el.shadowRoot!.querySelector('.sev')!.getBoundingClientRect();
      const title = el.shadowRoot!.querySelector('[part~=title]')!.getClientRects()[0]!;
      expect(sev.bottom, 'severity in view').to.be.at.most(card.bottom);
      expect(title.top + title.height / 2, 'first line of the title in view').to.be.at.most(card.bottom);
    });
  }
});
