/**
 * sms-keyword: a text line's word to send that readers would refuse (a quote mark, an invisible mark, over 160): said as
 * the word it is, in the words `clearline new/edit channel --keyword` and the studio's "Word to text" use
 * (feed/sms-keyword.ts), at the channel's link. Before, lint's link-scheme said "needs an sms: link with the number
 * people text" of a link whose number was right (trial T).
 */
import { KEYWORD_SAID, linkKeywordProblem } from '../../feed/sms-keyword.js';
import { defineRule, feedOr } from '../rule.js';
import { eachObject } from '../walk.js';

export const smsKeyword = defineRule('sms-keyword', 'error', function* ({ doc }) {
  const { en, nl } = KEYWORD_SAID;
  const found: { path: string; id: string; problem: 'long' | 'marks'; word: string }[] = [];
  eachObject(doc.channels, 'channels', (c, p) => {
    const k = c.kind === 'sms' && typeof c.href === 'string' ? linkKeywordProblem(c.href) : undefined;
    if (k) found.push({ path: `${p}/href`, id: String(c.id), ...k });
  });
  for (const f of found) {
    yield {
      path: f.path,
      message: { en: en[f.problem](f.word), nl: nl[f.problem](f.word) },
      fix: {
        en: `${en.fix} ${feedOr(`Change it with clearline edit channel --id ${f.id} --keyword OUT, or remove it with --keyword none.`, 'Write it under “Word to text”, or leave that field empty.')}`,
        nl: `${nl.fix} ${feedOr(`Wijzig het met clearline edit channel --id ${f.id} --keyword STORING, of haal het weg met --keyword none.`, "Schrijf het bij ‘Woord om te sms'en’, of laat dat veld leeg.")}`,
      },
    };
  }
});
