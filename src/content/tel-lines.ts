/**
 * The feed's own phone lines (`tel:` links of its channels), for the Markdown renderer to link where a text writes one
 * of their numbers (phone-spans.ts). The same array for the same channels, so that elements can guard renders on it.
 */
const memo = new WeakMap<readonly { href: string }[], readonly string[]>();

export function telLines(channels: readonly { href: string }[] | undefined): readonly string[] | undefined {
  if (!channels) return undefined;
  let lines = memo.get(channels);
  if (!lines) memo.set(channels, (lines = channels.map((c) => c.href).filter((h) => /^tel:/i.test(h))));
  return lines;
}
