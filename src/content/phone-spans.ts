/**
 * Where a text writes one of the feed's own phone numbers, as people write them: "0800-9009", "0800 9009", "+31 800 9009",
 * "(312) 555-0142". An FAQ answer's "Ruikt u gas? Bel 0800-9009, kies 1" could not be tapped on a phone (trial H); the
 * Markdown renderer links each span to its line (content/markdown.ts). Only numbers of the feed's `tel:` links, never a
 * guess: an account number, a date or a postcode is no line of the feed. Pure.
 */
export interface PhoneSpan {
  start: number;
  end: number;
  href: string;
}

// A run that may be a number: digits with spaces, hyphens, dots, slashes or brackets between them, a "+" before.
const RUN = /\+?\(?\d[\d\u00a0 ().\/-]*\d/g;

/** The digits that identify a line without its trunk 0; `intl` when written with its country code. */
function core(written: string): { digits: string; intl: boolean } {
  const intl = /^\+|^00/.test(written);
  const digits = written.replace(/\D/g, '').replace(intl ? /^(00)?/ : /^0+/, '');
  return { digits, intl };
}

/** Whether a number as written is this line: the same digits, or the same after a country code of 1–3 digits. */
function same(run: { digits: string; intl: boolean }, line: { digits: string; intl: boolean }): boolean {
  if (run.digits.length < 6) return false;
  if (run.digits === line.digits) return true;
  const [long, short] = line.intl && !run.intl ? [line.digits, run.digits] : run.intl && !line.intl ? [run.digits, line.digits] : ['', ''];
  return !!short && long.endsWith(short) && long.length - short.length <= 3;
}

export function phoneSpans(text: string, hrefs: readonly string[]): PhoneSpan[] {
  const lines = hrefs.filter((h) => /^tel:/i.test(h)).map((href) => ({ href, ...core(href.slice(4)) }));
  if (!lines.length) return [];
  const spans: PhoneSpan[] = [];
  for (const m of text.matchAll(RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    // Not part of a longer word or number ("NL91ABNA0417164300", "1.234.567,89").
    if (/[\p{L}\d]/u.test(text[start - 1] ?? '') || /^(?:[\p{L}\d]|,\d)/u.test(text.slice(end, end + 2))) continue;
    const run = core(m[0]);
    const line = lines.find((l) => same(run, l));
    if (line) spans.push({ start, end, href: line.href });
  }
  return spans;
}
