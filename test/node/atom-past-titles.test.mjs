// Trial P (an insurer after a ransomware attack): the Atom feed exported after the all-clear titled Monday's attack report
// "Mijn Zekerheid en de app werken weer (07:42)": every earlier entry took the incident's current title, though an entry
// is never edited. An update that changes the title now keeps, with the texts it moves into history, the title they were
// shown with; Atom titles each earlier entry with it.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { postUpdate } = await importTs('src/feed/update.ts');
const { exportAtom } = await importTs('src/export/atom.ts');

const at = (h) => `2026-12-1${h < 24 ? 4 : 6}T${String(h % 24).padStart(2, '0')}:00:00Z`;
const feed = () => ({
  type: 'status', version: 1, feed_id: 'zekerheid', time_zone: 'Europe/Amsterdam', publisher: { name: 'Zekerheid', url: 'https://www.zekerheid.example' },
  status_url: 'https://www.zekerheid.example/storing', issued_at: at(7), expires_at: at(9), seq: 1, channels: [],
  incidents: [{
    id: 'cyber', title: { nl: 'Cyberaanval: Mijn Zekerheid werkt niet' }, severity: 'major', phase: 'investigating',
    started_at: at(6), updated_at: at(6), known: { nl: 'Een cyberaanval.' }, unknown: { nl: 'Of gegevens zijn gestolen.' }, next_update_at: at(10),
  }],
});

test('an update that changes the title keeps the title the earlier texts were shown with; one that does not, none', () => {
  const second = postUpdate(feed(), 'cyber', { known: { nl: 'De politie onderzoekt het.' } }, Date.parse(at(12)));
  assert.equal(second.incidents[0].updates[0].title, undefined);
  const third = postUpdate(second, 'cyber', { title: { nl: 'Mijn Zekerheid werkt weer' }, known: { nl: 'Alles werkt weer.' }, resolve: true }, Date.parse(at(34)));
  const [last, first] = third.incidents[0].updates;
  assert.deepEqual(last.title, { nl: 'Cyberaanval: Mijn Zekerheid werkt niet' });
  assert.equal(first.title, undefined);
});

test('Atom: each earlier entry keeps its own title after the all-clear; the all-clear has the new one', () => {
  let doc = postUpdate(feed(), 'cyber', { known: { nl: 'De politie onderzoekt het.' } }, Date.parse(at(12)));
  doc = postUpdate(doc, 'cyber', { title: { nl: 'Mijn Zekerheid werkt weer' }, known: { nl: 'Alles werkt weer.' }, resolve: true }, Date.parse(at(34)));
  const titles = [...exportAtom(doc, { lang: 'nl', now: Date.parse(at(35)) }).text.matchAll(/<entry>[^]*?<title type="text">([^<]*)<\/title>/g)].map((m) => m[1]);
  assert.deepEqual(titles, ['Mijn Zekerheid werkt weer (11:00)', 'Cyberaanval: Mijn Zekerheid werkt niet (13:00)', 'Cyberaanval: Mijn Zekerheid werkt niet (07:00)']);
});
