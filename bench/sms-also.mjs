// Times one exportSms call on trial X's feed (two open incidents) against the same feed with the lead incident alone:
// warm, median of 10 runs, in node: wall time and this process's CPU time (steadier on a shared machine).
// `node bench/sms-also.mjs`. Not a test: the machine's load moves the numbers.
import { readFileSync } from 'node:fs';
import { importTs } from '../test/node/ts-import.mjs';

const { exportSms } = await importTs('src/export/sms.ts');
const feed = JSON.parse(readFileSync('test/fixtures/export/hzk-1006.json', 'utf8'));
const alone = { ...feed, incidents: feed.incidents.filter((i) => i.id.startsWith('cyber')) };
const now = Date.parse('2026-12-14T09:07:00Z');
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const time = (f, lang, parts) => {
  for (let i = 0; i < 3; i++) exportSms(f, { lang, parts, now });
  const [wall, cpu] = [[], []];
  for (let i = 0; i < 10; i++) {
    const [t, c] = [performance.now(), process.cpuUsage()];
    exportSms(f, { lang, parts, now });
    const d = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
};
for (const lang of ['nl', 'en']) for (const parts of [1, 2]) {
  const [one, two] = [time(alone, lang, parts), time(feed, lang, parts)];
  const say = (k) => `${k} ${one[k].toFixed(0)} → ${two[k].toFixed(0)} ms (${(two[k] / one[k]).toFixed(1)}x)`;
  console.log(`${lang} parts=${parts}, one incident → two open: ${say('wall')}, ${say('cpu')}`);
}
