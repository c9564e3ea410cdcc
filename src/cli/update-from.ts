/**
 * Update texts from a Markdown file (`--from update.md`), so nobody fights shell quoting at 2 a.m.:
 *
 *     ## nl
 *     ### known
 *     De hoofdleiding is gerepareerd.
 *     ### unknown
 *     Wanneer iedereen weer gas heeft.
 *
 *     ## en
 *     ### known
 *     …
 *
 * A language section without `###` parts is all `known`. Part names may be English or Dutch
 * (`wat we weten`, `wat we nog niet weten`, `notitie`). For an incident written in one language
 * (`languages`, e.g. `['en']`, or `['']` for plain strings) the `## en` heading may be left out,
 * and the messages name that language: an English-only council was told to write "## nl".
 */
import { UPDATE_TERMS, type FromTerms } from './update-terms.js';
import { unwrapLines } from '../content/soft-wrap.js';

export const UPDATE_PARTS = ['known', 'unknown', 'note'] as const;
export type UpdatePart = (typeof UPDATE_PARTS)[number];

const PART_NAMES: Record<string, UpdatePart> = {
  known: 'known',
  'what we know': 'known',
  weten: 'known',
  'wat we weten': 'known',
  unknown: 'unknown',
  "what we don't know yet": 'unknown',
  'what we do not know yet': 'unknown',
  'niet weten': 'unknown',
  'wat we nog niet weten': 'unknown',
  note: 'note',
  notitie: 'note',
};

export type UpdateTexts = Partial<Record<UpdatePart, Record<string, string>>>;

/** Parses the file; throws an Error with the line number when it is not in this shape. */
/** `t`: the words of the messages (update-terms.ts), English unless the desk speaks Dutch. */
export function parseUpdateFile(text: string, file: string, languages: readonly string[] = [], t: FromTerms = UPDATE_TERMS.en.from): UpdateTexts {
  const out: UpdateTexts = {};
  let lang: string | undefined = languages.length === 1 ? languages[0] : undefined;
  const eg = `## ${languages.find(Boolean) ?? 'nl'}`;
  let part: UpdatePart | undefined;
  let buffer: string[] = [];
  const flush = () => {
    // Lines an editor wrapped mid-sentence joined (content/soft-wrap.ts): readers show each line as a line (trial X).
    const body = unwrapLines(buffer.join('\n').trim()).text;
    buffer = [];
    if (!lang || !body) return;
    const p = part ?? 'known';
    (out[p] ??= {})[lang] = body;
  };
  text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').forEach((line, i) => {
    const h2 = /^##\s+([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\s*$/.exec(line);
    const h3 = /^###\s+(.+?)\s*$/.exec(line);
    if (h2) {
      flush();
      lang = h2[1]!;
      part = undefined;
    } else if (h3) {
      flush();
      const name = PART_NAMES[h3[1]!.toLowerCase().replace(/[:.]$/, '')];
      if (!name) throw new Error(t.notPart(file, i + 1, h3[1]!));
      if (!lang) throw new Error(t.headingFirst(file, i + 1, eg, h3[1]!));
      part = name;
    } else if (/^#{1,2}\s/.test(line) && !h2) {
      throw new Error(t.notLanguageHeading(file, i + 1, line.trim()));
    } else if (lang) buffer.push(line);
    else if (line.trim()) throw new Error(t.startWithHeading(file, i + 1, eg));
  });
  flush();
  if (!Object.keys(out).length) throw new Error(t.noText(file, eg));
  return out;
}
