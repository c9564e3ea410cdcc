/**
 * A channel's own number a digit off, or two digits swapped, from the number the FAQ gives for it. Trial X: the IT desk's
 * channel was typed tel:+31118555001 while the FAQ's answers (and the page's fallback) said 0118 555 010; `lint --faq` said
 * "geen problemen gevonden", and every "Bel" button would have dialled a stranger. number-near-channel trusts the channel
 * and names the text; here the FAQ, written on a quiet day, may well be the right one, so the question is asked on the
 * channel. Only with the FAQ given (`lint --faq`). Pure.
 */
import { deskLink } from '../../feed/channel-edit.js';
import { defineRule, feedOr } from '../rule.js';
import { eachObject, stringsOf, textsOf, type Obj } from '../walk.js';
import { nameOf } from './channels.js';
import { codeOf, e164, ownLine, slip, WRITTEN } from './numbers.js';

export const channelNumberNearFaq = defineRule('channel-number-near-faq', 'warning', function* ({ doc, faq, timeZone }) {
  if (!faq || doc.type !== 'status') return;
  const code = codeOf(doc, timeZone);
  // Every number the FAQ writes, as dialled, with the first entry that writes it.
  const written = new Map<string, string>();
  for (const t of textsOf(faq)) {
    const entry = /^entries\/\d+/.exec(t.path)?.[0];
    const id = entry && (faq.entries as Obj[])[Number(entry.split('/')[1])]?.id;
    for (const s of stringsOf(t))
      for (const m of s.text.matchAll(WRITTEN)) {
        const digits = e164(m[0].trim(), code);
        if (digits && ownLine(digits, code) && !written.has(digits)) written.set(digits, typeof id === 'string' ? id : '');
      }
  }
  const own = new Set<string>();
  eachObject(doc.channels, 'channels', (c) => {
    const d = typeof c.href === 'string' && /^tel:/i.test(c.href) ? e164(c.href, code) : undefined;
    if (d) own.add(d);
  });
  const found: { path: string; c: Obj; p: string; ours: string; theirs: string; entry: string; how: 'digit' | 'swap' }[] = [];
  eachObject(doc.channels, 'channels', (c, p) => {
    const digits = typeof c.href === 'string' && /^tel:/i.test(c.href) ? e164(c.href, code) : undefined;
    // The FAQ names this very number too: it agrees, whatever else it names.
    if (!digits || !ownLine(digits, code) || written.has(digits)) return;
    for (const [faqDigits, entry] of written) {
      const how = own.has(faqDigits) ? undefined : slip(faqDigits, digits);
      if (how) found.push({ path: `${p}/href`, c, p, ours: deskLink(`tel:+${digits}`, code), theirs: deskLink(`tel:+${faqDigits}`, code), entry, how });
    }
  });
  for (const f of found) {
    const name = nameOf(f.c, f.p);
    const id = typeof f.c.id === 'string' ? f.c.id : '';
    const entry = f.entry ? { en: ` (entry "${f.entry}")`, nl: ` (vraag "${f.entry}")` } : { en: '', nl: '' };
    const how = f.how === 'digit' ? { en: 'one digit differs', nl: 'één cijfer verschilt' } : { en: 'two digits are swapped', nl: 'twee cijfers zijn omgewisseld' };
    yield {
      path: f.path,
      message: {
        en: `the FAQ says ${f.theirs}${entry.en}, ${name.en} ${f.ours}: ${how.en}. Which is right? Readers who tap the channel call ${f.ours}`,
        nl: `de FAQ zegt ${f.theirs}${entry.nl}, ${name.nl} ${f.ours}: ${how.nl}. Welk nummer klopt? Wie op het kanaal tikt, belt ${f.ours}`,
      },
      fix: {
        en: `Dial both. If ${f.theirs} is right, correct the channel${feedOr(`: clearline edit channel --id ${id} --link "${f.theirs}"`, '’s “Link” field')}; if ${f.ours} is right, correct the FAQ's answer and sign it again.`,
        nl: `Bel beide. Klopt ${f.theirs}, verbeter dan het kanaal${feedOr(`: clearline edit channel --id ${id} --link "${f.theirs}"`, ' in het veld “Link”')}; klopt ${f.ours}, verbeter dan het antwoord in de FAQ en onderteken die opnieuw.`,
      },
    };
  }
});
