/**
 * What the phone message (ivr.ts) left out to stay within its 45 seconds, in words for the desk: `clearline export --to
 * ivr` and `lint --for ivr` printed the sentences' keys ("weggelaten: hello, instead-web, instead, thanks,
 * todo-ransomware-2026-12-07-4"), and a municipality's desk read "todo" as work left undone, while the urgent action left
 * out (the temporary counter in the library) was not named. Now: "de begroeting, … dringende actie 4 ("Voor een
 * overlijden of een andere…")". The action's and channel's words are quoted in the message's own language. Pure.
 */
import type { Incident, StatusPayload } from '../feed/schema.js';
import { feedOr, type Said } from '../lint/rule.js';
import { pickText } from '../i18n/lang.js';

const FIXED: Readonly<Record<string, Said>> = {
  hello: { en: 'the greeting', nl: 'de begroeting' },
  count: { en: 'the number of incidents', nl: 'het aantal incidenten' },
  summary: { en: 'the first sentence of what we know', nl: 'de eerste zin van wat we weten' },
  unknown: { en: "what we don't know yet", nl: 'wat we nog niet weten' },
  instead: { en: 'the sentence that callers may not need to wait', nl: 'de zin dat bellers misschien niet hoeven te wachten' },
  action: { en: "the urgent action's web page", nl: 'de webpagina van de dringende actie' },
  next: { en: 'the next update', nl: 'de volgende update' },
  wait: { en: 'the expected wait', nl: 'de verwachte wachttijd' },
  'wait-reason': { en: 'the reason for the wait', nl: 'de reden van de wachttijd' },
  thanks: { en: 'the thanks for waiting', nl: 'het bedankje voor het wachten' },
};

/** A text cut to a few words for a list: "Voor een overlijden of een andere…". */
const clip = (s: string, max = 40) => (s.length <= max ? s : `${s.slice(0, max).replace(/\s+\S*$/, '')}…`);

function inWords(key: string, payload: StatusPayload, lang: string, desk: 'en' | 'nl', lead?: string): string {
  const fixed = FIXED[key]?.[desk];
  if (fixed) return fixed;
  for (const inc of payload.incidents) {
    const title = `"${clip(pickText(inc.title, lang).trim())}"`;
    if (key === `action-${inc.id}`) return desk === 'nl' ? `de webpagina van de dringende actie van incident ${title}` : `the web page of the urgent action of incident ${title}`;
    if (key === `also-${inc.id}`) return desk === 'nl' ? `incident ${title}` : `incident ${title}`;
    // The first urgent action's sentences after what to do and its emergency line (ivr-todo.ts).
    const rest = key === `todo-${inc.id}-rest`;
    const covered = key.startsWith(`covered-${inc.id}-`);
    const page = key.startsWith(`page-${inc.id}-`);
    const numbered = covered || page ? key.slice(key.indexOf(inc.id) + inc.id.length + 1) : key.startsWith(`todo-${inc.id}-`) && !rest ? key.slice(`todo-${inc.id}-`.length) : '';
    const all = inc.actions ?? [];
    // The key's N is the feed's number, the one `update --reword-action N` takes and `--json` shows (ivr-todo.ts); the
    // first urgent action's key has none: the first urgent one in the feed.
    // Another incident with no urgent action is said with its first action (ivr.ts, trial X): named as that one, not as
    // "todo-billing-down" (trial Y).
    const action = key === `todo-${inc.id}` || rest ? (all.find((a) => a.urgent) ?? all[0]) : /^\d+$/.test(numbered) ? all[Number(numbered) - 1] : undefined;
    if (action) {
      const label = pickText(action.label, lang);
      const n = all.indexOf(action) + 1;
      // Another incident's action is named with its incident: "urgent action 1" beside the lead's 2 to 4 was the lead's, to
      // a water company's desk, and it was the supply outage's (trial V).
      const of = lead && inc.id !== lead ? (desk === 'nl' ? ` van incident ${title}` : ` of incident ${title}`) : '';
      const said = `${of}${label ? ` ("${clip(label)}")` : ''}`;
      // "urgent action 2"; one not marked urgent is "action 1" (the first action of an incident without urgent ones).
      const act = action.urgent ? (desk === 'nl' ? 'dringende actie' : 'urgent action') : desk === 'nl' ? 'actie' : 'action';
      if (rest) return desk === 'nl' ? `de laatste zinnen van ${act} ${n}${said}` : `the last sentences of ${act} ${n}${said}`;
      // Not said because the emergency line said just before makes its only call (trial T: named nowhere before).
      // One with a web page after the one offered (ivr.ts): never said on the phone.
      if (page) return desk === 'nl' ? `${act} ${n}${said}, met een webpagina die de telefoon niet noemt` : `${act} ${n}${said}, with a web page the phone line does not say`;
      if (covered) return desk === 'nl' ? `${act} ${n}${said}, omdat de noodlijn die al noemt` : `${act} ${n}${said}, as the emergency line said covers it`;
      return `${act} ${n}${said}`;
    }
  }
  for (const c of payload.channels ?? []) {
    // An emergency line said without the examples its reason ends with (ivr-emergency.ts): the line itself is always said.
    if (key === `examples-${c.id}`) {
      const label = pickText(c.label, lang);
      const line = label ? `"${clip(label)}"` : c.id;
      return desk === 'nl' ? `de voorbeelden bij noodlijn ${line}` : `the examples with emergency line ${line}`;
    }
    // An emergency line said without its reason, to make room for the news (ivr-emergency.ts, trial R).
    if (key === `reason-${c.id}`) {
      const label = pickText(c.label, lang);
      const line = label ? `"${clip(label)}"` : c.id;
      return desk === 'nl' ? `de reden bij noodlijn ${line}` : `the reason with emergency line ${line}`;
    }
    if (key === `instead-${c.id}`) {
      const label = pickText(c.label, lang);
      return desk === 'nl' ? `kanaal ${label ? `"${clip(label)}"` : c.id}` : `channel ${label ? `"${clip(label)}"` : c.id}`;
    }
  }
  return key;
}

/**
 * The keys of `IvrResult.dropped` in the desk's language, each as it is when unknown, in reading order: the message
 * drops the last sentences first, and a bank's desk read "zin 4 van wat we weten, zin 3 …, zin 2 …" (trial E).
 * `lead`: the message's first incident (`IvrResult.incidents[0]`); another one's actions are named with their incident.
 */
export function droppedInWords(dropped: readonly string[], payload: StatusPayload, lang: string, desk: 'en' | 'nl', lead?: string): string[] {
  const kind = (k: string) => k.replace(/-\d+$/, '');
  const at = (k: string) => Number(/-(\d+)$/.exec(k)?.[1] ?? 0);
  const first = (k: string) => dropped.findIndex((d) => kind(d) === kind(k));
  const read = [...dropped].sort((a, b) => first(a) - first(b) || at(a) - at(b));
  const words: string[] = [];
  const said = new Set<string>();
  for (const k of read) {
    // What we don't know yet left out whole: its later sentences are not named again.
    if (/^unknown-\d+$/.test(k) && dropped.includes('unknown')) continue;
    const sentences = /^(known|closing|unknown)-\d+$/.exec(k)?.[1];
    if (!sentences) words.push(inWords(k, payload, lang, desk, lead));
    else if (!said.has(sentences)) words.push(sentencesInWords(read.filter((d) => kind(d) === sentences).map(at), sentences, desk));
    if (sentences) said.add(sentences);
  }
  return words;
}

/**
 * Several sentences of one text as one phrase: "sentences 2 to 4 of what we know", not each in full (the note named
 * "zin 2 van wat we weten, zin 3 van wat we weten, zin 4 van wat we weten" to a desk at night).
 */
function sentencesInWords(ns: readonly number[], text: string, desk: 'en' | 'nl'): string {
  const of = text === 'known' ? { en: 'of what we know', nl: 'van wat we weten' } : text === 'unknown' ? { en: "of what we don't know yet", nl: 'van wat we nog niet weten' } : { en: 'of the closing text', nl: 'van de slottekst' };
  if (ns.length === 1) return desk === 'nl' ? `zin ${ns[0]} ${of.nl}` : `sentence ${ns[0]} ${of.en}`;
  const run = ns.every((n, i) => i === 0 || n === ns[i - 1] + 1);
  const and = desk === 'nl' ? 'en' : 'and';
  const list = run && ns.length > 2 ? `${ns[0]} ${desk === 'nl' ? 'tot en met' : 'to'} ${ns[ns.length - 1]}` : `${ns.slice(0, -1).join(', ')} ${and} ${ns[ns.length - 1]}`;
  return desk === 'nl' ? `zinnen ${list} ${of.nl}` : `sentences ${list} ${of.en}`;
}

/**
 * Whether `lint --for ivr` warns about what a fitting message left out (ivr-shortened): an urgent action, its page, the
 * lead's first sentence, what callers can do instead, or a later sentence of what we know (or of the closing text). The
 * greeting, the count and the thanks go unsaid. A UK broadband line's message dropped "Do not reset your router: …", the
 * last sentence of what we know, and lint said nothing: callers heard all of what we know only on the status page.
 */
export const ivrDropMatters = (dropped: readonly string[]): boolean =>
  dropped.some((d) => d.startsWith('instead') || d.startsWith('action') || d.startsWith('todo-') || d === 'summary' || /^(?:known|closing)-\d+$/.test(d));

/**
 * The fix for ivr-shortened. For sentences of what we know, the command that rewrites it as a correction (no new update
 * for readers) in the message's language alone when the text has several: shorter, or with what callers must hear first,
 * since the last sentences go first.
 */
export function ivrDropFix(dropped: readonly string[], inc: Incident | undefined, lang: string): Said {
  if (dropped.some((d) => d.startsWith('todo-') && !d.endsWith('-rest')))
    return { en: 'Shorten the title, the first sentence of what we know or the urgent actions so callers hear every urgent action; or make the one callers must hear the first urgent action, which is always said for the incident callers hear first (another incident\'s gives way to it).', nl: 'Maak de titel, de eerste zin van wat we weten of de dringende acties korter, zodat bellers elke dringende actie horen; of zet de actie die bellers moeten horen als eerste dringende actie: die wordt altijd gezegd bij de storing die bellers als eerste horen (die van een andere storing maakt er plaats voor).' };
  if (inc && dropped.some((d) => /^(?:known|closing)-\d+$/.test(d))) {
    const command = `clearline update feed.json --incident ${inc.id} --correct${typeof inc.known === 'object' ? ` --lang ${lang}` : ''} --known "…"`;
    return {
      en: `Shorten what we know so callers hear all of it within 45 seconds, or put what they must hear in its first sentences (the last ones are left out first; what is new since the previous update last of all)${feedOr(`: ${command}`, '')}. The status page still shows all of it.`,
      nl: `Maak wat we weten korter, zodat bellers het binnen 45 seconden helemaal horen, of zet wat ze moeten horen in de eerste zinnen (de laatste vallen als eerste weg; wat nieuw is sinds de vorige update als allerlaatste)${feedOr(`: ${command}`, '')}. De statuspagina toont nog alles.`,
    };
  }
  if (dropped.some((d) => d.endsWith('-rest')))
    return { en: 'Shorten the first urgent action, or put what callers must hear in its first sentence: its later sentences are left out before what is new.', nl: 'Maak de eerste dringende actie korter, of zet wat bellers moeten horen in de eerste zin: de latere zinnen vallen weg vóór wat nieuw is.' };
  return { en: 'Shorten the title or the first sentence of what we know so callers also hear what they can do instead.', nl: 'Maak de titel of de eerste zin van wat we weten korter, zodat bellers ook horen wat ze in plaats daarvan kunnen doen.' };
}
