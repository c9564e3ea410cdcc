/**
 * Levenshtein distance between two words, for "did you mean" on the desk's side: a mistyped CLI command or option
 * (cli/program.ts: kye for key) and an FAQ id one or two slips off (rules/faq-outdated.ts). One copy for both
 * (duplicates --change found two). Not for readers: the search has its own bounded matcher (search/fuzzy.ts). Pure.
 */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
