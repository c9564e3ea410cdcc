/**
 * open-and-closed: one sentence of an incident says the place is closed, another says something stays open. Trial Z (a UK
 * hospital trust, doctors' strike): the title said "Doctors' strike Thursday 17 to Saturday 19 December: A&E stays open",
 * and the desk typed "The hospital is closed during the strike." in what we know; readers who see only that sentence
 * (a text message, a banner) stay away from A&E. Named when the closed sentence's subject is the whole organisation
 * ("we", "the hospital", "everything", "alles", the publisher's name) or the same thing the other sentence keeps open.
 * Left alone: both in one sentence ("the call centre is closed at night; the emergency line stays open"), a closure of a
 * part ("outpatient clinics are closed" beside "A&E stays open"), two incidents, "closed to visitors", "closed captions",
 * "this incident is closed", negations ("is not closed", "niet dicht"). Pure.
 */
import { defineRule, type Said } from '../rule.js';
import { eachObject, isObj, stringsOf, type Obj, type TextAt } from '../walk.js';

/** English: is/are/will be/stays … closed or shut (not "closed to visitors"), closes, shuts, will close (not "closes its clinics"). */
const CLOSED_EN =
  /\b(?:(?:is|are|will\s+be|'s|’s|'re|’re|remains?|stays?|has\s+been|have\s+been)\s+(?:now\s+|still\s+|fully\s+|completely\s+|also\s+)?(?:closed|shut)(?!\s+to\b)|(?:closes|shuts|will\s+(?:close|shut))(?!\s+(?:its|their|our|the|some|down\s+(?:its|their|the|some))\b))\b/i;
/** Dutch: is/zijn/blijft/gaat … gesloten or dicht (up to four words between: "is tijdens de staking gesloten"), sluit. */
const CLOSED_NL = /\b(?:is|zijn|blijf(?:t|en)|wordt|worden|gaat|gaan)\s+((?:[\p{L}\d'’-]+\s+){0,4}?)(?:gesloten|dicht)\b(?!\s+(?:bij|voor)\b)/iu;
/** Open, both languages: stays/remains/is open, open as usual, blijft/is gewoon open. Not "is not open", "blijft niet open". */
const OPEN =
  /\b(?:(?:stays?|remains?|is|are|will\s+(?:stay|remain|be)|'s|’s|blijf(?:t|en)|is|zijn|gaat|gaan)\s+(?:still\s+|also\s+|fully\s+|gewoon\s+|wel\s+|ook\s+|nog\s+|altijd\s+|gewoon\s+)?open\b|\bopen\s+as\s+(?:usual|normal)\b|\bgewoon\s+open\b)/i;
const NEGATION = /\b(?:not|never|niet|nooit|geen)\b|n[’']t\b/i;

/**
 * A subject that is the whole organisation, after "the", "our", "het", "ons". Not a part of it ("our offices", "the
 * building", "onze locaties"): "Our offices are closed on Sunday. The phone line stays open." is precise.
 */
const BLANKET =
  /^(?:we|we're|we’re|us|wij|everything|all(?:\s.*)?|whole\s.*|entire\s.*|hospitals?|trust|council|organi[sz]ation|company|alles|alle\s.*|hele\s.*|ziekenhuis|ziekenhuizen|gemeente|organisatie|bedrijf)$/i;
const DETERMINERS = /^(?:(?:the|our|a|an|de|het|ons|onze|een)\s+)+/i;

/** A clause's last words before its verb: "During the strike, the hospital" → "hospital". */
const subjectBefore = (s: string): string =>
  s
    .split(/[,;:–—(]|\b(?:and|but|while|so|because|en|maar|want|dus|terwijl)\b/i)
    .pop()!
    .trim()
    .toLowerCase()
    .replace(DETERMINERS, '')
    .replace(/\s+/g, ' ');

/** The clause around an open phrase, as a quote: "Doctors' strike …: A&E stays open" → "A&E stays open". */
function clauseAround(s: string, at: number, end: number): string {
  const before = s.slice(0, at);
  const start = Math.max(...[',', ';', ':', '–', '—'].map((c) => before.lastIndexOf(c))) + 1;
  const after = s.slice(end).search(/[,;:.!?–—]/);
  return s.slice(start, after < 0 ? s.length : end + after).trim();
}

interface Sentence {
  path: string;
  /** '' for a plain string: it pairs with every language. */
  lang: string;
  text: string;
  /** Where readers see it, said in the message. */
  where: 'title' | 'known' | 'action' | 'line';
  /** The line's name, for `where: 'line'`. */
  name?: string;
}

const sentencesOf = (t: TextAt, where: Sentence['where'], name?: (lang: string) => string): Sentence[] =>
  stringsOf(t).flatMap((s) =>
    s.text
      .split(/(?<=[.!?])\s+|\n+/)
      .map((text) => text.trim())
      .filter(Boolean)
      .map((text) => ({ path: s.path, lang: s.lang, text, where, name: name?.(s.lang) })),
  );

/** The closed phrase of a sentence and its subject, if it says something is closed. */
function closedIn(text: string, publisher: string[]): { subject: string; blanket: boolean } | undefined {
  const m = CLOSED_EN.exec(text) ?? CLOSED_NL.exec(text);
  if (!m) return undefined;
  if (NEGATION.test(m[1] ?? '') || NEGATION.test(text.slice(Math.max(0, m.index - 12), m.index))) return undefined;
  const subject = subjectBefore(text.slice(0, m.index));
  // Dutch puts the subject after the verb too: "Tijdens de staking is het ziekenhuis gesloten".
  const between = (m[1] ?? '').toLowerCase().replace(DETERMINERS, '').trim();
  const lower = text.toLowerCase();
  const blanket = BLANKET.test(subject) || (between !== '' && between.split(/\s+/).some((w) => BLANKET.test(w))) || publisher.some((p) => lower.slice(0, m.index + m[0].length).includes(p));
  return { subject, blanket };
}

function openIn(text: string): { subject: string; quote: string } | undefined {
  const m = OPEN.exec(text);
  if (!m) return undefined;
  return { subject: subjectBefore(text.slice(0, m.index)), quote: clauseAround(text, m.index, m.index + m[0].length) };
}

const short = (s: string) => (s.length > 140 ? `${s.slice(0, 137)}…` : s);

function saysWhere(o: Sentence, quote: string): Said {
  switch (o.where) {
    case 'title':
      return { en: `the title says “${quote}”`, nl: `de titel zegt ‘${quote}’` };
    case 'known':
      return { en: `what we know says “${quote}”`, nl: `bij wat we weten staat ‘${quote}’` };
    case 'action':
      return { en: `an action says “${quote}”`, nl: `een actie zegt ‘${quote}’` };
    default:
      return { en: `the emergency line “${o.name}” says “${quote}”`, nl: `het noodnummer ‘${o.name}’ zegt ‘${quote}’` };
  }
}

export const openAndClosed = defineRule('open-and-closed', 'warning', function* ({ doc }) {
  const publisher = isObj(doc.publisher) ? stringsOf({ path: '', value: doc.publisher.name, markdown: false }).map((s) => s.text.trim().toLowerCase()).filter((s) => s.length > 2) : [];
  const lines: Sentence[] = [];
  eachObject(doc.channels, 'channels', (c, p) => {
    if (c.emergency !== true) return;
    const label = (lang: string) => stringsOf({ path: '', value: c.label, markdown: false }).find((s) => s.lang === lang || s.lang === '' || lang === '')?.text ?? '';
    for (const k of ['label', 'purpose']) lines.push(...sentencesOf({ path: `${p}/${k}`, value: c[k], markdown: false }, 'line', label));
  });
  const incidents: Obj[] = Array.isArray(doc.incidents) ? doc.incidents.filter(isObj) : [];
  for (const [i, inc] of incidents.entries()) {
    const p = `incidents/${Array.isArray(doc.incidents) ? doc.incidents.indexOf(inc) : i}`;
    const own: Sentence[] = [...sentencesOf({ path: `${p}/title`, value: inc.title, markdown: false }, 'title'), ...sentencesOf({ path: `${p}/known`, value: inc.known, markdown: true }, 'known')];
    eachObject(inc.actions, `${p}/actions`, (a, ap) => ['label', 'detail'].forEach((k) => own.push(...sentencesOf({ path: `${ap}/${k}`, value: a[k], markdown: true }, 'action'))));
    const opens = [...own, ...lines].flatMap((s) => {
      const o = openIn(s.text);
      return o ? [{ s, ...o }] : [];
    });
    const named = new Set<string>();
    for (const s of own) {
      if (named.has(s.path)) continue;
      const closed = closedIn(s.text, publisher);
      if (!closed) continue;
      const other = opens.find((o) => o.s !== s && (o.s.lang === s.lang || o.s.lang === '' || s.lang === '') && (closed.blanket || (closed.subject !== '' && closed.subject === o.subject)));
      if (!other) continue;
      const where = saysWhere(other.s, short(other.quote));
      const said = short(s.text);
      yield {
        path: s.path,
        message: {
          en: `“${said}” but ${where.en}: people may stay away`,
          nl: `‘${said}’ maar ${where.nl}: mensen blijven misschien weg`,
        },
        fix: {
          en: 'Say what is closed and what stays open, such as “Outpatient clinics are closed; A&E stays open.”',
          nl: 'Zeg wat er dicht is en wat open blijft, zoals ‘De poliklinieken zijn dicht; de Spoedeisende Hulp blijft open.’',
        },
      };
      named.add(s.path);
    }
  }
});
