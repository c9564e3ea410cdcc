/** Lint findings in a terminal: linted in the publisher's own time zone, printed errors first. */
import { formatFinding, lintDocument, summarize, type Finding } from '../lint/index.js';

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Lints with the local time zone, so "you promised an update at 14:00" is in the publisher's clock. */
export function lintNow(doc: unknown, now = Date.now()): Finding[] {
  return lintDocument(doc, { now, timeZone: localZone() });
}

/** Prints findings (to standard error unless told otherwise), errors first, under a count line. */
export function reportFindings(findings: readonly Finding[], file: string, print: (line: string) => void = console.error): void {
  if (!findings.length) return;
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const { errors, warnings } = summarize(findings);
  print(`${file}: ${errors} error(s), ${warnings} warning(s)`);
  for (const f of sorted) print(formatFinding(f));
}
