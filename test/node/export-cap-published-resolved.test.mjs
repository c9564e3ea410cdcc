// A UK broadband desk published a short outage already resolved ("Broadband was down in Bradford", never open before).
// Its CAP export was a first <msgType>Alert</msgType> saying AllClear: in CAP 1.2 an Alert is "initial information
// requiring attention", which alert apps and Google Public Alerts show or push as a new warning, at 03:05, about an
// outage that is over; an all-clear has no earlier alert to clear (and an Update without references is refused). Now
// such an incident gets no alert (`publishedResolved` names it) and the desk is told why in its own words; an incident
// that was open before still ends with its all-clear Update. Uses dist/.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { exporters, feed, NOW, withCliDir } from './export-kit.mjs';

const x = await exporters();

/** The fixture feed with only its resolved one-step incident ("app-storing", never open before), in English first. */
function oneStepFeed() {
  const f = feed();
  for (const k of ['issued_at', 'expires_at', 'seq']) delete f[k];
  f.incidents = f.incidents.filter((i) => i.id === 'app-storing');
  return f;
}

test('CAP: an incident published already resolved gets no Alert; one open before still gets its all-clear', () => {
  const f = feed();
  const r = x.exportCap(f, { now: NOW });
  assert.ok(!r.alerts.some((a) => a.incident === 'app-storing'), 'no first Alert that says AllClear');
  assert.deepEqual(r.publishedResolved, ['app-storing']);
  for (const a of r.alerts) assert.ok(!(a.msgType === 'Alert' && /AllClear/.test(a.text)), 'no Alert is an all-clear');
  // The same incident with an earlier open step: an Alert, then the all-clear Update.
  const opened = structuredClone(f);
  const inc = opened.incidents.find((i) => i.id === 'app-storing');
  inc.updates = [{ at: inc.started_at, note: { nl: 'Meterstand doorgeven lukt niet.', en: 'Meter readings cannot be sent.' } }];
  const thread = x.exportCap(opened, { now: NOW, incident: 'app-storing' });
  assert.deepEqual(thread.alerts.map((a) => a.msgType), ['Alert', 'Update']);
  assert.match(thread.alerts[1].text, /<responseType>AllClear<\/responseType>/);
  assert.deepEqual(thread.publishedResolved, []);
});

test('export --to cap: the desk is told, in the feed language, why there is no alert; a folder gets none for it', async () => {
  await withCliDir('clearline-cap-resolved-', async (dir, run) => {
    const f = oneStepFeed();
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(f));
    const one = run('export', 'feed.json', '--to', 'cap', '--category', 'Infra', '--lang', 'en');
    assert.equal(one.status, 2, one.stderr);
    assert.equal(one.stdout, '', 'nothing written');
    assert.match(one.stderr, /no CAP alert for incident "Meter readings could not be sent in the app": it was published already resolved/);
    const nl = run('export', 'feed.json', '--to', 'cap', '--category', 'Infra');
    assert.match(nl.stderr, /geen CAP-melding voor incident "Meterstand doorgeven in de app lukte niet": dat is meteen als opgelost gepubliceerd/);
    const folder = run('export', 'feed.json', '--to', 'cap', '--category', 'Infra', '--out', 'alerts/');
    assert.equal(folder.status, 0, folder.stderr);
    assert.deepEqual(existsSync(join(dir, 'alerts')) ? readdirSync(join(dir, 'alerts')) : [], []);
    assert.match(folder.stderr, /geen CAP-melding voor incident "Meterstand/);
  });
});
