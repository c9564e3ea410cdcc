/** Rules that protect readers in an emergency or from a false impression of the text. */
import { formatTel } from '../../content/links.js';
import { deskLink } from '../../feed/channel-edit.js';
import { callingCodeForZone, isEmergencyServiceNumber, isPublicServiceNumber } from '../../feed/dialling.js';
import { defineRule, feedOr } from '../rule.js';
import { eachObject, openIncidentsOf, stringsOf } from '../walk.js';
import { slip } from './numbers.js';

const digits = (href: unknown) => (typeof href === 'string' && /^tel:/i.test(href) ? href.slice(4).replace(/[^\d+]/g, '') : undefined);

/** A channel's name in one language ("Reparatielijn"), '' when it has none. */
const nameIn = (label: unknown, lang: 'en' | 'nl'): string => {
  if (typeof label === 'string') return label.trim();
  if (!label || typeof label !== 'object') return '';
  const texts = label as Record<string, unknown>;
  const text = texts[lang] ?? Object.values(texts).find((t) => typeof t === 'string');
  return typeof text === 'string' ? text.trim() : '';
};

/**
 * An urgent action that says "call this number" must call a line marked as an emergency line,
 * or readers in danger find it listed after (and waiting behind) the ordinary queue. The number is said as the
 * desk dials it, with the name of the ordinary line that has it: a housing association's desk read "belt
 * tel:+31881234567" for its own repair line, linked from "Haal een kachel; kunt u niet komen, bel ons dan", and was
 * told only to mark that line as an emergency line or link the action to 112. Such a line may stay as it is, and the
 * fix says that first (trial T).
 */
export const emergencyChannelMissing = defineRule('emergency-channel-missing', 'warning', function* ({ doc, timeZone }) {
  const code = callingCodeForZone(typeof doc.time_zone === 'string' ? doc.time_zone : timeZone);
  const emergency = new Set<string>();
  const ordinary = new Map<string, unknown>();
  eachObject(doc.channels, 'channels', (c) => {
    const d = digits(c.href);
    if (c.emergency === true && d) emergency.add(d);
    else if (d && !ordinary.has(d)) ordinary.set(d, c.label);
  });
  for (const { inc, path } of openIncidentsOf(doc)) {
    const found: { path: string; href: string }[] = [];
    eachObject(inc.actions, `${path}/actions`, (a, ap) => {
      const d = digits(a.href);
      // "Call 112" needs no channel of the company's own: it is the public emergency number; nor does a public helpline of the
      // feed's country (a US "call or text 988", the Belgian 1813, the Dutch 113).
      const href = String(a.href);
      // A slip of one of the channels' numbers is number-near-channel's, which holds signing: "add it as an emergency line"
      // would publish the typo beside 911 (trial Y).
      const typo = [...emergency, ...ordinary.keys()].some((c) => slip(d ?? '', c));
      if (a.urgent === true && d && !typo && !emergency.has(d) && !isEmergencyServiceNumber(href) && !isPublicServiceNumber(href, code)) found.push({ path: `${ap}/href`, href: String(a.href) });
    });
    for (const f of found) {
      const line = ordinary.get(digits(f.href)!);
      // The number as the desk dials it (deskLink, as every other rule says one): a number of the feed's own country national and in
      // its groups ("078 170 170" in a Belgian feed, "0800 316 4000" in a British one), another country's with + and its code. Before, it
      // was grouped by the message's language: a Belgian desk read "+32 78 170 170" for Card Stop, a Dutch one in English "+31 88 …".
      const shown = deskLink(f.href, code);
      const number = /^tel:/i.test(shown) ? formatTel(f.href) : shown;
      const called = (lang: 'en' | 'nl') => `${number}${nameIn(line, lang) ? ` (${nameIn(line, lang)})` : ''}`;
      yield {
        path: f.path,
        // One of the desk's own lines: said as that, and the fix starts with the safe choice (trial T: "mark that line as
        // emergency" came first, and a tired supervisor might have ticked it for the outage line, listed beside 911).
        message: line === undefined
          ? {
              en: `an urgent action calls ${called('en')}, but ${feedOr('no channel with "emergency": true has that number', 'none of the emergency lines has that number')}`,
              nl: `een actie om nu te doen belt ${called('nl')}, maar dat nummer staat niet als noodnummer bij de contactkanalen`,
            }
          : {
              en: `an urgent action calls ${called('en')}, an ordinary line (${feedOr('no "emergency": true', 'not an emergency line')})`,
              nl: `een actie om nu te doen belt ${called('nl')}, een gewone lijn (geen noodnummer)`,
            },
        fix: line === undefined
          ? {
              en: `Add the number as a ${feedOr('channel with "emergency": true', 'contact channel and tick “Emergency line”')} (it is then always listed first, set apart, whatever the waits), or link the action to your emergency line.`,
              nl: 'Zet het nummer bij de contactkanalen en markeer het als noodnummer (dan staat het altijd apart bovenaan, wat de wachttijden ook zijn), of laat de actie naar uw noodnummer verwijzen.',
            }
          : {
              en: `Nothing to do if the action is urgent but no danger (reporting an outage, an appointment today): leave the line as it is. Only a line that people in danger call should be marked ${feedOr('"emergency": true', 'as an emergency line (“Emergency line”)')}: it is then listed first, set apart with the emergency numbers. Is this action for people in danger? Then link it to your emergency line, or mark this line so if it is one.`,
              nl: 'U hoeft niets te doen als de actie dringend is maar er geen gevaar is (een storing melden, een afspraak vandaag): laat de lijn zoals hij is. Markeer alleen een lijn die mensen in gevaar bellen als noodnummer: die staat dan apart bovenaan, bij de noodnummers. Is deze actie voor mensen in gevaar? Laat hem dan naar uw noodnummer verwijzen, of markeer deze lijn als noodnummer als hij dat is.',
            },
      };
    }
  }
});

/** A clause that tells the reader to call: "Call our fraud line", "Bel direct ons fraudenummer", "…? Ring us". */
const CALL_CLAUSE = /^(?:call|phone|ring|bel|belt)\b/i;
/** Not a call to the publisher's line: "Do not call", "Bel het nummer niet", "Call your GP", "Bel uw huisarts". */
const NOT_OURS = /\b(?:not|never|niet|nooit|your|uw|jouw)\b/i;
/** Names the number: "Call 0800-1234", "Bel 112", "the emergency number" (readers know it), "het alarmnummer". */
const NAMES_NUMBER = /\d{3}|emergency number|alarmnummer/i;
const textsOf = (t: unknown): string[] => (t && typeof t === 'object' ? Object.values(t) : [t]).filter((s): s is string => typeof s === 'string');
/**
 * The clauses, each up to a condition: "Bel ons als u zonder lift uw woning niet uit kunt" is "Bel ons", a call to the
 * publisher's line; the condition's "uw" and "niet" are not NOT_OURS's ("Bel uw huisarts als …" stays "Bel uw huisarts").
 */
const clauses = (text: string) => text.split(/[.?!;:,()]|\b(?:and|then|en|dan)\b/i).map((c) => c.split(/\b(?:als|if|wanneer|when|zodra)\b/i)[0]!.trim());
const saysCall = (text: string) => clauses(text).some((c) => CALL_CLAUSE.test(c) && !NOT_OURS.test(c));
/** "Bel ons", "call us": the publisher's ordinary line; not "bel ons fraudenummer", "call us on the gas line". */
const CALLS_US = /\b(?:ons|us)\b(?!\s+(?:on\s+)?(?:the\s+)?\p{L}*(?:nummer|lijn|line|number))/iu;
const saysCallUs = (text: string) => clauses(text).some((c) => CALL_CLAUSE.test(c) && !NOT_OURS.test(c) && CALLS_US.test(c));

/**
 * An urgent action that tells readers to call ("Bel direct ons fraudenummer en laat uw pas blokkeren") but has no
 * `tel:` link and names no number: a reader on a phone has nothing to tap, and has to look for the number.
 */
export const callWithoutNumber = defineRule('urgent-call-without-number', 'warning', function* ({ doc, timeZone }) {
  // The command's example number: one of the feed's own lines as the desk dials it ("088 123 4567"), else 0800-1234. A
  // bank's desk with a fraud line in the feed was shown 0800-1234 and a command without the feed file, which was refused.
  // Never 112, 999 or 911 (an action that means them names them), and for "call us" the ordinary line before an emergency
  // one: a housing association's "Haal een kachel; kunt u niet komen, bel ons dan" was to be linked to 112, its first emergency line.
  const code = callingCodeForZone(typeof doc.time_zone === 'string' ? doc.time_zone : timeZone);
  const lines: { href: string; emergency: boolean }[] = [];
  eachObject(doc.channels, 'channels', (c) => {
    if (typeof c.href === 'string' && /^tel:/i.test(c.href) && !isEmergencyServiceNumber(c.href)) lines.push({ href: c.href, emergency: c.emergency === true });
  });
  const exampleFor = (label: string[]) => {
    const ordinaryFirst = label.some(saysCallUs);
    const line = lines.find((l) => l.emergency !== ordinaryFirst) ?? lines[0];
    return line ? `"${deskLink(line.href, code)}"` : '0800-1234';
  };
  for (const { inc, path } of openIncidentsOf(doc)) {
    const found: { ap: string; example: string }[] = [];
    eachObject(inc.actions, `${path}/actions`, (a, ap) => {
      if (a.urgent !== true || (typeof a.href === 'string' && /^tel:/i.test(a.href))) return;
      const label = textsOf(a.label);
      if (label.some(saysCall) && ![...label, ...textsOf(a.detail)].some((t) => NAMES_NUMBER.test(t))) found.push({ ap, example: exampleFor(label) });
    });
    for (const { ap, example } of found) {
      // The action by its number, as update --link-action takes it.
      const id = typeof inc.id === 'string' ? inc.id : '…';
      const n = Number(ap.slice(ap.lastIndexOf('/') + 1)) + 1;
      yield {
        path: `${ap}/href`,
        message: {
          en: 'an urgent action tells readers to call, but has no number: on a phone they have nothing to tap',
          nl: 'een actie om nu te doen zegt dat lezers moeten bellen, maar noemt geen nummer: op een telefoon kunnen ze nergens op tikken',
        },
        fix: {
          en: `Give the action the number to call as its ${feedOr(`link (clearline update feed.json --incident ${id} --link-action ${n} --link ${example}, or "href": "tel:" and the number in international form)`, 'link (the action’s “Link” field, the number as you dial it)')}, or write the number in its text.`,
          nl: `Geef de actie het nummer als ${feedOr(`link (clearline update feed.json --incident ${id} --link-action ${n} --link ${example}, of "href": "tel:" en het nummer in internationale vorm)`, 'link (het veld “Link” bij de actie, het nummer zoals u het belt)')}, of zet het nummer in de tekst.`,
        },
      };
    }
  }
});

/** An HTML tag such as <b>, </p> or <a href="…"> (Markdown autolinks such as <https://…> are not tags). */
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/;

/** Feed text is never HTML: a tag is shown literally, so the reader sees "<b>" instead of bold. */
export const rawHtml = defineRule('raw-html', 'warning', function* ({ texts }) {
  for (const t of texts) {
    for (const s of stringsOf(t)) {
      const m = HTML_TAG.exec(s.text);
      if (!m) continue;
      const tag = m[0].length > 40 ? `${m[0].slice(0, 37)}…` : m[0];
      yield {
        path: s.path,
        message: { en: `raw HTML (${tag}) is shown to readers as literal text, not as formatting`, nl: `lezers zien de HTML-code ${tag} letterlijk staan, niet als opmaak` },
        fix: t.markdown
          ? { en: 'Use Markdown instead: **bold**, *italic*, [link text](https://…), "- " for a list.', nl: 'Gebruik in plaats daarvan Markdown: **vet**, *schuin*, [linktekst](https://…), "- " voor een opsomming.' }
          : { en: 'Remove the tag: this text is plain text, without formatting.', nl: 'Haal de code weg: deze tekst is gewone tekst, zonder opmaak.' },
      };
    }
  }
});
