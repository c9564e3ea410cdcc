/**
 * A node:test reporter that ends the run with a plain list of what failed (file, test, the
 * error's first lines). The TAP output prints a failure where it happens, in the middle of a long
 * log, and a CI page that shows only the end of the output never shows it.
 */
export default async function* failureSummary(source) {
  const failed = [];
  for await (const event of source) {
    if (event.type !== 'test:fail') continue;
    const { name, file, details, nesting } = event.data;
    const error = details?.error;
    // A file's own wrapper fails when a test in it does: list the tests, not the wrapper.
    if (error?.failureType === 'subtestsFailed') continue;
    const message = String(error?.cause?.message ?? error?.message ?? 'failed').split('\n').slice(0, 6).join('\n      ');
    failed.push(`  ✗ ${file ? `${file.replace(`${process.cwd()}/`, '')} › ` : ''}${'  '.repeat(nesting)}${name}\n      ${message}`);
  }
  if (failed.length) yield `\nFailed node tests:\n${failed.join('\n')}\n`;
}
