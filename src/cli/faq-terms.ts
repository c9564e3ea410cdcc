/**
 * What `clearline faq build` says about the Markdown files it reads, in the language of the questions
 * (the first file's, as deskLanguage reads the built FAQ): a Dutch desk with `storing.nl.md` read "the
 * front matter needs question: …" and "the FAQ is not a valid faq document: entries/1/id: …". File
 * names, `id:`, `question:` and the `---` lines stay as they are written.
 */
import type { UiLanguage } from '../i18n/terms.js';

export interface FaqTerms {
  noFrontMatter: (file: string) => string;
  notKeyValue: (file: string, line: number, text: string) => string;
  badName: (file: string) => string;
  needsQuestion: (file: string) => string;
  emptyAnswer: (file: string) => string;
  duplicate: (file: string, id: string, lang: string) => string;
  /** `order:` that is not a whole number. */
  badOrder: (file: string, value: string) => string;
  /** The built FAQ, in "the FAQ is not a valid faq document". */
  theFaq: string;
  /** An entry's files, in front of what the schema says about it: "storing.nl.md, id". */
  entryPlace: (files: string, field: string) => string;
  noFolder: (dir: string) => string;
  noFiles: (dir: string) => string;
  giveFeedId: string;
  /** The order readers see when some questions have no `order:` (trial T: the bill came first during a storm). */
  shownOrder: (first: string[], more: number) => string;
  /** Lines wrapped in the middle of a sentence that were joined (content/soft-wrap.ts), and the files they were in. */
  joinedWraps: (lines: number, files: string[]) => string;
}

export const FAQ_TERMS: Record<UiLanguage, FaqTerms> = {
  en: {
    noFrontMatter: (file) => `${file}: no front matter; start the file with a --- line, then id: and question:, then ---`,
    notKeyValue: (file, line, text) => `${file}: front matter line ${line} is not "key: value": ${text}; write each line as a name, a colon and the value, e.g. id: opening-hours`,
    badName: (file) => `${file}: name it <entry>.<language>.md, e.g. opening-hours.nl.md`,
    needsQuestion: (file) => `${file}: the front matter needs question: …; add the question between the --- lines, e.g. question: When can I reach you?`,
    emptyAnswer: (file) => `${file}: the answer (the Markdown after the front matter) is empty; write the answer below the second --- line`,
    duplicate: (file, id, lang) => `${file}: entry "${id}" already has a ${lang} file; give one of the two another id: (or remove one)`,
    badOrder: (file, value) => `${file}: order: ${value} is not a whole number; write order: 1 for the question readers see first, order: 2 for the next (questions without order: follow, by file name)`,
    theFaq: 'the FAQ',
    entryPlace: (files, field) => `${files}${field ? `, ${field}` : ''}`,
    noFolder: (dir) => `cannot read the folder ${dir}; check its name and the folder you are in`,
    noFiles: (dir) => `${dir} has no .md files; write one file per question and language, e.g. opening-hours.nl.md`,
    giveFeedId: 'give --feed-id ID (the id your embed pins)',
    shownOrder: (first, more) =>
      `Readers see the questions in this order: ${first.map((q, i) => `${i + 1}. ${q}`).join(' ')}${more ? ` (and ${more} more)` : ''}\n  Questions without order: follow by file name; to show one first, write order: 1 in its front matter (new question --order 1 does this for a new one).`,
    joinedWraps: (lines, files) =>
      `Joined ${lines} ${lines === 1 ? 'line' : 'lines'} that ended in the middle of a sentence (${files.join(', ')}): readers show each line as a line of its own, so a sentence stays on one line; a short line, or one that ends a sentence, stays a line, and "- " starts a list.`,
  },
  nl: {
    noFrontMatter: (file) => `${file}: de kop (front matter) ontbreekt; begin het bestand met een regel ---, dan id: en question:, en dan weer een regel ---`,
    notKeyValue: (file, line, text) => `${file}: regel ${line} van de kop is geen "naam: waarde": ${text}; schrijf elke regel als een naam, een dubbele punt en de waarde, bijvoorbeeld id: openingstijden`,
    badName: (file) => `${file}: noem het bestand <vraag>.<taal>.md, bijvoorbeeld openingstijden.nl.md`,
    needsQuestion: (file) => `${file}: de kop mist question: …; zet de vraag tussen de regels ---, bijvoorbeeld question: Wanneer bent u bereikbaar?`,
    emptyAnswer: (file) => `${file}: het antwoord (de tekst onder de kop) is leeg; schrijf het antwoord onder de tweede regel ---`,
    duplicate: (file, id, lang) => `${file}: vraag "${id}" heeft al een bestand in ${lang}; geef een van de twee een ander id: (of verwijder er een)`,
    badOrder: (file, value) => `${file}: order: ${value} is geen heel getal; schrijf order: 1 voor de vraag die lezers als eerste zien, order: 2 voor de volgende (vragen zonder order: komen daarna, op bestandsnaam)`,
    theFaq: 'de FAQ',
    entryPlace: (files, field) => `${files}${field ? `, ${field}` : ''}`,
    noFolder: (dir) => `kan de map ${dir} niet lezen; controleer de naam en de map waarin u staat`,
    noFiles: (dir) => `${dir} bevat geen .md-bestanden; schrijf één bestand per vraag en taal, bijvoorbeeld openingstijden.nl.md`,
    giveFeedId: 'geef --feed-id ID (het feed-id dat in uw insluitcode staat)',
    shownOrder: (first, more) =>
      `Lezers zien de vragen in deze volgorde: ${first.map((q, i) => `${i + 1}. ${q}`).join(' ')}${more ? ` (en nog ${more})` : ''}\n  Vragen zonder order: volgen op bestandsnaam; wilt u er een als eerste tonen, zet dan order: 1 in de kop van het bestand (new question --order 1 doet dat voor een nieuwe vraag).`,
    joinedWraps: (lines, files) =>
      `${lines} ${lines === 1 ? 'regel' : 'regels'} die midden in een zin ${lines === 1 ? 'eindigde' : 'eindigden'} aan de volgende vastgemaakt (${files.join(', ')}): lezers zien elke regel als een eigen regel, dus een zin blijft op één regel; een korte regel, of een die een zin afsluit, blijft een regel, en "- " begint een opsomming.`,
  },
};
