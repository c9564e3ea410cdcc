// Trial X: a university's desk typed "What we know" one fact per line (the template asks "Korte zinnen, één feit per
// zin"), and every channel joined the lines: the reader as one run-on paragraph, the e-mail's "What we don't know
// yet" as one bullet holding two sentences. A line typed is a line in every channel that shows text (the page
// without script and the e-mail, as the reader elements show it), and a sentence in the channels that say it on one
// line (SMS, phone message, social), also when the desk left out the full stop.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';

const x = await exporters();

const FACTS = [
  'At 06:40 this morning our IT systems were hit by a ransomware attack.',
  'As a precaution we have switched off all systems: e-mail, Brightspace, the student portal, wifi and printing.',
  'The buildings in Vlissingen and Middelburg are open. Lectures that do not need IT go ahead.',
  'All exams from Monday 14 to Wednesday 16 December are postponed. You will get a new date.',
];
const UNKNOWN = ['Whether personal data of students or staff was stolen.', 'When the systems will work again.'];

/** The fixture feed with its first incident's texts typed one fact per line. */
function typedFeed(known = FACTS.join('\n'), unknown = UNKNOWN.join('\n')) {
  const f = feed();
  const inc = f.incidents[0];
  inc.known = { nl: known, en: known };
  inc.unknown = { nl: unknown, en: unknown };
  delete inc.updates;
  return { f, id: inc.id };
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');

test('the page without script shows each line typed on a line of its own, in one paragraph', () => {
  const { f } = typedFeed();
  const { text } = x.exportHtml(f, { lang: 'en', now: NOW });
  const paragraph = /<p>(At 06:40[^]*?)<\/p>/.exec(text)?.[1];
  assert.ok(paragraph, text);
  assert.deepEqual(paragraph.split('<br>'), FACTS.map(esc));
  assert.ok(text.includes(`<p>${UNKNOWN.map(esc).join('<br>')}</p>`), text);
  // The Atom feed (XHTML) the same.
  const atom = x.exportAtom(f, { lang: 'en', now: NOW }).text;
  assert.ok(atom.includes(`<p>${FACTS.map(esc).join('<br/>')}</p>`), atom);
});

test('the e-mail: each fact on its own line in both parts, what we do not know yet one item per line', () => {
  const { f, id } = typedFeed();
  const mail = x.exportEmail(f, { lang: 'en', incident: id, now: NOW });
  const lines = mail.text.split('\n');
  const at = lines.indexOf('What we know:');
  assert.deepEqual(lines.slice(at + 1, at + 1 + FACTS.length), FACTS, mail.text);
  const gap = lines.indexOf("What we don't know yet:");
  assert.deepEqual(lines.slice(gap + 1, gap + 3), UNKNOWN.map((u) => `- ${u}`), mail.text);
  assert.ok(mail.html.includes(FACTS.map(esc).join('<br>')), mail.html);
});

test('a line that goes on in lower case stays with its item in the e-mail; lines said on one line end as sentences', () => {
  // Lines without a full stop, as desks type a list of facts; and one item wrapped by hand.
  const { f, id } = typedFeed('E-mail is down\nBrightspace is down\nThe buildings are open', 'Whether data was stolen\nWhen the systems work again, and\nwhat that means for exams');
  const mail = x.exportEmail(f, { lang: 'en', incident: id, now: NOW });
  assert.ok(mail.text.includes("What we don't know yet:\n- Whether data was stolen\n- When the systems work again, and\n  what that means for exams\n"), mail.text);
  // One line said as one: each typed line a sentence, a line going on in lower case joined with a space.
  assert.deepEqual(x.plainParagraphs('E-mail is down\nBrightspace is down\nThe buildings are open'), ['E-mail is down. Brightspace is down. The buildings are open.']);
  assert.equal(x.plainText('When the systems work again, and\nwhat that means'), 'When the systems work again, and what that means.');
  const view = x.incidentView(x.context(f, { lang: 'en', now: NOW }), f.incidents[0]);
  assert.equal(view.summary, 'E-mail is down.');
  // Text already written in sentences is said as before.
  assert.equal(x.plainText(FACTS.join('\n')), FACTS.join(' '));
});

test('lint counts each line typed as its own sentence: one fact per line without full stops is no long sentence', async () => {
  const { lintDocument } = await import('../../dist/lint.js');
  const { lintCleanFeed } = await import('./lint-feed.mjs');
  const lines = ['E-mail Brightspace the student portal wifi and printing are off', 'The buildings in Vlissingen and Middelburg are open', 'All exams from Monday to Wednesday are postponed'];
  const long = (text) => {
    const f = lintCleanFeed(NOW);
    f.incidents[0].known = { ...f.incidents[0].known, en: text };
    return lintDocument(f).filter((x) => x.rule === 'long-sentence' && x.path === 'incidents/0/known/en');
  };
  assert.deepEqual(long(lines.join('\n')), []);
  // The same words on one line are one sentence of 26 words, as before.
  assert.equal(long(lines.join(' ')).length, 1);
});
