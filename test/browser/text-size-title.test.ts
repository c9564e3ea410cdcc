// A 360 px phone with the page's text at 200 % (a site's or reader's `html { font-size: 200% }`, Android's large text):
// no media query sees it (their rem is the browser's 16 px), so the status title stayed 1.5em, 48 px, in a 228 px card
// and broke as "Cyberat / tack: e- / mail, Brights / pace" (trial X). Now it is the text's size there, and a word of
// ordinary length stays whole.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/status/status.js';
import { statusFeed } from './helpers.js';

const TITLE = { en: 'Cyberattack: e-mail, Brightspace, student portal, wifi and printing down', nl: 'Cyberaanval: e-mail, Brightspace, studentportaal, wifi en printen uit' };

function titleWordLines(el: Element): Map<string, number> {
  const text = [...el.childNodes].find((n): n is Text => n.nodeType === 3 && !!n.textContent!.trim())!;
  const range = document.createRange();
  const out = new Map<string, number>();
  for (const m of text.data.matchAll(/\S+/g)) {
    range.setStart(text, m.index);
    range.setEnd(text, m.index + m[0].length);
    out.set(m[0], new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size);
  }
  return out;
}

afterEach(async () => {
  document.documentElement.style.fontSize = '';
  await setViewport({ width: 800, height: 600 });
});

describe('the status title at 360 px with text at 200 %', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`${lang}: "Cyberattack" and "Brightspace" stay whole; nothing wider than the screen`, async () => {
      await setViewport({ width: 360, height: 780 });
      document.documentElement.style.fontSize = '200%';
      const feed = statusFeed({ channels: [] });
      Object.assign(feed.incidents[0]!, { title: TITLE, severity: 'critical' });
      const wrap = await fixture<HTMLElement>(html`<div style="padding:1rem;font-family:system-ui,sans-serif"><clearline-status lang=${lang} .data=${feed}></clearline-status></div>`);
      const status = wrap.querySelector('clearline-status')!;
      await waitUntil(() => status.shadowRoot!.querySelector('[part~=title]'), 'title');
      const title = status.shadowRoot!.querySelector('[part~=title]')!;
      const lines = titleWordLines(title);
      for (const word of [lang === 'en' ? 'Cyberattack:' : 'Cyberaanval:', 'Brightspace,']) expect(lines.get(word), `"${word}" on one line`).to.equal(1);
      expect(parseFloat(getComputedStyle(title).fontSize), 'title at least the size of the text').to.be.at.least(32);
      expect(title.getBoundingClientRect().right, 'title within the screen').to.be.at.most(360);
    });
  }
});
