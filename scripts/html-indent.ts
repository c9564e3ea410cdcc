/**
 * Drops the source indentation from an html`` template (the build's minifyLiterals in
 * vite.config.ts): every run of whitespace that holds a line break becomes that one line break.
 * HTML shows and reads out any run of whitespace as a single space (unless an element is styled
 * `white-space: pre`, which no reader element is), so a reader sees and hears the same; 9 of every
 * 10 bytes of such a run were spaces. Left as written: attribute values (`aria-label="…"` is read
 * out as written) and templates with <pre>, <textarea>, <script>, <style> or a comment, whose
 * text keeps its spaces. `html` is the template with its expressions replaced by a placeholder.
 */
export function collapseIndentation(html: string): string {
  if (/<(pre|textarea|script|style)\b|<!--/i.test(html)) return html;
  // A tag, its quoted attribute values kept whole (a quoted value may hold `>`); `<@…` is a
  // placeholder tag name (lit/static-html).
  const tag = /<\/?[a-zA-Z@][^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>/g;
  // HTML's whitespace (space, tab, line feed, form feed, carriage return); `\s` would also take a
  // no-break space, which is text.
  const text = (s: string) => s.replace(/[ \t\n\f\r]*\n[ \t\n\f\r]*/g, '\n');
  let out = '';
  let at = 0;
  for (const m of html.matchAll(tag)) {
    out += text(html.slice(at, m.index));
    // Inside a tag: only the whitespace between attributes, never a quoted value.
    out += m[0].replace(/("[^"]*"|'[^']*')|[ \t\n\f\r]*\n[ \t\n\f\r]*/g, (_run, quoted?: string) => quoted ?? '\n');
    at = m.index + m[0].length;
  }
  return out + text(html.slice(at));
}
