// A water company's boil water notice: its phone message had time for the boiling and the emergency line, and left out
// the other urgent actions ("Do you or your child have diarrhoea…? Call your GP, or NHS 111…"), while
// `lint --for ivr` said "no problems found": only a left-out channel or web page was warned. Now a left-out urgent
// action is an ivr-shortened warning too, naming it. (dist/: run `npm run build` first.)
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, withCliDir } from './export-kit.mjs';

const now = Date.now();
const iso = (min) => new Date(now + min * 60_000).toISOString();
const action = (label, who, urgent = true) => ({ label: { en: label }, who: { en: who }, ...(urgent ? { urgent: true } : {}) });
const feed = {
  type: 'status', version: 1, feed_id: 'dales-water', time_zone: 'Europe/London',
  publisher: { name: 'Dales Water', url: 'https://www.daleswater.example' },
  channels: [
    { id: 'phone', kind: 'phone', label: { en: 'Emergency line' }, href: 'tel:+448000931234', emergency: true },
    { id: 'phone-2', kind: 'phone', label: { en: 'Customer services' }, href: 'tel:+443451234567', wait_minutes: 15, reason: { en: 'Many customers are calling about the boil water notice' } },
  ],
  incidents: [{
    id: 'bwn', title: { en: 'Boil water notice in Knaresborough' }, severity: 'major', phase: 'investigating',
    started_at: iso(-5), updated_at: iso(-5), next_update_at: iso(30),
    known: { en: 'We found E. coli bacteria in a routine test of the water in Knaresborough (HG5 0 and HG5 8). Your water still runs.' },
    unknown: { en: 'How long the notice lasts.' },
    actions: [
      action('Boil tap water for at least 1 minute and let it cool before you drink it', 'You live or work in HG5 0 or HG5 8'),
      action('Do you or your child have diarrhoea, stomach pain or a fever? Call your GP, or NHS 111 when they are closed; in an emergency, 999', 'Someone at home becomes ill, especially a baby, an older person or someone with a weakened immune system'),
      action('Use boiled or bottled water for brushing teeth, ice cubes, and washing fruit or vegetables you eat raw', 'You live or work in HG5 0 or HG5 8'),
      action('Make up baby feeds with tap water you have boiled first', 'There is a baby at home'),
    ],
  }],
};

test('lint --for ivr warns when the phone message leaves out an urgent action, and names it', async () => {
  const x = await exporters();
  const ivr = x.exportIvr(feed, { lang: 'en', now, channel: 'phone-2' });
  const dropped = ivr.dropped.filter((d) => d.startsWith('todo-'));
  assert.ok(dropped.length > 0, ivr.dropped.join());
  assert.ok(!ivr.dropped.some((d) => d.startsWith('instead') || d.startsWith('action') || d === 'summary'), ivr.dropped.join());
  await withCliDir('clearline-ivr-urgent-', async (dir, run) => {
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
    const r = run('lint', 'feed.json', '--for', 'ivr');
    const line = r.stdout.split('\n').find((l) => l.includes('[ivr-shortened]')) ?? r.stdout + r.stderr;
    assert.match(line, /urgent action 2 \("Do you or your child have diarrhoea,…"\)/, line);
    assert.match(r.stdout, /so callers hear every urgent action/);
  });
});
