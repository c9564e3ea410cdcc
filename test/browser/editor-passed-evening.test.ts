// A desk at 14:20 typing 3:00 for the next update meant 15:00. `clearline update --next-update 3:00` asks "bedoelt u
// 15:00?"; the studio said only that 03:00 had passed and tomorrow's was too far (its own sentence, without the guess).
// It now says the CLI's sentence (feed/passed.ts) and offers 15:00 as a button, which promises it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { click, emptyFeed, field, fill, root, text } from './editor-helpers.js';

describe('studio: a passed morning time typed in the afternoon', () => {
  it('says "bedoelt u 15:00?" as the CLI does, and the button promises 15:00', async () => {
    const realNow = Date.now;
    Date.now = () => Date.parse('2026-12-03T13:20:00Z'); // 14:20 in Amsterdam
    try {
      const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed()}></clearline-editor>`);
      const select = field(el, 'Sjabloon');
      select.value = 'outage';
      select.dispatchEvent(new Event('change'));
      await click(el, 'Nieuw incident');
      await fill(el, 'Volgende update', '3:00');
      expect(text(el)).to.contain('03:00 is al voorbij, en morgen om 03:00 is meer dan 4 uur vooruit; bedoelt u 15:00? Typ dan 15:00; beloof anders de volgende update binnen 4 uur');
      const use = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === '15:00 gebruiken');
      expect(use, 'a button for 15:00').to.exist;
      use!.click();
      await el.updateComplete;
      expect(text(el)).not.to.contain('al voorbij');
      expect(text(el)).to.contain('15:00 (over 40 minuten)');
    } finally {
      Date.now = realNow;
    }
  });
});
