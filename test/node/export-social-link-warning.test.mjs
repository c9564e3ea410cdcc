// A heat network hit by a cyberattack warned "Klik niet op links in berichten die van ons lijken te komen" and a bank
// "We never ask you to confirm your details via a link"; their SMS and e-mail left the status link out, but the social
// post (`export --to social`) still ended with it, right after the warning. Now the post says where to look instead,
// in the post's language ("Kijk zelf op de website van …" / "Go to the … website yourself"), and the CLI says why.
// Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exporters, feed, NOW, withCliDir } from './export-kit.mjs';

const x = await exporters();

function warned() {
  const f = feed();
  f.incidents[0].actions[0].label = { nl: 'Klik niet op links in berichten die van ons lijken te komen', en: 'Do not click links in messages that seem to come from us' };
  return f;
}

test('social: no status link after a warning against links, in Dutch and English; the same words as the SMS instead', () => {
  const f = warned();
  const r = x.exportSocial(f, { now: NOW });
  assert.deepEqual(r.posts.map((p) => p.lang), ['nl', 'en']);
  for (const p of r.posts) {
    assert.ok(!p.text.includes(f.status_url), `${p.lang}: ${p.text}`);
    assert.doesNotMatch(p.text, /https?:|www\./, p.lang);
    const sms = x.exportSms(f, { lang: p.lang, now: NOW });
    assert.ok(sms.linkLeftOut, 'the SMS leaves it out too');
  }
  assert.match(r.posts[0].text, /Kijk zelf op de website van Waterbedrijf Voorbeeld\.$/);
  assert.match(r.posts[1].text, /Go to the Voorbeeld Water website yourself\.$/);
  assert.equal(r.linkLeftOut?.reason, 'warns-against-links');
  assert.equal(r.linkLeftOut?.phrase, 'klik niet op links');
});

test('social: "never … via a link" counts, written in one language only; an ordinary post keeps its link', () => {
  for (const [lang, words] of [['en', 'We never ask you to confirm your details via a link'], ['nl', 'Wij vragen u nooit via een link om uw gegevens te bevestigen']]) {
    const f = feed();
    f.incidents[0].actions[0].detail = { [lang]: words };
    const r = x.exportSocial(f, { now: NOW });
    assert.equal(r.linkLeftOut?.reason, 'warns-against-links', words);
    for (const p of r.posts) assert.ok(!p.text.includes(f.status_url), `${words} (${p.lang}): ${p.text}`);
  }
  const plain = x.exportSocial(feed(), { now: NOW });
  assert.equal(plain.linkLeftOut, undefined);
  for (const p of plain.posts) assert.ok(p.text.endsWith(feed().status_url), p.text);
});

test('clearline export --to social says why the link is left out, in the desk\'s language', async () => {
  await withCliDir('clearline-social-link-', async (dir, cli) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(warned()));
    const nl = cli('export', 'feed.json', '--to', 'social', '--force');
    assert.equal(nl.status, 0, nl.stderr);
    assert.doesNotMatch(nl.stdout, /https?:/);
    assert.match(nl.stderr, /^link weggelaten: incident .* zegt "klik niet op links", dus een bericht van u met een link zou dat tegenspreken; de berichten zeggen dat mensen zelf op uw website kijken$/m);
    const en = cli('export', 'feed.json', '--to', 'social', '--lang', 'en', '--force');
    assert.match(en.stderr, /^link left out: incident .* says "do not click links", so a post from you with a link would contradict it; the posts tell people to look on your website themselves$/m);
  });
});
