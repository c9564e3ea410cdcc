// The badge in a phone header (logo + badge) at 360 px with the page's text at 200 % (trial X). With the width
// docs/performance.md recommended until December 2026, `min(9em, 40vw)` in a header that does not wrap, the badge was
// 144 px for 30 px text ("D…") and pushed past the right edge: beside "Hogeschool" (210 px) no readable label fits in
// 296 px. The recommendation now lets the header wrap and gives the badge the width of the screen at most, so at large
// text it takes its own line and shows "Disruption" / "Melding" whole; at ordinary text it stays beside the logo.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/badge/badge.js';
import type { ClearlineBadge } from '../../src/components/badge/badge.js';
import { statusFeed } from './helpers.js';

/** As docs/performance.md recommends for a narrow phone header (the logo: `flex: 1 1 8em`, so it shares the row at ordinary text). */
const HEADER = 'display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem';
const WIDTH = 'min(9em, 100vw - 2rem)';

afterEach(async () => {
  document.documentElement.style.fontSize = '';
  await setViewport({ width: 800, height: 600 });
});

describe('the badge in a phone header with the recommended width', () => {
  for (const [size, lang, word, ownLine] of [['200%', 'en', 'Disruption', true], ['200%', 'nl', 'Melding', true], ['100%', 'en', 'Disruption', false]] as const) {
    it(`360 px, text at ${size} (${lang}): inside the screen, "${word}" whole${ownLine ? ', on a line of its own' : ', beside the logo'}`, async () => {
      await setViewport({ width: 360, height: 780 });
      document.documentElement.style.fontSize = size;
      const wrap = await fixture<HTMLElement>(html`<div style="padding:1rem;font-family:system-ui,sans-serif"><header style=${HEADER}><strong style="flex: 1 1 8em">Hogeschool Zuidkust</strong><clearline-badge lang=${lang} style="--clearline-badge-width: ${WIDTH}" .data=${statusFeed()}></clearline-badge></header></div>`);
      const badge = wrap.querySelector<ClearlineBadge>('clearline-badge')!;
      await waitUntil(() => badge.state === 'disruption', 'disruption');
      await badge.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      const label = badge.shadowRoot!.querySelector<HTMLElement>('.label')!;
      const r = badge.getBoundingClientRect();
      expect(r.left, 'badge left on screen').to.be.at.least(0);
      expect(r.right, 'badge right on screen').to.be.at.most(360);
      expect(label.textContent, 'the whole label').to.equal(word);
      expect(label.scrollWidth, 'not cut with "…"').to.be.at.most(label.clientWidth);
      const logo = wrap.querySelector('strong')!.getBoundingClientRect();
      expect(r.top >= logo.bottom - 1, 'below the logo').to.equal(ownLine);
    });
  }
});
