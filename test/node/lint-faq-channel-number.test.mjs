// Trial X (step 9): the IT desk's channel was typed tel:+31118555001 while the FAQ's answers said 0118 555 010, and
// `clearline lint --faq faq.json` said "geen problemen gevonden". Now the channel is named, with both numbers and the
// question which one is right (channel-number-near-faq). Uses dist/ on a fixed clock.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { withCliDir } from './export-kit.mjs';
import { lintCleanFaq, lintCleanFeed } from './lint-feed.mjs';

const NOW = Date.parse('2026-12-14T15:30:00Z');

function files(dir, href, answer) {
  const feed = lintCleanFeed(NOW);
  feed.channels[0].href = href;
  const faq = lintCleanFaq();
  faq.entries[0].answer = { nl: answer, en: answer.replace('Bel', 'Call') };
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
  writeFileSync(join(dir, 'faq.json'), JSON.stringify(faq, null, 2));
}

test('lint --faq: a channel number with two digits swapped from the FAQ\'s is named on the channel, in Dutch and English', async () => {
  await withCliDir('clearline-faq-number-', (dir, run) => {
    files(dir, 'tel:+31201234576', 'Bel de servicedesk op 020 123 4567, dag en nacht.');
    const nl = run('lint', '--lang', 'nl', '--faq', 'faq.json', 'feed.json');
    assert.equal(nl.status, 0, nl.stdout + nl.stderr);
    assert.match(nl.stdout, /^let op\s+channels\/0\/href: de FAQ zegt 020 123 4567 \(vraag "rebook"\), .*020 123 4576: twee cijfers zijn omgewisseld\. Welk nummer klopt\?.*\[channel-number-near-faq\]/m);
    assert.match(nl.stdout, /clearline edit channel --id phone --link "020 123 4567"/);
    const en = run('lint', '--lang', 'en', '--faq', 'faq.json', 'feed.json');
    assert.match(en.stdout, /^warning\s+channels\/0\/href: the FAQ says 020 123 4567 \(entry "rebook"\), .*020 123 4576: two digits are swapped\. Which is right\?/m);
    // Without the FAQ lint cannot know.
    assert.doesNotMatch(run('lint', '--lang', 'nl', 'feed.json').stdout, /channel-number-near-faq/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});

test('lint --faq: one digit off is named too; the FAQ naming the channel\'s own number, or another number, is not', async () => {
  await withCliDir('clearline-faq-number-', (dir, run) => {
    files(dir, 'tel:+31201234568', 'Bel 020 123 4567.');
    assert.match(run('lint', '--lang', 'nl', '--faq', 'faq.json', 'feed.json').stdout, /één cijfer verschilt.*\[channel-number-near-faq\]/);
    files(dir, 'tel:+31201234567', 'Bel 020 123 4567.');
    assert.doesNotMatch(run('lint', '--lang', 'nl', '--faq', 'faq.json', 'feed.json').stdout, /channel-number-near-faq/);
    files(dir, 'tel:+31201234567', 'Bel de gemeente op 030 987 6543.');
    assert.doesNotMatch(run('lint', '--lang', 'nl', '--faq', 'faq.json', 'feed.json').stdout, /channel-number-near-faq/);
  }, { now: NOW, tz: 'Europe/Amsterdam' });
});
