/**
 * "Morgenmiddag" written at 02:10: the desk on night duty means the coming afternoon (after the night, to them still
 * "tomorrow"), but it is already that day, and readers by day take it as the day after. A heat company's "We verwachten
 * dat het minstens tot morgenmiddag duurt", written at 02:11 on a Monday, said Tuesday afternoon to everyone who read it
 * that morning (trial N). Said for the texts of an incident written between midnight and 05:00 on the feed's clock, while
 * it is still that day (afterwards relative-day-stale says it), for the words that name the next day ("morgen…",
 * "tomorrow"). A warning: at 02:00 "morgen" may really mean the next day.
 */
import { wallClock } from '../../feed/times.js';
import { defineRule } from '../rule.js';
import { stringsOf } from '../walk.js';
import { dayName, dayOf, fieldName, incidentTexts, relativeDayWord } from './relative-day.js';

/** Before this hour on the feed's clock, "tomorrow" may mean the coming day. */
const NIGHT_ENDS = 5;

export const relativeDayNight = defineRule('relative-day-night', 'warning', function* ({ doc, texts, now, timeZone: given }) {
  // The feed's own clock: the desk's night is there.
  const timeZone = typeof doc.time_zone === 'string' ? doc.time_zone : given;
  const today = dayOf(now, timeZone);
  if (Number.isNaN(today)) return;
  for (const { t, inc, written: at } of incidentTexts(doc, texts)) {
    if (inc.phase === 'resolved' || Number.isNaN(at) || dayOf(at, timeZone) !== today) continue;
    const clock = wallClock(at, timeZone);
    if (clock.hour >= NIGHT_ENDS) continue;
    for (const s of stringsOf(t)) {
      const found = relativeDayWord(s.text, s.lang, t.path.includes('/actions/'));
      const field = fieldName(s.path);
      if (!found || found.offset !== 1 || !field) continue;
      const time = `${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`;
      const day = (d: number, lang: 'en' | 'nl', long = false) => dayName(d, lang, timeZone, long);
      const next = today + 86_400_000;
      yield {
        path: s.path,
        message: {
          en: `"${found.word}" in ${field.en} was written at ${time}, on ${day(today, 'en')} already: people reading it by day take it as ${day(next, 'en')}`,
          nl: `"${found.word}" in ${field.nl} is geschreven om ${time}, dus al op ${day(today, 'nl')}: wie het overdag leest, denkt aan ${day(next, 'nl')}`,
        },
        fix: {
          en: `Write the day: "on ${day(today, 'en', true)}" if you mean the coming day, "on ${day(next, 'en', true)}" if you mean the day after.`,
          nl: `Schrijf de dag: „${day(today, 'nl', true)}” als u de komende dag bedoelt, „${day(next, 'nl', true)}” als u de dag daarna bedoelt.`,
        },
      };
    }
  }
});
