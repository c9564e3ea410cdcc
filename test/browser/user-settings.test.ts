import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/faq/faq.js';
import '../../src/components/help/help.js';
import '../../src/components/status/status.js';
import type { ClearlineFaq } from '../../src/components/faq/faq.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';
import { keygen } from './helpers.js';

// The settings customers set for themselves: light or dark, the site's theme attribute.

/** Relative luminance of an `rgb(r, g, b)` colour (WCAG 2). */
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

after(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

describe('non-text contrast (WCAG 1.4.11)', () => {
  for (const [theme, scheme] of [['', 'light'], ['', 'dark'], ['dark', 'light'], ['light', 'dark']] as const) {
    it(`<clearline-faq> search field: its edge stands out 3:1 from the background (theme=${theme || '(none)'}, prefers ${scheme})`, async () => {
      // The field's border is all that shows where to type (same fill as the page): it was the light
      // divider grey, 1.6:1 on white and 2.2:1 in dark.
      await emulateMedia({ colorScheme: scheme });
      const el = await fixture<ClearlineFaq>(html`<clearline-faq lang="en" .entries=${HELP_ENTRIES}></clearline-faq>`);
      if (theme) el.setAttribute('theme', theme);
      await el.updateComplete;
      const input = getComputedStyle(el.shadowRoot!.querySelector('input[type=search]')!);
      const page = getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor;
      expect(input.backgroundColor, 'the field has the page\'s fill').to.equal(page);
      expect(contrast(input.borderTopColor, page), `border ${input.borderTopColor} on ${page}`).to.be.at.least(3);
    });
  }
});

describe('prefers-reduced-motion: reduce', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('nothing moves: the status skeleton does not pulse, the help launcher jumps above a banner instead of sliding', async () => {
    // The shared rule (theme.styles.ts) reaches everything inside a shadow root but not the host
    // itself, and the help launcher's slide is on its host: it needs its own rule.
    const key = await keygen();
    const status = await fixture(html`<clearline-status src="/never-answers" public-key=${JSON.stringify(key.publicJwk)}></clearline-status>`);
    await (status as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const bars = [...status.shadowRoot!.querySelectorAll('.skeleton .bar')];
    expect(bars.length, 'skeleton shown').to.be.greaterThan(0);
    for (const bar of bars) expect(getComputedStyle(bar).animationName).to.equal('none');
    const help = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${helpFeed()} .entries=${HELP_ENTRIES}></clearline-help>`);
    for (const el of [help, ...help.shadowRoot!.querySelectorAll('*')]) {
      const s = getComputedStyle(el);
      expect(`${el.tagName} ${s.animationName} ${s.transitionDuration}`).to.equal(`${el.tagName} none 0s`);
    }
  });
});
