/**
 * A number to call written in a text that is none of the feed's own numbers, in a sentence about an emergency or about
 * calling the publisher. Trial W (finding 12): an Irish gas network's desk typed "If you smell gas call 0800 111 999" (the
 * British gas emergency number) while its emergency line is 1800 20 55 55; `update` and lint said nothing, and readers,
 * text messages and the phone message would have carried two different "smell gas" numbers. Pure.
 *
 * Left alone: public numbers (112, 999, 111, the Dutch police's 0900 8844: ownLine), a number a digit off one of the feed's
 * (number-near-channel says that), an action's words beside its own tel: link (action-number-differs), a number quoted to
 * warn about it ("never call back 020 …"), and another organisation's number named on purpose: a name or a word such as
 * "police" or "your insurer" just before it ("call Card Stop on 078 170 170"), in a sentence that says neither "us" nor "our".
 */
import { deskLink } from '../../feed/channel-edit.js';
import { digitCountProblem } from '../../feed/dialling.js';
import { defineRule } from '../rule.js';
import { eachObject, isObj, stringsOf, textIn, type Obj } from '../walk.js';
import { CLAUSE_END, WARNS } from './action-number.js';
import { codeOf, e164, ownLine, slip, WRITTEN } from './numbers.js';

type Words = { en: string; nl: string };

/** A sentence about an emergency: gas, a leak, "emergency" (not "non-emergency"), the Dutch storingsnummer and a desk's nood(nummer/lijn). */
const EMERGENCY =
  /\b(?:smell(?:s|ing)?\s+(?:of\s+)?gas|gas\s+(?:smell|leak|escape)\w*|(?<!non[- ]?)emergenc(?:y|ies)|leak\w*|ruik(?:t|en)?\s+(?:u\s+|je\s+)?gas|gaslucht|gaslek\w*|lek(?:kage)?|storingsnummer|storingslijn|storingsdienst|nood(?:nummer|lijn)|noodgeval\w*|(?<!niet[- ]?)spoed\w*|24\/7|24[- ]hours?|day and night|dag en nacht)\b/iu;

/** A sentence that sends readers to the publisher itself: "call us", "bel ons", "our fraud line", "ons storingsnummer". */
const CALL_US =
  /\b(?:(?:call|ring|phone|contact|text)\s+us|our\s+(?:[\w-]+\s+){0,2}(?:line|number|helpline|hotline|team|desk)|bel(?:t u)?\s+(?:(?:dan|direct|meteen)\s+)?(?:met\s+)?ons|neem\s+(?:dan\s+)?contact\s+(?:met\s+)?ons|ons\s+[\w-]*nummer|onze\s+[\w-]*(?:lijn|dienst))\b/iu;

/** "us", "our", "ons", "onze": the sentence speaks of the publisher, whatever names it also holds. */
const OURS = /\b(?:us|our|ons|onze)\b/iu;

/** Someone else's line just before a number: the police, a GP, "your insurer", "uw energieleverancier". */
const OTHER =
  /\b(?:police|politie|ambulance|fire\s+(?:brigade|service)|brandweer|GP|huisarts\w*|doctor|dokter|NHS|council|gemeente|bank|insurer|verzekeraar|supplier|leverancier|energieleverancier|landlord|verhuurder|your|uw|je|jouw)\b/iu;

/** Words to call with, after which the name of whom to call follows. */
const CALL = /\b(?:call|ring|phone|dial|contact|text|bel|belt|bellen|sms|sms'en)\b/giu;

/** Capitalised words that name no one: the start of a clause, a call word, "Freephone". */
const PLAIN = new Set(['call', 'ring', 'phone', 'dial', 'bel', 'belt', 'if', 'in', 'als', 'bij', 'then', 'dan', 'please', 'free', 'freephone', 'freefone', 'gratis', 'i', 'on', 'op', 'at', 'the', 'de', 'het', 'smell', 'ruikt', 'tel', 'telephone', 'telefoon']);

const words = (text: string) => text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];

/** Whether the words just before a number (after the last call word) name another organisation than the feed's. */
function namesOther(before: string, ours: ReadonlySet<string>): boolean {
  const near = before.slice(-40);
  const afterCall = near.slice(Math.max(0, ...[...near.matchAll(CALL)].map((m) => m.index! + m[0].length)));
  if (OTHER.test(afterCall)) return true;
  const start = before.length - afterCall.length;
  for (const m of afterCall.matchAll(/\p{Lu}[\p{L}]*/gu)) {
    // The sentence's first word is capitalised whoever it names.
    if (/^[\s\W]*$/u.test(before.slice(0, start + m.index!))) continue;
    const w = m[0].toLowerCase();
    if (!PLAIN.has(w) && !ours.has(w)) return true;
  }
  return false;
}

interface Line {
  digits: string;
  href: string;
  name: Words;
  emergency: boolean;
  words: Set<string>;
}

/** The feed's own phone lines (channels, text lines, actions' links); actions' lines are none of them emergency lines. */
function linesOf(doc: Obj, code?: string): Line[] {
  const lines: Line[] = [];
  const add = (href: unknown, label: unknown, emergency: boolean) => {
    const tel = typeof href === 'string' ? href.replace(/^sms:([^?]*).*$/i, 'tel:$1') : undefined;
    const digits = tel && /^tel:/i.test(tel) ? e164(tel, code) : undefined;
    const same = digits && lines.find((l) => l.digits === digits);
    if (same) same.emergency ||= emergency;
    if (!digits || same || !ownLine(digits, code)) return;
    const name = { en: textIn(label, 'en').trim(), nl: textIn(label, 'nl').trim() };
    lines.push({ digits, href: `tel:+${digits}`, name, emergency, words: new Set(words(`${name.en} ${name.nl}`)) });
  };
  eachObject(doc.channels, 'channels', (c) => add(c.href, c.label, c.emergency === true));
  eachObject(doc.incidents, 'incidents', (inc) => eachObject(inc.actions, '', (a) => add(a.href, a.label, false)));
  return lines;
}

/** The line a sentence most likely meant: an emergency line for an emergency, the one sharing most words with it. */
function likelyLine(lines: readonly Line[], sentence: string, emergency: boolean): Line | undefined {
  const pool = emergency && lines.some((l) => l.emergency) ? lines.filter((l) => l.emergency) : lines.filter((l) => !l.emergency).length ? lines.filter((l) => !l.emergency) : lines;
  const said = new Set(words(sentence));
  const score = (l: Line) => [...l.words].filter((w) => said.has(w)).length;
  return pool.reduce<Line | undefined>((best, l) => (!best || score(l) > score(best) ? l : best), undefined);
}

/** The sentences of a text, each with the one before it when that was a question ("Smell gas? Call …"). */
function sentencesOf(text: string): { sentence: string; topic: string }[] {
  const parts = text.split(/(?<=[.!?])\s+|\n+/u);
  return parts.map((sentence, i) => ({ sentence, topic: /\?\W*$/u.test(parts[i - 1] ?? '') ? `${parts[i - 1]} ${sentence}` : sentence }));
}

export const numberNotChannel = defineRule('number-not-channel', 'warning', function* ({ doc, texts, timeZone }) {
  const code = codeOf(doc, timeZone);
  const lines = linesOf(doc, code);
  if (!lines.length) return;
  const known = new Set(lines.map((l) => l.digits));
  const ours = new Set([...words(isObj(doc.publisher) ? textIn(doc.publisher.name, 'en') : ''), ...lines.flatMap((l) => [...l.words])]);
  // An action's words beside its own tel: link: action-number-differs compares them.
  const linked = new Set<string>();
  eachObject(doc.incidents, 'incidents', (inc, p) => eachObject(inc.actions, `${p}/actions`, (a, ap) => typeof a.href === 'string' && /^tel:/i.test(a.href) && linked.add(`${ap}/label`)));
  for (const t of texts) {
    if (linked.has(t.path)) continue;
    for (const s of stringsOf(t)) {
      const seen = new Set<string>();
      for (const { sentence, topic } of sentencesOf(s.text)) {
        const emergency = EMERGENCY.test(topic);
        if (!emergency && !CALL_US.test(topic)) continue;
        for (const m of sentence.matchAll(WRITTEN)) {
          const written = m[0].trim();
          const digits = e164(written, code);
          if (!digits || known.has(digits) || seen.has(digits) || !ownLine(digits, code) || digitCountProblem(`tel:+${digits}`)) continue;
          if (lines.some((l) => slip(digits, l.digits))) continue;
          const before = sentence.slice(0, m.index);
          const clause = `${before.split(CLAUSE_END).pop()} ${sentence.slice(m.index + m[0].length).split(CLAUSE_END)[0]}`;
          if (WARNS.test(clause) || (!OURS.test(sentence) && namesOther(before, ours))) continue;
          const line = likelyLine(lines, topic, emergency);
          if (!line) continue;
          seen.add(digits);
          const number = deskLink(line.href, code);
          const ourLine: Words = {
            en: `${line.emergency ? 'the emergency line' : 'your line'} in this feed is ${number}${line.name.en ? ` (“${line.name.en}”)` : ''}`,
            nl: `${line.emergency ? 'het noodnummer' : 'uw nummer'} in deze feed is ${number}${line.name.nl ? ` (‘${line.name.nl}’)` : ''}`,
          };
          yield {
            path: s.path,
            message: emergency
              ? {
                  en: `“${written}” is not a number in this feed, yet the text sends people in an emergency to it: ${ourLine.en}`,
                  nl: `‘${written}’ is geen nummer uit deze feed, maar de tekst stuurt mensen in nood ernaartoe: ${ourLine.nl}`,
                }
              : {
                  en: `the text asks people to call “${written}”, which is not a number in this feed: ${ourLine.en}`,
                  nl: `de tekst vraagt mensen ‘${written}’ te bellen, maar dat is geen nummer uit deze feed: ${ourLine.nl}`,
                },
            fix: {
              en: `If ${number} is meant, write that: otherwise the page, text messages and the phone message give two different numbers. Is “${written}” another organisation's number on purpose? Then name it just before the number (“call Card Stop on …”), or leave it.`,
              nl: `Is ${number} bedoeld, schrijf dat dan: anders noemen de pagina, de sms en de telefoonboodschap twee verschillende nummers. Is ‘${written}’ met opzet het nummer van een andere organisatie? Noem die dan vlak voor het nummer (‘bel Card Stop op …’), of laat het staan.`,
            },
          };
        }
      }
    }
  }
});
