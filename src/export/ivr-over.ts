/**
 * A phone message over its budget even shortened, in words for the desk: how long it takes against the budget, what it
 * had to leave out, which sentence to shorten and where that is written. `clearline export --to ivr|ssml` then writes
 * nothing (exit 1), so lint (phone-message-too-long) and the studio's phone preview say it before signing: a Belgian bank's
 * desk learned only at export, after signing, that its Dutch message took 46.8 s and could not hold the phishing action.
 * Only the words: the message and its measurements are always `exportIvr`'s (ivr.ts), never measured again here. Pure.
 */
import type { StatusPayload } from '../feed/schema.js';
import { feedOr, type Said } from '../lint/rule.js';
import { droppedInWords, ivrDropMatters } from './ivr-dropped.js';
import { IVR_LIMITS, type IvrResult } from './ivr.js';

/** Feed languages by name, as an adjective: "the Dutch phone message", "het Nederlandse telefoonbericht". */
const LANGUAGE: Readonly<Record<string, Said>> = {
  en: { en: 'English', nl: 'Engelse' },
  nl: { en: 'Dutch', nl: 'Nederlandse' },
  de: { en: 'German', nl: 'Duitse' },
  fr: { en: 'French', nl: 'Franse' },
};

/** "46.8" and "46,8": seconds as each language writes them. */
const sec = (n: number, desk: 'en' | 'nl') => (desk === 'nl' ? String(n).replace('.', ',') : String(n));
/** A sentence cut to a few words to quote: "Bel meteen Card Stop op 078 170 170 als u…". */
const clip = (s: string, max = 70) => (s.length <= max ? s : `${s.slice(0, max).replace(/\s+\S*$/, '')}…`);

/** Where the desk writes the sentence with this key: the urgent action's label, the title of another incident, else the lead's "what we know". */
export function sentencePath(key: string, payload: StatusPayload, lead: string | undefined, lang: string): string {
  for (const [i, inc] of payload.incidents.entries()) {
    if (key === `also-${inc.id}`) return `incidents/${i}/title/${lang}`;
    if (!key.startsWith(`todo-${inc.id}`)) continue;
    const n = /-(\d+)$/.exec(key.slice(`todo-${inc.id}`.length))?.[1];
    const a = n ? Number(n) - 1 : (inc.actions ?? []).findIndex((x) => x.urgent);
    if (a >= 0) return `incidents/${i}/actions/${a}/label/${lang}`;
  }
  const at = payload.incidents.findIndex((i) => i.id === lead);
  return at >= 0 ? `incidents/${at}/known/${lang}` : `channels/${payload.channels.findIndex((c) => c.id === lead)}/label/${lang}`;
}

/** The longest sentence's place in words, when known: "urgent action 1", "the title and the first sentence of what we know". */
function placeOf(key: string, payload: StatusPayload, lang: string, desk: 'en' | 'nl'): string | undefined {
  if (key === 'what') return desk === 'nl' ? 'de titel en de eerste zin van wat we weten' : 'the title and the first sentence of what we know';
  if (key === 'emergency') return desk === 'nl' ? 'een noodlijn met wanneer u die belt' : 'an emergency line with when to call it';
  const words = droppedInWords([key], payload, lang, desk)[0];
  // The sentence itself is quoted after it: "urgent action 1", not also its first words.
  return words && words !== key ? words.replace(/ \("[^"]*"\)/, '') : undefined;
}

/**
 * What lint and the studio say of a message that does not fit (`ivr.fits` false): the language, the seconds against the
 * budget, what was left out, and the longest sentence to shorten. `line` names the phone line as the caller names it.
 */
export function overBudgetSaid(ivr: IvrResult, payload: StatusPayload, line: Said): { message: Said; fix: Said } {
  const said = (desk: 'en' | 'nl') => {
    const name = LANGUAGE[ivr.lang.split('-')[0]!.toLowerCase()]?.[desk] ?? ivr.lang;
    // What callers miss that matters (an urgent action, what we know: as lint --for ivr's ivr-shortened), not the greeting.
    const lost = ivr.dropped.filter((d) => ivrDropMatters([d]));
    const left = droppedInWords(lost, payload, ivr.lang, desk, ivr.incidents[0]);
    // The one to make room for: an urgent action first (the phishing action of trial V), else the first left out.
    const key = lost.find((d) => d.startsWith('todo-') && !d.endsWith('-rest')) ?? lost[0];
    const room = key ? droppedInWords([key], payload, ivr.lang, desk, ivr.incidents[0])[0] : undefined;
    const s = sec(ivr.seconds, desk);
    const long = ivr.longest;
    const place = long && placeOf(long.key, payload, ivr.lang, desk);
    if (desk === 'nl')
      return {
        message: `het ${name} telefoonbericht voor ${line.nl} is te lang voor de telefoonlijn: ${s} s van hooguit ${IVR_LIMITS.seconds} s${left.length ? `, ook zonder ${left.join(', ')}` : ''}, dus ${feedOr('clearline export --to ivr schrijft het niet', 'bij exporteren voor het telefoonsysteem wordt het niet geschreven')}`,
        fix: `${long ? `Maak de langste zin korter (${sec(long.seconds, 'nl')} s${place ? `, ${place}` : ''}): "${clip(long.text)}"` : 'Maak de titel en de eerste zin van wat we weten korter'}, tot het bericht binnen ${IVR_LIMITS.seconds} s past${room ? ` en bellers ook ${room} horen` : ''}.`,
      };
    return {
      message: `the ${name} phone message for ${line.en} is too long for the phone line: ${s} s of at most ${IVR_LIMITS.seconds} s${left.length ? `, even without ${left.join(', ')}` : ''}, so ${feedOr('clearline export --to ivr writes nothing', 'exporting it for the phone system writes nothing')}`,
      fix: `${long ? `Shorten the longest sentence (${long.seconds} s${place ? `, ${place}` : ''}): "${clip(long.text)}"` : 'Shorten the title and the first sentence of what we know'}, until the message fits in ${IVR_LIMITS.seconds} s${room ? ` and callers also hear ${room}` : ''}.`,
    };
  };
  const en = said('en');
  const nl = said('nl');
  return { message: { en: en.message, nl: nl.message }, fix: { en: en.fix, nl: nl.fix } };
}
