/**
 * What `clearline new question` and `edit question` say to the desk, in English and Dutch: one table,
 * chosen as question-file.ts says (the feed.json beside the FAQ folder, else the order of the texts),
 * as reason-terms.ts does for contact reasons, so a Dutch water company's desk answering "Kan ik het
 * water drinken?" at 2 a.m. is answered in Dutch. Ids, file names and options stay as typed.
 */
import type { UiLanguage } from '../i18n/terms.js';
import { shellArg } from '../lint/shell.js';

export interface QuestionTerms {
  noFolder: (dir: string) => string;
  notFolder: (dir: string) => string;
  /** An empty folder, and no feed.json beside it to take the languages from. */
  noLanguages: (dir: string) => string;
  /** The folder has several languages and nothing says which text is which. */
  whichOrder: (dir: string, langs: string[]) => string;
  notInFolder: (dir: string, lang: string, langs: string[]) => string;
  /** A language of the folder that `--lang` left out. */
  langLeftOut: (dir: string, missing: string[], langs: string[]) => string;
  give: (option: 'question' | 'answer') => string;
  /** Not one text per language: `got` texts of `option` for `langs`. */
  perLanguage: (dir: string, option: 'question' | 'answer', langs: string[], got: number) => string;
  empty: (option: 'question' | 'answer', lang: string) => string;
  badId: (id: string) => string;
  /** --order that is not a whole number. */
  badOrder: (order: string) => string;
  noSlug: string;
  idTaken: (dir: string, id: string, files: string[]) => string;
  fileExists: (path: string) => string;
  /** `faq build` would fail on the folder: nothing was written. */
  wouldNotBuild: (dir: string, why: string) => string;
  refused: (done: 'added' | 'changed') => string;
  added: (id: string, dir: string) => string;
  /** `new question` made the folder it was given (it was not there). */
  madeFolder: (dir: string) => string;
  /** ... while the default folder `faq` already holds answers: the name given may be a slip. */
  otherFolder: (dir: string, existing: string) => string;
  changed: (id: string, dir: string) => string;
  buildHint: (dir: string, out: string) => string;
  needFeedId: (out: string) => string;
  notFaq: (out: string) => string;
  list: (dir: string) => string;
  none: (dir: string) => string;
  howToChange: (dir: string) => string;
  giveId: (dir: string, list: string) => string;
  noSuchId: (dir: string, id: string, list: string) => string;
  sayWhat: string;
  unknownIncident: (id: string, feed: string, list: string) => string;
  /** A file changed between reading and writing (two people at once). */
  conflict: (path: string) => string;
  /** `edit question` for a language the entry has no file in yet: both texts are needed. */
  newLanguage: (id: string, lang: string) => string;
}

const andList = (xs: string[], and: string) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ${and} ${xs.at(-1)}`);
const example = (langs: string[], option: string, word: string) => langs.map((l) => `--${option} "…" (${l})`).join(' ') + (langs.length > 1 ? `, ${word} --lang ${langs.join(',')}` : '');

export const QUESTION_TERMS: Record<UiLanguage, QuestionTerms> = {
  en: {
    noFolder: (dir) => `there is no folder ${dir} (the FAQ answers in Markdown, the folder clearline faq build reads); check the name and the folder you are in, or give --dir. Your first question? clearline new question --dir ${shellArg(dir)} makes the folder`,
    notFolder: (dir) => `${dir} is a file, not a folder; give --dir with the folder of the FAQ answers (the one clearline faq build reads)`,
    noLanguages: (dir) => `${dir} has no answers yet, so its languages are not known: name them with --lang, e.g. --lang nl,en, and give --question and --answer once per language, in that order`,
    whichOrder: (dir, langs) => `${dir} has answers in ${andList(langs, 'and')}: say which language each text is in with --lang, e.g. --lang ${langs.join(',')}, and give --question and --answer in that order`,
    notInFolder: (dir, lang, langs) => `${dir} has no answers in ${lang}; its languages are ${andList(langs, 'and')}`,
    langLeftOut: (dir, missing, langs) => `${dir} has its answers in ${andList(langs, 'and')}: give the ${andList(missing, 'and')} text too (--lang ${langs.join(',')}), so readers in every language find the answer`,
    give: (option) =>
      option === 'question'
        ? 'give --question: what people ask, in their words, e.g. --question "Can I drink the tap water?"'
        : 'give --answer: what people read, e.g. --answer "Yes. The water is safe to drink again since 14:00."',
    perLanguage: (dir, option, langs, got) =>
      `${dir} has its answers in ${andList(langs, 'and')}: give --${option} once per language, in this order: ${example(langs, option, 'or name the order with')} (you gave ${got})`,
    empty: (option, lang) => `the --${option} for ${lang} is empty; write the ${option === 'question' ? 'question as people ask it' : 'answer people read'}`,
    badId: (id) => `--id ${id}: use 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit, e.g. --id drinking-water`,
    badOrder: (order) => `--order ${order}: give a whole number: 1 for the question readers see first, 2 for the next (questions without an order follow, by file name)`,
    noSlug: 'give --id: the question has no letters or digits to make an id from, e.g. --id drinking-water',
    idTaken: (dir, id, files) => `${dir} already has a question "${id}" (${files.join(', ')}); change it with clearline edit question --dir ${shellArg(dir)} --id ${id}, or pick another --id`,
    fileExists: (path) => `${path} already exists; nothing was written (it is never overwritten). Pick another --id`,
    wouldNotBuild: (dir, why) => `clearline faq build would fail on ${dir}, so nothing was written. Fix this first: ${why}`,
    refused: (done) => `the question was not ${done}; nothing was written:`,
    added: (id, dir) => `Added question "${id}" to ${dir}:`,
    madeFolder: (dir) => `Made the folder ${dir} for your FAQ answers (it did not exist yet).`,
    otherFolder: (dir, existing) => `note: the folder ${existing} already holds FAQ answers, and clearline faq build reads one folder. Did you mean that one? Then remove the folder ${dir} and run this command again with --dir ${shellArg(existing)}`,
    changed: (id, dir) => `Changed question "${id}" in ${dir}:`,
    buildHint: (dir, out) => `Build the FAQ and sign it: clearline faq build ${shellArg(dir)} --feed-id … --out ${shellArg(out)}, then clearline sign --key … ${shellArg(out)} --out ${shellArg(`${out.replace(/\.json$/i, '')}.jws.json`)} (or give --out ${shellArg(out)} next time to build in the same step)`,
    needFeedId: (out) => `give --feed-id (the id your embed pins): there is no FAQ document ${out} yet to take it from. Nothing was written`,
    notFaq: (out) => `${out} is not an FAQ document ("type": "faq"); give --out with the FAQ document to rebuild, e.g. --out faq.json. Nothing was written`,
    list: (dir) => `Questions in ${dir}:`,
    none: (dir) => `${dir} has no questions yet; add one with clearline new question --dir ${shellArg(dir)} --question "…" --answer "…"`,
    howToChange: (dir) => `Change one with clearline edit question --dir ${shellArg(dir)} --id ID --lang LANG --answer "…" (and/or --question "…").`,
    giveId: (dir, list) => `give --id with the question to change; the questions in ${dir}: ${list}`,
    noSuchId: (dir, id, list) => `${dir} has no question "${id}"; the questions: ${list}`,
    sayWhat: 'say what to change: --answer "…", --question "…" (with --lang for one language) and/or --order N',
    conflict: (path) => `${path} changed while it was being edited (someone else?); nothing was written. Run the same command again`,
    unknownIncident: (id, feed, list) => `${feed} has no incident "${id}" to show this answer with; its incidents: ${list}`,
    newLanguage: (id, lang) => `question "${id}" has no ${lang} file yet: give both --question and --answer for ${lang} to add it`,
  },
  nl: {
    noFolder: (dir) => `er is geen map ${dir} (de antwoorden in Markdown, de map die clearline faq build leest); controleer de naam en de map waarin u staat, of geef --dir. Uw eerste vraag? clearline new question --dir ${shellArg(dir)} maakt de map`,
    notFolder: (dir) => `${dir} is een bestand, geen map; geef --dir met de map van de antwoorden (die clearline faq build leest)`,
    noLanguages: (dir) => `${dir} heeft nog geen antwoorden, dus de talen zijn niet bekend: noem ze met --lang, bijv. --lang nl,en, en geef --question en --answer één keer per taal, in die volgorde`,
    whichOrder: (dir, langs) => `${dir} heeft antwoorden in ${andList(langs, 'en')}: zeg met --lang in welke taal elke tekst is, bijv. --lang ${langs.join(',')}, en geef --question en --answer in die volgorde`,
    notInFolder: (dir, lang, langs) => `${dir} heeft geen antwoorden in ${lang}; de talen zijn ${andList(langs, 'en')}`,
    langLeftOut: (dir, missing, langs) => `${dir} heeft de antwoorden in ${andList(langs, 'en')}: geef ook de tekst in ${andList(missing, 'en')} (--lang ${langs.join(',')}), zodat lezers in elke taal het antwoord vinden`,
    give: (option) =>
      option === 'question'
        ? 'geef --question: wat mensen vragen, in hun woorden, bijv. --question "Kan ik het kraanwater drinken?"'
        : 'geef --answer: wat mensen lezen, bijv. --answer "Ja. Het water is sinds 14:00 weer veilig om te drinken."',
    perLanguage: (dir, option, langs, got) =>
      `${dir} heeft de antwoorden in ${andList(langs, 'en')}: geef --${option} één keer per taal, in deze volgorde: ${example(langs, option, 'of noem de volgorde met')} (u gaf er ${got})`,
    empty: (option, lang) => `de --${option} voor ${lang} is leeg; schrijf ${option === 'question' ? 'de vraag zoals mensen die stellen' : 'het antwoord dat mensen lezen'}`,
    badId: (id) => `--id ${id}: gebruik 1 tot 64 letters, cijfers, ".", "_" of "-", beginnend met een letter of cijfer, bijv. --id drinkwater`,
    badOrder: (order) => `--order ${order}: geef een heel getal: 1 voor de vraag die lezers als eerste zien, 2 voor de volgende (vragen zonder volgorde komen daarna, op bestandsnaam)`,
    noSlug: 'geef --id: de vraag heeft geen letters of cijfers om een id van te maken, bijv. --id drinkwater',
    idTaken: (dir, id, files) => `${dir} heeft al een vraag "${id}" (${files.join(', ')}); wijzig die met clearline edit question --dir ${shellArg(dir)} --id ${id}, of kies een andere --id`,
    fileExists: (path) => `${path} bestaat al; er is niets geschreven (het wordt nooit overschreven). Kies een andere --id`,
    wouldNotBuild: (dir, why) => `clearline faq build zou mislukken op ${dir}, dus er is niets geschreven. Los eerst dit op: ${why}`,
    refused: (done) => `de vraag is niet ${done === 'added' ? 'toegevoegd' : 'gewijzigd'}; er is niets geschreven:`,
    added: (id, dir) => `Vraag "${id}" toegevoegd aan ${dir}:`,
    madeFolder: (dir) => `Map ${dir} gemaakt voor uw FAQ-antwoorden (die bestond nog niet).`,
    otherFolder: (dir, existing) => `let op: de map ${existing} bevat al FAQ-antwoorden, en clearline faq build leest één map. Bedoelde u die? Verwijder dan de map ${dir} en geef deze opdracht opnieuw met --dir ${shellArg(existing)}`,
    changed: (id, dir) => `Vraag "${id}" gewijzigd in ${dir}:`,
    buildHint: (dir, out) => `Maak de FAQ en onderteken die: clearline faq build ${shellArg(dir)} --feed-id … --out ${shellArg(out)}, daarna clearline sign --key … ${shellArg(out)} --out ${shellArg(`${out.replace(/\.json$/i, '')}.jws.json`)} (of geef de volgende keer --out ${shellArg(out)} om het in één stap te doen)`,
    needFeedId: (out) => `geef --feed-id (de id die uw embed vastzet): er is nog geen FAQ-document ${out} om die uit te halen. Er is niets geschreven`,
    notFaq: (out) => `${out} is geen FAQ-document ("type": "faq"); geef --out met het FAQ-document dat opnieuw gemaakt moet worden, bijv. --out faq.json. Er is niets geschreven`,
    list: (dir) => `Vragen in ${dir}:`,
    none: (dir) => `${dir} heeft nog geen vragen; voeg er een toe met clearline new question --dir ${shellArg(dir)} --question "…" --answer "…"`,
    howToChange: (dir) => `Wijzig er een met clearline edit question --dir ${shellArg(dir)} --id ID --lang TAAL --answer "…" (en/of --question "…").`,
    giveId: (dir, list) => `geef --id met de vraag die u wilt wijzigen; de vragen in ${dir}: ${list}`,
    noSuchId: (dir, id, list) => `${dir} heeft geen vraag "${id}"; de vragen: ${list}`,
    sayWhat: 'zeg wat er verandert: --answer "…", --question "…" (met --lang voor één taal) en/of --order N',
    conflict: (path) => `${path} is intussen gewijzigd (door iemand anders?); er is niets geschreven. Geef dezelfde opdracht opnieuw`,
    unknownIncident: (id, feed, list) => `${feed} heeft geen incident "${id}" om dit antwoord bij te tonen; de incidenten: ${list}`,
    newLanguage: (id, lang) => `vraag "${id}" heeft nog geen bestand in ${lang}: geef zowel --question als --answer voor ${lang} om het toe te voegen`,
  },
};
