// A telecom desk's mobile network was down in Zuid-Holland at 01:40; `clearline export --to sms` wrote the SMS and said
// nothing, while the e-mail export warns when e-mail itself is down: the people the outage is about do not get the SMS
// until the network works. Now the SMS export warns the same way (the text is still written: others may read it, and
// it can go out once the network is back). Uses dist/ for the CLI (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exporters, feed, NOW, withCliDir } from './export-kit.mjs';
import { importTs } from './ts-import.mjs';

const { smsOutage } = await importTs('src/export/sms-outage.ts');
const x = await exporters();
const open = (title, affects) => ({ id: 'i', phase: 'investigating', title, ...(affects ? { affects } : {}) });

test('an open incident about the mobile network or SMS, in Dutch or English, by its title or what it affects', () => {
  for (const title of ['Storing mobiel netwerk in Zuid-Holland', 'Geen mobiel bereik in Leiden', 'Mobiel bellen en internetten lukt niet', 'SMS-codes komen niet aan', "Sms'jes komen vertraagd aan", 'Mobile network outage in Leeds', 'No mobile signal in the city centre', 'Text messages are delayed', '4G en 5G werken niet'])
    assert.ok(smsOutage([open({ nl: title })]), title);
  assert.deepEqual(smsOutage([open({ nl: 'Storing bij Netwerk NL', en: 'Outage at Netwerk NL' }, [{ nl: 'Mobiel internet', en: 'Mobile data' }])], 'en'), { incident: 'i', words: 'Mobile data' });
  for (const title of ['Mobiel bankieren werkt niet', 'Mobile banking app down', 'Storing in de app', 'Geen internet en tv in Noord-Holland', 'Mobile app login fails', 'Storing: betalen met pin'])
    assert.equal(smsOutage([open({ nl: title, en: title })]), undefined, title);
  assert.equal(smsOutage([{ ...open({ nl: 'Storing mobiel netwerk' }), phase: 'resolved' }]), undefined, 'a resolved outage no longer keeps the SMS from anyone');
});

test('exportSms says so in its result; an SMS about anything else does not', () => {
  const f = feed();
  assert.equal(x.exportSms(f, { lang: 'nl', now: NOW }).smsOutage, undefined);
  f.incidents[0].title = { nl: 'Storing mobiel netwerk in Utrecht', en: 'Mobile network outage in Utrecht' };
  const r = x.exportSms(f, { lang: 'nl', now: NOW });
  assert.deepEqual(r.smsOutage, { incident: f.incidents[0].id, words: 'Storing mobiel netwerk in Utrecht' });
  // The fixture's cause is found, but the English SMS cannot say its phase beside the action with whom it is for, and the
  // languages carry the same parts: the phase gives way first (trial W, sms-phase.ts).
  assert.match(r.text, /^Storing mobiel netwerk in Utrecht\. U hebt geen water\?/, 'still written');
});

test('clearline export --to sms warns in the desk\'s language, and still writes the SMS', async () => {
  await withCliDir('clearline-sms-outage-', async (dir, cli) => {
    const f = feed();
    f.incidents[0].title = { nl: 'Storing mobiel netwerk in Utrecht', en: 'Mobile network outage in Utrecht' };
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(f));
    const run = (...a) => cli('export', 'feed.json', '--to', 'sms', '--force', ...a);
    const nl = run('--lang', 'nl');
    assert.match(nl.stdout, /^Storing mobiel netwerk in Utrecht\./);
    assert.match(nl.stderr, /let op: storing "Storing mobiel netwerk in Utrecht" is nog open en gaat over het mobiele netwerk of sms, dus wie er last van heeft, krijgt deze sms misschien pas als het weer werkt\. Bereik hen ook op een andere manier: per e-mail \(--to email\), op sociale media \(--to social\) of op uw statuspagina\n/);
    assert.match(run('--lang', 'en').stderr, /warning: incident "Mobile network outage in Utrecht" is still open and is about the mobile network or SMS, so the people it affects may not get this SMS until it works again/);
  });
});

// smsOutage was only reachable by a deep import of src/export/sms-outage.ts, while its sibling emailOutage is part of
// the package's `clearline/export` entry: a caller checking before sending an SMS could not ask.
test('smsOutage is public beside emailOutage: clearline/export (dist/export.js) has both', () => {
  assert.equal(typeof x.emailOutage, 'function');
  assert.equal(typeof x.smsOutage, 'function');
  assert.deepEqual(x.smsOutage([open({ nl: 'Storing mobiel netwerk' })]), { incident: 'i', words: 'Storing mobiel netwerk' });
});
