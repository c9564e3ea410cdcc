/**
 * The words of a text (or of each language of a `{nl, en}` text) that say what it is about: three letters or more,
 * lower case, without the commonest ("the", "het", "een", "you"). Pure. Readers find with them the incidents an urgent
 * reason is about (feed/reasons.ts). Lint has a copy of its own (lint/rules/reasons.ts): a module lint imports goes into
 * the chunk every element loads, and this one is only for the FAQ and the help launcher.
 */
const STOP = 'the and het een van you are our for met aan die dat bij wat who can not ons'.split(' ');

/** Of strings and `{nl, en}` texts; anything else is skipped. */
export const wordsOf = (...values: unknown[]): string[] =>
  (values.flatMap((v) => (v && typeof v === 'object' ? Object.values(v) : [v])).filter((t) => typeof t === 'string').join(' ').toLowerCase().match(/\p{L}{3,}/gu) ?? [])
    .filter((w) => !STOP.includes(w));

/**
 * Whether a text shares a word with these: one of its words begins with one of them ("gaslek" with "gas", "ruikt" with
 * "ruik"); not anywhere inside it: "gebruikt" holds "ruik".
 */
export const sharesWord = (words: readonly string[], ...values: unknown[]): boolean =>
  wordsOf(...values).some((w) => words.some((o) => w.startsWith(o)));
