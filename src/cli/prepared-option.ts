/**
 * `new incident --prepared prepared.json [--like ID]` and `studio --prepared`: reading the organisation's own prepared texts
 * (templates/prepared.ts) and choosing one, refused in words a night desk can act on, each naming the texts the file holds.
 * Before, an organisation could not prepare its own texts: a water company's desk improvised its burst-main text at 2 a.m.
 */
import { findPrepared, preparedLanguages, preparedTexts, type PreparedText } from '../templates/prepared.js';
import { pickText } from '../i18n/lang.js';
import type { UiLanguage } from '../i18n/terms.js';
import { shellArg } from '../lint/shell.js';
import { CliError } from './command.js';
import { exists, parseJson, readText } from './io.js';

const SAID = {
  en: {
    missing: (file: string) => `${file} does not exist. Prepared texts are made beforehand, in a file of their own, as a feed: clearline new incident --template generic --id computer-down --feed ${shellArg(file)} --feed-id prepared (then change its texts with clearline update ${shellArg(file)} --incident computer-down …), or write them in the studio: clearline studio ${shellArg(file)} --prepare`,
    notFeed: (file: string) => `${file} is not a file of prepared texts: it is made as feed.json is ("type": "status"), one incident per prepared text`,
    empty: (file: string) => `${file} holds no prepared texts yet; add one in the studio (clearline studio ${shellArg(file)} --prepare) or with clearline new incident --template … --id … --feed ${shellArg(file)}`,
    unknown: (file: string, asked: string) => `${file} has no prepared text "${asked}". It holds:`,
    several: (file: string, n: number) => `${file} holds ${n} prepared texts; say which one with --like:`,
    use: (id: string) => `For example: --like ${id}`,
    both: 'give --template or --prepared, not both: --prepared copies one of your own prepared texts, --template starts from a built-in template',
    likeAlone: '--like names one of your prepared texts; give their file too, e.g. --prepared prepared.json',
    same: (file: string) => `${file} is the file of your prepared texts; the new incident goes into your feed: give --feed feed.json (or leave --feed out)`,
    noId: (like: string) => `give the new incident an --id of its own, e.g. --id ${like}`,
    languages: (id: string, have: string, missing: string) => `the prepared text "${id}" is written in ${have}; it has no text in ${missing}`,
    done: (created: boolean, file: string, id: string, title: string, prepared: string, langs: string[]) =>
      `${created ? 'Created' : 'Updated'} ${file}: incident "${id}" from your prepared text "${title}" (${prepared}${langs.length ? `; ${langs.join(', ')}` : ''}).`,
  },
  nl: {
    missing: (file: string) => `${file} bestaat niet. Voorbereide teksten maakt u vooraf, in een eigen bestand, als een feed: clearline new incident --template generic --id computers-plat --feed ${shellArg(file)} --feed-id voorbereid (en pas de teksten aan met clearline update ${shellArg(file)} --incident computers-plat …), of schrijf ze in de studio: clearline studio ${shellArg(file)} --prepare`,
    notFeed: (file: string) => `${file} is geen bestand met voorbereide teksten: dat maakt u zoals feed.json ("type": "status"), één incident per voorbereide tekst`,
    empty: (file: string) => `${file} heeft nog geen voorbereide teksten; voeg er een toe in de studio (clearline studio ${shellArg(file)} --prepare) of met clearline new incident --template … --id … --feed ${shellArg(file)}`,
    unknown: (file: string, asked: string) => `${file} heeft geen voorbereide tekst "${asked}". Wel deze:`,
    several: (file: string, n: number) => `${file} heeft ${n} voorbereide teksten; zeg met --like welke:`,
    use: (id: string) => `Bijvoorbeeld: --like ${id}`,
    both: 'geef --template of --prepared, niet allebei: --prepared neemt een van uw eigen voorbereide teksten over, --template begint met een ingebouwd sjabloon',
    likeAlone: '--like noemt een van uw voorbereide teksten; geef ook hun bestand, bijvoorbeeld --prepared prepared.json',
    same: (file: string) => `${file} is het bestand met uw voorbereide teksten; het nieuwe incident komt in uw feed: geef --feed feed.json (of laat --feed weg)`,
    noId: (like: string) => `geef het nieuwe incident een eigen --id, bijvoorbeeld --id ${like}`,
    languages: (id: string, have: string, missing: string) => `de voorbereide tekst "${id}" is geschreven in ${have}; er is geen tekst in ${missing}`,
    done: (created: boolean, file: string, id: string, title: string, prepared: string, langs: string[]) =>
      `${file} ${created ? 'gemaakt' : 'bijgewerkt'}: incident "${id}" uit uw voorbereide tekst "${title}" (${prepared}${langs.length ? `; talen ${langs.join(', ')}` : ''}).`,
  },
} as const;

export const PREPARED_SAID = SAID;

/** Each prepared text on a line of its own: its id (what --like takes) and its title in the desk's language. */
const listed = (texts: readonly PreparedText[], lang: UiLanguage) => {
  const width = Math.max(...texts.map((p) => p.id.length));
  return texts.map((p) => `  ${p.id.padEnd(width)}  “${pickText(p.title, lang)}”`).join('\n');
};

/** The prepared texts in `file`, refused when it is not there, not a feed file (also not JSON: as every command says it) or empty. */
export async function readPrepared(file: string, lang: UiLanguage): Promise<PreparedText[]> {
  const e = SAID[lang];
  if (!(await exists(file))) throw new CliError(e.missing(file));
  const texts = preparedTexts(await parseJson(file, await readText(file, 'the prepared texts', lang), lang));
  if (!texts) throw new CliError(e.notFeed(file), 1, 'invalid');
  if (!texts.length) throw new CliError(e.empty(file));
  return texts;
}

/** The prepared text `--like` names (by id, else by title); without --like the only one. Refusals list them all. */
export function choosePrepared(texts: readonly PreparedText[], like: string | undefined, file: string, lang: UiLanguage): PreparedText {
  const e = SAID[lang];
  const found = like === undefined ? (texts.length === 1 ? texts[0] : undefined) : findPrepared(texts, like);
  if (found) return found;
  const head = like === undefined ? e.several(file, texts.length) : e.unknown(file, like);
  throw new CliError(`${head}\n${listed(texts, lang)}\n${e.use(texts[0]!.id)}`);
}

/**
 * The languages the new incident gets: --lang's, each of which the prepared text must have; else the feed's that it has
 * (a prepared text in nl and en copied into an English-only feed stays English only); else all of its own.
 */
export function preparedLangs(p: PreparedText, asked: string[] | undefined, written: readonly string[], lang: UiLanguage): string[] {
  const have = preparedLanguages(p.incident);
  if (!have.length) return [];
  if (asked?.length) {
    const missing = asked.filter((l) => !have.includes(l));
    if (missing.length) throw new CliError(SAID[lang].languages(p.id, have.join(', '), missing.join(', ')));
    return asked;
  }
  const both = written.filter((l) => have.includes(l));
  return both.length ? both : have;
}
