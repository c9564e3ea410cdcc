/**
 * A channel's wait and reason that were set long ago, or before an all-clear: trial X's phone message on Friday still
 * said "Expected wait about 20 minutes: many questions about exams", set on Monday, kept through the outage's all-clear
 * on Thursday while a phishing notice and a data breach stayed open. Judged by `wait_updated_at` (feed/wait-stamp.ts),
 * which the CLI and the studio stamp whenever they set a wait or reason; a channel without it is not judged (a feed
 * written by hand, or before the stamp existed: nothing says when its wait was set). Not on emergency lines, where the
 * reason says when to use the line, which does not age. Pure.
 */
import { incidentTitle } from '../../feed/incident-name.js';
import { feedLanguages, zoneLanguages } from '../../feed/languages.js';
import type { FeedDraft } from '../../feed/update.js';
import { wallClock } from '../../feed/times.js';
import { defineRule, feedOr, type Said } from '../rule.js';
import { perLanguage } from './document.js';
import { nameOf } from './channels.js';
import { dayName, dayOf } from './relative-day.js';
import { CLARITY_LIMITS } from './limits.js';
import { eachObject, isBlank, textIn, type Obj } from '../walk.js';

const HOUR = 3_600_000;
type Lang = 'en' | 'nl';

/** "Mon 14 Dec at 10:00" / "ma 14 dec om 10:00" on the feed's clock. */
function when(ms: number, lang: Lang, zone: string): string {
  const w = wallClock(ms, zone);
  const clock = `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
  return `${dayName(dayOf(ms, zone), lang, zone)} ${lang === 'nl' ? 'om' : 'at'} ${clock}`;
}

/** "40 minutes", "26 hours", "4 days" since the wait was set. */
function ago(ms: number, lang: Lang): string {
  const hours = Math.floor(ms / HOUR);
  const minutes = Math.max(1, Math.floor(ms / 60_000));
  if (hours < 1) return lang === 'nl' ? `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}` : `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  if (hours === 1) return lang === 'nl' ? '1 uur' : '1 hour';
  if (hours < 48) return lang === 'nl' ? `${hours} uur` : `${hours} hours`;
  const days = Math.floor(hours / 24);
  return lang === 'nl' ? `${days} dagen` : `${days} days`;
}

/** What the line says now: "20 minutes: many questions about exams", in the message's language where the line has it. */
function said(c: Obj, lang: Lang): string {
  const wait = typeof c.wait_minutes === 'number' ? (lang === 'nl' ? `${c.wait_minutes} minuten` : `${c.wait_minutes} minutes`) : '';
  const reason = isBlank(c.reason) ? '' : textIn(c.reason, lang).trim() || textIn(c.reason, '').trim();
  return [wait, reason].filter(Boolean).join(': ');
}

/** The incident resolved most recently after `set` and by `now`, if any: the wait may have been about it. */
function resolvedSince(doc: Obj, set: number, now: number): Obj | undefined {
  let last: { inc: Obj; at: number } | undefined;
  eachObject(doc.incidents, 'incidents', (inc) => {
    const at = inc.phase === 'resolved' && typeof inc.resolved_at === 'string' ? Date.parse(inc.resolved_at) : NaN;
    if (at > set && at <= now && (!last || at > last.at)) last = { inc, at };
  });
  return last?.inc;
}

export const channelWaitStale = defineRule('channel-wait-stale', 'warning', function* ({ doc, now, timeZone }) {
  const zone = typeof doc.time_zone === 'string' ? doc.time_zone : timeZone;
  const langs = feedLanguages(doc as unknown as FeedDraft, zoneLanguages(zone));
  const found: { c: Obj; path: string; set: number }[] = [];
  eachObject(doc.channels, 'channels', (c, path) => {
    if (c.emergency === true || (typeof c.wait_minutes !== 'number' && isBlank(c.reason))) return;
    const set = typeof c.wait_updated_at === 'string' ? Date.parse(c.wait_updated_at) : NaN;
    if (set <= now) found.push({ c, path, set });
  });
  for (const { c, path, set } of found) {
    const cleared = resolvedSince(doc, set, now);
    if (!cleared && now - set <= CLARITY_LIMITS.waitStaleMs) continue;
    // Named in the message's language where the line has it: "Student desk" in English, not "Studentenbalie".
    const own = (l: Lang) => textIn(c.label, l).trim();
    const fallback = nameOf(c, path);
    const name = { en: own('en') && !own('en').includes('[[TODO') ? `“${own('en')}”` : fallback.en, nl: own('nl') && !own('nl').includes('[[TODO') ? `‘${own('nl')}’` : fallback.nl };
    const line = (l: Lang) => (said(c, l) ? ` (${said(c, l)})` : '');
    const title = (l: Lang) => incidentTitle(cleared, l) || String(cleared?.id ?? '');
    const resolved = cleared && Date.parse(String(cleared.resolved_at));
    const why: Said = resolved
      ? { en: `${ago(now - set, 'en')} ago, before “${title('en')}” was resolved (${when(resolved, 'en', zone)})`, nl: `${ago(now - set, 'nl')} geleden, vóór ‘${title('nl')}’ werd opgelost (${when(resolved, 'nl', zone)})` }
      : { en: `${ago(now - set, 'en')} ago`, nl: `${ago(now - set, 'nl')} geleden` };
    const id = String(c.id);
    const confirm = typeof c.wait_minutes === 'number' ? `clearline edit channel --id ${id} --wait ${c.wait_minutes}` : perLanguage(`clearline edit channel --id ${id} --reason "…"`, langs);
    const renew = perLanguage(`clearline edit channel --id ${id} --wait 10 --reason "…"`, langs);
    const off = `clearline edit channel --id ${id} --wait none --reason ""`;
    yield {
      path: `${path}/${typeof c.wait_minutes === 'number' ? 'wait_minutes' : 'reason'}`,
      message: {
        en: `the wait on ${name.en}${line('en')} was set on ${when(set, 'en', zone)}, ${why.en}: readers still see it and callers still hear it as the wait of now`,
        nl: `de wachttijd bij ${name.nl}${line('nl')} is ingesteld op ${when(set, 'nl', zone)}, ${why.nl}: lezers zien en bellers horen die nog steeds als de wachttijd van nu`,
      },
      fix: {
        en: feedOr(
          `Give the wait and reason of now: ${renew}. Still true as it is? Confirm it: ${confirm}. No longer needed? Take it off: ${off}.`,
          'Fill in “Wait in minutes” and “Reason for the wait” as they are now (type the wait again if it still holds), or empty both.',
        ),
        nl: feedOr(
          `Geef de wachttijd en de reden van nu: ${renew}. Klopt het nog zo? Bevestig het: ${confirm}. Niet meer nodig? Haal het weg: ${off}.`,
          'Vul “Wachttijd in minuten” en “Reden van de wachttijd” in zoals ze nu zijn (typ de wachttijd opnieuw als die nog klopt), of maak beide leeg.',
        ),
      },
    };
  }
});
