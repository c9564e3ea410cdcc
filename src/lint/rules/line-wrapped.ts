/**
 * line-wrapped: a Markdown text with a line that ends in the middle of a sentence (content/soft-wrap.ts). Readers show
 * each typed line as a line of its own (trial X), so text wrapped at ~80 columns in an editor, or pasted from an e-mail,
 * breaks mid-sentence on a phone. `faq build` joins such lines in new FAQ answers; this names them in text already in a
 * feed or FAQ. Earlier updates are history and stay quiet. Pure.
 */
import { softWraps } from '../../content/soft-wrap.js';
import { defineRule } from '../rule.js';
import { stringsOf } from '../walk.js';

const words = (s: string, n: number, end: boolean) => {
  const all = s.trim().split(/\s+/);
  return end ? all.slice(-n).join(' ') : all.slice(0, n).join(' ');
};

export const lineWrapped = defineRule('line-wrapped', 'warning', function* ({ texts }) {
  for (const t of texts) {
    if (!t.markdown || /\/updates\//.test(t.path)) continue;
    for (const s of stringsOf(t)) {
      const wraps = softWraps(s.text);
      if (!wraps.length) continue;
      const lines = s.text.replace(/\r\n?/g, '\n').split('\n');
      const at = `“…${words(lines[wraps[0]!]!, 3, true)} / ${words(lines[wraps[0]! + 1]!, 3, false)}…”`;
      const faq = s.path.startsWith('entries/');
      const more = wraps.length - 1;
      yield {
        path: s.path,
        message: {
          en: `a line ends in the middle of a sentence (${at}${more ? `, and ${more} more` : ''}): readers show each line as a line of its own, so on a phone the sentence breaks there`,
          nl: `een regel eindigt midden in een zin (${at}${more ? `, en nog ${more}` : ''}): lezers zien elke regel als een eigen regel, dus op een telefoon breekt de zin daar af`,
        },
        fix: faq
          ? {
              en: 'Run clearline faq build again on the Markdown files: it joins such lines. Or join them by hand; keep a line for each fact or list item ("- ").',
              nl: 'Voer clearline faq build opnieuw uit op de Markdown-bestanden: die maakt zulke regels aan elkaar vast. Of voeg ze zelf samen; houd een regel per feit of opsommingsteken ("- ").',
            }
          : {
              en: 'Join the lines so the sentence is on one line; keep a line for each fact or list item ("- ").',
              nl: 'Voeg de regels samen, zodat de zin op één regel staat; houd een regel per feit of opsommingsteken ("- ").',
            },
      };
    }
  }
});
