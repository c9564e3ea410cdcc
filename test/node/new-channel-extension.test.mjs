// A desk typed its number with the extension callers need: `--link "020 7946 0018 ext 2"` (or "x2", "toestel 2",
// "kies 2") and heard "the link … is not https:, mailto: or tel:", which says nothing about the extension; a US
// desk's "(312) 555-0142 ext 12" was even read as a vanity number, its letters dialled (tel:312555014239812).
// Now the refusal says a phone link dials only the number and where to tell callers what to choose, in the desk's
// language, in the CLI and in the studio's words (one lint rule). Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { lintDocument } from '../../dist/lint.js';
import { channelLink } from '../../dist/feed.js';
import { ROOT } from './export-kit.mjs';

const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

function withFeed(zone, fn) {
  const dir = mkdtempSync(join(tmpdir(), 'clearline-extension-'));
  try {
    assert.equal(run(dir, 'new', 'feed', '--feed-id', 'voorbeeld', '--publisher', 'Voorbeeld', '--publisher-url', 'www.example.com', '--time-zone', zone).status, 0);
    fn(dir, readFileSync(join(dir, 'feed.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('new channel --link with an extension: refused, saying the link cannot dial it and what to do instead, in the desk\'s language', () => {
  withFeed('Europe/London', (dir, kept) => {
    for (const [link, ext, digits] of [['020 7946 0018 ext 2', 'ext 2', '2'], ['020 7946 0018 x2', 'x2', '2'], ['020 7946 0018, option 3', 'option 3', '3']]) {
      const r = run(dir, 'new', 'channel', '--kind', 'phone', '--link', link, '--name', 'Service desk');
      assert.equal(r.status, 1, link);
      assert.doesNotMatch(r.stderr, /not https:/, link);
      assert.match(r.stderr, new RegExp(`has an extension or menu choice \\(${ext}\\) after the number: a phone link dials only the number, never the extension \\[link-scheme\\]`), link);
      assert.match(r.stderr, new RegExp(`fix: Give only the number \\(020 7946 0018\\) and tell callers what to choose in the channel's name \\(--name\\), e\\.g\\. “Service desk, choose option ${digits}”`), link);
    }
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), kept);
  });
  withFeed('Europe/Amsterdam', (dir, kept) => {
    for (const link of ['020 7946 0018 toestel 2', '088 123 4567, kies 2']) {
      const r = run(dir, 'new', 'channel', '--kind', 'phone', '--link', link, '--name', 'Servicedesk', '--name', 'Service desk');
      assert.equal(r.status, 1, link);
      assert.match(r.stderr, /heeft een toestelnummer of keuze \((toestel|kies) 2\) na het nummer: een telefoonlink belt alleen het nummer, nooit het toestel \[link-scheme\]/, link);
      assert.match(r.stderr, /oplossing: Geef alleen het nummer \(0\d\d \d{3,4} \d{4}\) en zet in de naam \(--name\) van het kanaal wat bellers kiezen, bijv\. ‘Servicedesk, kies 2’/, link);
    }
    assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), kept);
  });
});

test('a US number with "ext" is not read as keypad letters; the studio hears the same in its own words', () => {
  assert.equal(channelLink('(312) 555-0142 ext 12', '1'), '(312) 555-0142 ext 12');
  assert.equal(channelLink('1-888-PRAIRIE', '1'), 'tel:+18887724743');
  withFeed('America/Chicago', (dir) => {
    const r = run(dir, 'new', 'channel', '--kind', 'phone', '--link', '(312) 555-0142 ext 12', '--name', 'Help desk');
    assert.match(r.stderr, /“Help desk, choose option 12” or “… ask for extension 12”/);
    assert.doesNotMatch(r.stderr, /3125550142398/);
  });
  withFeed('Europe/Amsterdam', (_, text) => {
    const feed = { ...JSON.parse(text), channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Servicedesk', en: 'Service desk' }, href: 'tel:+31201234567;ext=2' }] };
    // (The schema's "begint met https:, mailto: of tel:" stays beside it; phone-e164 no longer adds a third.)
    const found = lintDocument(feed, { lang: 'nl', audience: 'desk' }).filter((f) => f.path === 'channels/0/href' && f.rule !== 'schema');
    assert.deepEqual(found.map((f) => f.rule), ['link-scheme'], JSON.stringify(found));
    assert.match(found[0].message, /^‘tel:\+31201234567;ext=2’ heeft een toestelnummer of keuze \(ext=2\)/);
    assert.match(found[0].fix, /^Geef alleen het nummer \(020 123 4567\) en zet in de “Naam” van het kanaal/);
  });
});
