/** Rules for open incidents: the four parts (known, unknown, next update, what to do). */
import { defineRule, feedOr } from '../rule.js';
import { isBlank, isObj, openIncidentsOf } from '../walk.js';
import { isNanpZone } from '../../feed/dialling.js';
import { isoInZone } from '../../feed/times.js';
import { startProblem } from '../../feed/start.js';
import { CLARITY_LIMITS } from './limits.js';
import { startsLater } from '../../feed/announced.js';
import { latestNextUpdate } from '../../feed/announced-edit.js';
import { isNotice } from '../../feed/notice.js';
import { DAILY_NEXT_UPDATE_MS, isDaily } from '../../feed/cadence.js';
import { dailyEndedAt } from '../../feed/daily-start.js';
import { announcedTooFar } from './announced-far.js';
import type { Incident } from '../../feed/schema.js';
import { dayAndClock, dayWord } from '../next-said.js';

/** The full time in the feed's zone (2026-12-01T16:20:00+01:00), the same whether the file says +01:00 or Z. */
function when(ms: number, timeZone: string): string {
  try {
    return isoInZone(ms, timeZone);
  } catch {
    return new Date(ms).toISOString();
  }
}

/** The feed's full time for the CLI; for the desk (studio) the day as people say it ("Wed 2 Dec", "wo 2 dec"), not an ISO stamp. */
function whenOr(ms: number, timeZone: string, lang: 'en' | 'nl'): string {
  let day: string;
  try {
    day = new Intl.DateTimeFormat(lang === 'nl' ? 'nl' : isNanpZone(timeZone) ? 'en-US' : 'en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone }).format(ms);
  } catch {
    day = new Date(ms).toISOString().slice(0, 10);
  }
  return feedOr(when(ms, timeZone), day);
}

/**
 * "14:00" in the feed's zone; in English on a US or Canadian clock "2:00 PM", as its readers and exports
 * say it (a Chicago desk read "you promised an update at 15:30" where its customers read 3:30 PM).
 */
export function clock(ms: number, timeZone: string, lang: 'en' | 'nl'): string {
  try {
    if (lang === 'en' && isNanpZone(timeZone)) return new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone }).format(ms).replace(/\s/g, ' ');
    return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone, hour12: false }).format(ms);
  } catch {
    return new Date(ms).toISOString().slice(11, 16);
  }
}

/** The promised next update in ms, or NaN when it is absent or not a time. */
const nextUpdate = (inc: Record<string, unknown>) => (typeof inc.next_update_at === 'string' ? Date.parse(inc.next_update_at) : NaN);

export const knownMissing = defineRule('known-missing', 'error', function* ({ doc }) {
  for (const { inc, path } of openIncidentsOf(doc)) {
    if (!isBlank(inc.known)) continue;
    yield {
      path: `${path}/known`,
      message: { en: 'an open incident does not say what we know', nl: 'bij dit open incident staat niet wat we weten' },
      fix: {
        en: 'Write what is certain now, even if it is little: what happened, since when, who is affected.',
        nl: 'Schrijf op wat nu zeker is, ook als het weinig is: wat er is gebeurd, sinds wanneer en bij wie.',
      },
    };
  }
});

/** A notice (severity info: standing advice such as a phishing warning, feed/notice.ts) needs no next update, nor one within 4 hours. */
const notice = (inc: Record<string, unknown>) => isNotice(inc as Incident);

// Not for a notice ("we never ask for your PIN"): standing advice has nothing unclear to say; readers leave the part out.
export const unknownMissing = defineRule('unknown-missing', 'error', function* ({ doc }) {
  for (const { inc, path } of openIncidentsOf(doc)) {
    if (!isBlank(inc.unknown) || notice(inc)) continue;
    yield {
      path: `${path}/unknown`,
      message: { en: "an open incident does not say what we don't know yet", nl: 'bij dit open incident staat niet wat we nog niet weten' },
      fix: {
        en: 'Write what is still unclear (cause, how long it lasts), so people stop calling to ask.',
        nl: 'Schrijf op wat nog onduidelijk is (de oorzaak, hoe lang het duurt), zodat mensen daarvoor niet meer bellen.',
      },
    };
  }
});

export const nextUpdateMissing = defineRule('next-update-missing', 'error', function* ({ doc }) {
  for (const { inc, path } of openIncidentsOf(doc)) {
    if (!Number.isNaN(nextUpdate(inc)) || notice(inc)) continue;
    yield {
      path: `${path}/next_update_at`,
      message: { en: 'an open incident does not say when the next update comes', nl: 'bij dit open incident staat niet wanneer de volgende update komt' },
      // Standing advice with nothing broken (a phishing warning) is a notice: severity info needs no next update.
      fix: {
        en: `Choose a time for the next update, for example in 30 minutes. Only a standing warning with nothing broken, such as fake text messages in your name? Give it the severity ${feedOr('"info"', '“Information”')}: a notice needs no next update.`,
        nl: `Kies een tijd voor de volgende update, bijvoorbeeld over 30 minuten. Alleen een blijvende waarschuwing terwijl alles werkt, zoals nepberichten uit uw naam? Geef dan ernst ${feedOr('"info"', '„Informatie”')}: een mededeling heeft geen volgende update nodig.`,
      },
    };
  }
});

export const nextUpdatePast = defineRule('next-update-past', 'error', function* ({ doc, now, timeZone }) {
  for (const { inc, path } of openIncidentsOf(doc)) {
    const next = nextUpdate(inc);
    if (!(next < now)) continue;
    // Another day: "op ma 14 dec 19:00 (…)", not "om 19:00" (lint/next-said.ts).
    const at = (lang: 'en' | 'nl') => ((d) => (d ? `${dayWord(true, lang)} ${d}${feedOr(` (${when(next, timeZone)})`, '')}` : `${dayWord(false, lang)} ${clock(next, timeZone, lang)} (${whenOr(next, timeZone, lang)})`))(dayAndClock(next, now, timeZone, lang));
    yield {
      path: `${path}/next_update_at`,
      message: {
        en: `you promised an update ${at('en')}, which has passed`,
        nl: `u hebt een update beloofd ${at('nl')} en die tijd is voorbij`,
      },
      // On the command line, the command that promises it: a bank's desk, 25 minutes late at 3 a.m., read what to do and not how.
      fix: {
        en: `Publish an update now, or promise a new time, for example in 30 minutes${feedOr(typeof inc.id === 'string' ? `: clearline update feed.json --incident ${inc.id} --next-update +30m` : '', '')}.`,
        nl: `Plaats nu een update, of beloof een nieuwe tijd, bijvoorbeeld over 30 minuten${feedOr(typeof inc.id === 'string' ? `: clearline update feed.json --incident ${inc.id} --next-update +30m` : '', '')}.`,
      },
    };
  }
});

export const nextUpdateTooFar = defineRule('next-update-too-far', 'error', function* ({ doc, now, timeZone }) {
  for (const { inc, path } of openIncidentsOf(doc)) {
    const next = nextUpdate(inc);
    // Announced for later (starts_at ahead): a day, and at the latest 4 hours after the start (feed/announced.ts).
    // A notice's promise, when it makes one, may be any time ahead (a passed one is still next-update-past).
    // Updated once a day on purpose (cadence "daily", a boil water notice: feed/cadence.ts): 26 hours.
    // Daily only for its announcement, and it has begun (feed/daily-start.ts, trial Z): the 4 hours of every disruption.
    const daily = isDaily(inc) && dailyEndedAt(inc, now) === undefined;
    if (notice(inc) || !(next > latestNextUpdate(inc as Incident, now, CLARITY_LIMITS.nextUpdateMs, daily))) continue;
    const start = startsLater(inc as Incident, now);
    if (start !== undefined) {
      // Says the limit that applies, with the distance and the latest time allowed (trial Z: "same time tomorrow" was 24 h + 1 min).
      const when = (lang: 'en' | 'nl') => `${clock(start, timeZone, lang)}, ${whenOr(start, timeZone, lang)}`;
      const said = (ms: number, lang: 'en' | 'nl') => dayAndClock(ms, now, timeZone, lang) ?? clock(ms, timeZone, lang);
      yield { path: `${path}/next_update_at`, ...announcedTooFar({ next, now, start, daily, said, startSaid: when }) };
      continue;
    }
    const minutes = Math.round((next - now) / 60_000);
    const [h, m] = [Math.floor(minutes / 60), minutes % 60];
    // Another day: "(op wo 16 dec 09:00, …)", not "(om 09:00, …)" on a Monday (trial X; lint/next-said.ts).
    const day = (lang: 'en' | 'nl') => dayAndClock(next, now, timeZone, lang);
    const at = (lang: 'en' | 'nl') => (day(lang) ? `${dayWord(true, lang)} ${day(lang)}${feedOr(`, ${when(next, timeZone)}`, '')}` : `${lang === 'nl' ? 'om ' : ''}${clock(next, timeZone, lang)}, ${whenOr(next, timeZone, lang)}`);
    const dailyHours = DAILY_NEXT_UPDATE_MS / 3_600_000;
    if (daily) {
      yield {
        path: `${path}/next_update_at`,
        message: { en: `the next update is ${h} hours away (${at('en')}); an incident updated daily promises one within ${dailyHours} hours`, nl: `de volgende update komt pas over ${h} uur (${at('nl')}); bij één update per dag hoort er een binnen ${dailyHours} uur` },
        fix: { en: 'Promise the next update for tomorrow, even if it is only "no change: the notice is still in force".', nl: 'Beloof de volgende update voor morgen, ook als die alleen zegt dat er niets veranderd is en het advies nog geldt.' },
      };
      continue;
    }
    // Work that stops overnight, or a standing instruction for days (a boil water notice), may be updated daily: on the command
    // line --daily, in the studio its box (daily-box.ts). Trial W: a gas desk whose relights stop at 22:00 read only "a standing
    // instruction such as a boil water notice" and did not take it as the way to say "next update tomorrow 08:00".
    // On a US or Canadian clock the example is "tomorrow 8:00 AM", as its readers read it (trial Y); it is read as typed.
    const standing = (lang: 'en' | 'nl') =>
      lang === 'en'
        ? feedOr(` Work stops overnight, or nothing will change for a day (a boil water notice)? Say so with --daily (clearline update --daily --next-update "tomorrow ${isNanpZone(timeZone) ? '8:00 AM' : '08:00'}"): then up to ${dailyHours} hours is allowed, until --live when work starts again.`, ` Work stops overnight, or nothing will change for a day (a boil water notice)? Tick “Daily updates (long-running notice)” under Next update: then up to ${dailyHours} hours is allowed.`)
        : feedOr(` Ligt het werk 's nachts stil, of verandert er een dag lang niets (een kookadvies)? Zeg dat met --daily (clearline update --daily --next-update "tomorrow 08:00"): dan mag het tot ${dailyHours} uur, tot u met --live weer binnen 4 uur bijwerkt.`, ` Ligt het werk 's nachts stil, of verandert er een dag lang niets (een kookadvies)? Vink „Eén update per dag (langlopende mededeling)” aan onder Volgende update: dan mag het tot ${dailyHours} uur.`);
    // Announced ahead and begun (a strike going on): no --daily offered, nor "give when it starts" (trial Z, step 12).
    const began = typeof inc.starts_at === 'string' && Date.parse(inc.starts_at) <= now ? Date.parse(inc.starts_at) : undefined;
    const begun = (lang: 'en' | 'nl') => `${clock(began!, timeZone, lang)}, ${whenOr(began!, timeZone, lang)}`;
    yield {
      path: `${path}/next_update_at`,
      message: {
        en: `the next update is ${h} hours${m ? ` ${m} ${m === 1 ? 'minute' : 'minutes'}` : ''} away (${at('en')}); more than 4 hours of silence makes people call`,
        nl: `de volgende update komt pas over ${h} uur${m ? ` en ${m} ${m === 1 ? 'minuut' : 'minuten'}` : ''} (${at('nl')}); bij meer dan 4 uur stilte gaan mensen bellen`,
      },
      fix: began !== undefined ? {
        en: `It began at ${begun('en')}: while it goes on, promise an update within 4 hours, even if it is only "no change: it goes on as announced".`,
        nl: `Het is begonnen om ${begun('nl')}: zolang het duurt, beloof binnen 4 uur een update, ook als die alleen zegt dat er niets veranderd is en het doorgaat zoals aangekondigd.`,
      } : {
        // A desk announcing a strike for Thursday: with the start given, readers see it as announced and a day is enough.
        en: `Promise an update within 4 hours, even if it is only "no news yet". Announcing something for later, such as a strike on Thursday? Give when it starts (${feedOr('"starts_at", clearline update --starts', '“Begins later (announced ahead)”')}): until then an update a day is enough.${standing('en')}`,
        nl: `Beloof binnen 4 uur een update, ook als die alleen zegt dat er nog geen nieuws is. Kondigt u iets aan voor later, zoals een staking donderdag? Geef op wanneer het begint (${feedOr('"starts_at", clearline update --starts', '„Begint later (vooraf aangekondigd)”')}): tot dan is een update per dag genoeg.${standing('nl')}`,
      },
    };
  }
});

/** A start in the future (beyond the clock tolerance of feed/start.ts, which the studio's "Started at" field uses too). */
export const startedInFuture = defineRule('started-in-future', 'error', function* ({ doc, now, timeZone }) {
  const incidents = Array.isArray(doc.incidents) ? doc.incidents : [];
  for (const [i, inc] of incidents.entries()) {
    const start = isObj(inc) && typeof inc.started_at === 'string' ? Date.parse(inc.started_at) : NaN;
    if (Number.isNaN(start) || !startProblem(start, now)) continue;
    const at = (lang: 'en' | 'nl') => `${clock(start, timeZone, lang)} (${whenOr(start, timeZone, lang)})`;
    yield {
      path: `incidents/${i}/started_at`,
      message: { en: `the incident starts at ${at('en')}, which is in the future`, nl: `het incident begint om ${at('nl')}, en die tijd moet nog komen` },
      fix: {
        en: `Give the time the problem began: now or earlier, for example 40 minutes ago. Announcing something that starts later, such as a strike or planned works? Let it start now and give when it begins as ${feedOr('"starts_at" (clearline new incident --starts)', '“Begins later (announced ahead)”')}. Check the clock of this computer too.`,
        nl: `Geef de tijd waarop het probleem begon: nu of eerder, bijvoorbeeld 40 minuten geleden. Kondigt u iets aan dat later begint, zoals een staking of gepland onderhoud? Laat het nu beginnen en geef op wanneer het begint bij ${feedOr('"starts_at" (clearline new incident --starts)', '„Begint later (vooraf aangekondigd)”')}. Kijk ook of de klok van deze computer goed staat.`,
      },
    };
  }
});

/** The severities that need an urgent action, as the Dutch UI names them (i18n/terms.ts). */
const SEVERE_NL: Readonly<Record<string, string>> = { major: 'incident met grote hinder', critical: 'incident met ernstige hinder' };
/** The same in English, for the studio (its Severity choices); the CLI keeps the feed's value ("a critical incident"). */
const SEVERE_EN: Readonly<Record<string, string>> = { major: 'major disruption', critical: 'critical disruption' };

/** Said at the end of urgent-action-missing's fix; prepared texts, never signed, say it their own way (lint/prepared.ts). */
export const URGENT_NOT_BLOCKING = { en: 'this warning does not stop you from signing', nl: 'deze waarschuwing houdt het ondertekenen niet tegen' } as const;

export const urgentActionMissing = defineRule('urgent-action-missing', 'warning', function* ({ doc, now }) {
  for (const { inc, path } of openIncidentsOf(doc)) {
    // Not before an incident announced ahead begins: nobody must act now for a strike on Tuesday (trial S, an airline).
    if (startsLater(inc as unknown as Incident, now) !== undefined) continue;
    const severity = String(inc.severity);
    const actions = Array.isArray(inc.actions) ? inc.actions : [];
    if (!Object.hasOwn(SEVERE_NL, severity) || actions.some((a) => isObj(a) && a.urgent === true)) continue;
    yield {
      path: `${path}/actions`,
      message: { en: feedOr(`a ${severity} incident has no urgent action`, `this ${SEVERE_EN[severity]} has no action marked “Act now”`), nl: `bij dit ${SEVERE_NL[severity]} staat niets wat mensen nu moeten doen` },
      fix: {
        // On the command line, the command: a water company's desk read "urgent": true and had to find --mark-urgent in --help.
        en: `Add the one thing people must do now, marked "Act now"${feedOr(` ("urgent": true): clearline update feed.json --incident ${String(inc.id)} --mark-urgent N for an action that is there (1 = the first), or --add-action "…" --urgent`, '')}. If nobody needs to act, say so in an action that can wait ("You do not need to do anything: …"); ${URGENT_NOT_BLOCKING.en}.`,
        nl: `Voeg toe wat mensen nu moeten doen, gemarkeerd als “Nu doen”${feedOr(` ("urgent": true): clearline update feed.json --incident ${String(inc.id)} --mark-urgent N voor een actie die er al staat (1 = de eerste), of --add-action "…" --urgent`, '')}. Hoeft niemand iets te doen, zeg dat dan in een actie die kan wachten („U hoeft niets te doen: …”); ${URGENT_NOT_BLOCKING.nl}.`,
      },
    };
  }
});
