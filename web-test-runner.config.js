import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { failureSummaryReporter } from './test/browser/failure-summary.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { collectorMiddleware } from './test/browser/collector.mjs';
import { hostileMiddleware } from './test/browser/hostile/server.mjs';

/**
 * `executeServerCommand('forced-colors', true | false)`: Windows High Contrast (forced colors) for
 * the test page. emulateMedia has no forced colors for Chromium (puppeteer refuses the feature);
 * the DevTools protocol has. The session stays attached, or the emulation would end with it.
 */
const forcedColors = new Map();
const forcedColorsPlugin = {
  name: 'forced-colors-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    if (!forcedColors.has(page)) forcedColors.set(page, await page.createCDPSession());
    await forcedColors.get(page).send('Emulation.setEmulatedMedia', { features: payload ? [{ name: 'forced-colors', value: 'active' }] : [] });
    return true;
  },
};

/** Browser tests in Debian's Chromium; no tool downloads a browser. */
export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // The default output, then a plain list of failures at the very end (what a CI page shows).
  reporters: [defaultReporter(), failureSummaryReporter()],
  // Expected, repeated console lines (Lit's dev-mode notice, the set-up warnings the tests provoke)
  // would bury a real failure in the CI log.
  filterBrowserLogs: ({ args }) => !args.some((a) => typeof a === 'string' && (a.includes('Lit is in dev mode') || a.includes(': no feed-id is set;'))),
  // Test-only transport cases for the hostile-input suite (test/browser/hostile/).
  // and a report collector for the beacon tests (test/browser/collector.mjs).
  middleware: [hostileMiddleware(), collectorMiddleware()],
  // a11ySnapshotPlugin: the accessibility tree as a screen reader gets it (names, roles).
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), a11ySnapshotPlugin(), forcedColorsPlugin],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', '--enable-precise-memory-info', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
  ],
};
