/**
 * `daily-after-start`: an incident announced ahead and marked daily (its announcement, feed/daily-start.ts) that has begun
 * with no update since. Trial Z, a hospital trust: "Daily updates" ticked for Monday's strike announcement stayed on, and
 * on strike day an update 24 hours away signed clean. A warning, not an error: the promise made before the start is at
 * most 4 hours after it (announced-edit.ts), so nothing is wrong yet, and an error would stop `heartbeat` re-signing
 * the feed readers have during the strike; the update that comes next is held to 4 hours (`next-update-too-far`).
 */
import { dailyEndedAt } from '../../feed/daily-start.js';
import { defineRule, feedOr } from '../rule.js';
import { openIncidentsOf } from '../walk.js';
import { dayAndClock, dayWord } from '../next-said.js';
import { clock } from './incidents.js';

export const dailyAfterStart = defineRule('daily-after-start', 'warning', function* ({ doc, now, timeZone }) {
  for (const { inc, path } of openIncidentsOf(doc)) {
    const start = dailyEndedAt(inc, now);
    if (start === undefined) continue;
    const at = (lang: 'en' | 'nl') => ((d) => `${dayWord(d !== undefined, lang)} ${d ?? clock(start, timeZone, lang)}`)(dayAndClock(start, now, timeZone, lang));
    const cli = typeof inc.id === 'string' ? `: clearline update feed.json --incident ${inc.id} --next-update +4h` : '';
    yield {
      path: `${path}/cadence`,
      message: {
        en: `its daily updates were for the announcement, and it began ${at('en')}: now that it is going on, the next update is due within 4 hours`,
        nl: `één update per dag gold voor de aankondiging, en het is begonnen ${at('nl')}: nu het bezig is, hoort de volgende update binnen 4 uur te komen`,
      },
      fix: {
        en: `Promise your next update within 4 hours${feedOr(`${cli} (that ends the daily updates)`, ': post an update, and the “Daily updates” box is unticked')}. Only if nothing will change for a whole day, ${feedOr('give --daily again in that update', 'tick it again')}.`,
        nl: `Beloof uw volgende update binnen 4 uur${feedOr(`${cli} (dan stopt één update per dag)`, ': plaats een update, en het vakje „Eén update per dag” staat uit')}. Alleen als er een hele dag niets verandert: ${feedOr('geef in die update opnieuw --daily', 'vink het opnieuw aan')}.`,
      },
    };
  }
});
