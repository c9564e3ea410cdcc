import { relative } from 'node:path';

/**
 * A web-test-runner reporter that ends the run with a plain list of what failed: file, test path
 * and the error's first lines. The default reporter prints a failure in the middle of a long log,
 * where a CI page that shows only the end of the output never shows it.
 */
export function failureSummaryReporter() {
  /** @param {any} suite @param {string[]} path @param {string[]} out */
  function collect(suite, path, out) {
    for (const t of suite?.tests ?? []) {
      if (t.passed || t.skipped) continue;
      const message = String(t.error?.message ?? 'failed without an error message').split('\n').slice(0, 6).join('\n      ');
      out.push(`  ✗ ${[...path, t.name].join(' › ')}\n      ${message}`);
    }
    for (const s of suite?.suites ?? []) collect(s, [...path, s.name], out);
  }
  let lines = [];
  return {
    onTestRunFinished({ sessions }) {
      lines = [];
      for (const session of sessions) {
        if (session.passed) continue;
        const out = [];
        collect(session.testResults, [], out);
        for (const e of session.errors ?? []) out.push(`  ✗ (file error) ${String(e.message ?? e).split('\n')[0]}`);
        if (out.length === 0) out.push('  ✗ the file did not finish (timeout or crash)');
        lines.push(`${relative(process.cwd(), session.testFile)}:`, ...out);
      }
    },
    // After the other reporters are done: the last thing CI prints.
    stop() {
      if (lines.length > 0) console.log(`\nFailed browser tests:\n${lines.join('\n')}\n`);
    },
  };
}
