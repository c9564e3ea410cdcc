// Signs end-to-end fixtures with the built CLI, exactly as a publisher would, for the browser tests.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { CRISIS_FEED_ID, FAQ_SOURCES, runCrisis } from './crisis-script.mjs';

const dir = 'test/.generated';
const cli = (...args) => execFileSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const now = Date.now();
const at = (min) => new Date(now + min * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
const feed = {
  type: 'status',
  version: 1,
  feed_id: 'e2e-air',
  publisher: { name: 'E2E Air', url: 'https://example.com' },
  channels: [{ id: 'phone', kind: 'phone', label: 'Call us', href: 'tel:+31201234567', wait_minutes: 5 }],
  incidents: [
    {
      id: 'cli-signed',
      title: { en: 'Signed by the CLI', nl: 'Ondertekend door de CLI' },
      severity: 'minor',
      phase: 'investigating',
      started_at: at(-5),
      updated_at: at(-1),
      known: 'This text was signed with **clearline sign**.',
      unknown: 'Nothing else.',
      next_update_at: at(30),
      actions: [{ label: 'Read more', href: 'https://example.com/more' }],
    },
  ],
};
for (const alg of ['Ed25519', 'ES256']) {
  cli('keygen', '--alg', alg, '--out', `${dir}/${alg}.private.jwk.json`, '--public-out', `${dir}/${alg}.public.jwk.json`);
  writeFileSync(`${dir}/feed.json`, JSON.stringify(feed));
  cli('sign', '--key', `${dir}/${alg}.private.jwk.json`, `${dir}/feed.json`, '--out', `${dir}/${alg}.feed.jws.json`);
}

// A scripted crisis (test/browser/crisis.test.ts renders every envelope) and a signed FAQ built from Markdown.
const crisisDir = `${dir}/crisis`;
mkdirSync(`${crisisDir}/faq`, { recursive: true });
cli('keygen', '--out', `${crisisDir}/k.jwk.json`, '--public-out', `${crisisDir}/pub.jwk.json`);
const steps = runCrisis(crisisDir);
for (const [name, text] of Object.entries(FAQ_SOURCES)) writeFileSync(`${crisisDir}/faq/${name}`, text);
cli('faq', 'build', `${crisisDir}/faq`, '--feed-id', `${CRISIS_FEED_ID}-faq`, '--out', `${crisisDir}/faq.json`);
cli('sign', '--key', `${crisisDir}/k.jwk.json`, `${crisisDir}/faq.json`, '--out', `${crisisDir}/faq.jws.json`);
writeFileSync(`${crisisDir}/manifest.json`, JSON.stringify({ feedId: CRISIS_FEED_ID, faqFeedId: `${CRISIS_FEED_ID}-faq`, steps }, null, 2));
console.log(`test fixtures signed by the CLI in ${dir}/`);
