// A municipality's walk-through (a ransomware attack, 2026-12-03): the desk marked "Ik heb met spoed een reisdocument
// nodig" urgent and added 112 as its emergency line (as lint asks for a life-in-danger reason). Residents who chose the
// passport reason read "Bel nu: Alarmnummer (politie, brandweer, ambulance): 112" first, and lint found nothing.
// Now reason-urgent-emergency-services warns, and both commands its fix prints run as printed and silence it.
// Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT } from './export-kit.mjs';

const { lintDocument } = await import(pathToFileURL(join(ROOT, 'dist/lint.js')).href);
const run = (dir, ...args) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'Europe/Amsterdam' } });
const RULE = 'reason-urgent-emergency-services';

const feed = (emergencyLabel = { nl: 'Alarmnummer (politie, brandweer, ambulance)', en: 'Police, fire and ambulance' }) => ({
  type: 'status',
  version: 1,
  feed_id: 'gemeente-voorbeeld',
  time_zone: 'Europe/Amsterdam',
  publisher: { name: 'Gemeente Voorbeeld', url: 'https://www.voorbeeld.nl' },
  channels: [
    { id: 'phone', kind: 'phone', label: { nl: 'KCC 14 038', en: 'Phone 14 038' }, href: 'tel:14038' },
    { id: 'web', kind: 'web', label: { nl: 'Contactformulier', en: 'Contact form' }, href: 'https://www.voorbeeld.nl/contact' },
    { id: 'emergency-services', kind: 'phone', label: emergencyLabel, href: 'tel:112', emergency: true },
  ],
  contact_reasons: [
    { id: 'uitkering', label: { nl: 'Mijn uitkering', en: 'My benefit' } },
    { id: 'reisdocument', label: { nl: 'Ik heb met spoed een reisdocument nodig', en: 'I urgently need a passport or ID card' }, urgent: true },
    // A life in danger: emergency-services' own reason, which must offer 112; not this rule's.
    { id: 'gevaar', label: { nl: 'Iemand is in gevaar door het water', en: 'Someone is in danger from the water' }, urgent: true },
  ],
  incidents: [],
});

test('an urgent reason that is no emergency, in a feed whose emergency line is 112: warned, in Dutch, with commands that run', () => {
  const doc = feed();
  const [nl] = lintDocument(doc, { lang: 'nl' }).filter((f) => f.rule === RULE);
  assert.equal(nl.path, 'contact_reasons/1');
  assert.equal(nl.message, 'wie de dringende contactreden “Ik heb met spoed een reisdocument nodig” kiest, krijgt onder “Bel nu” het nummer 112 (“Alarmnummer (politie, brandweer, ambulance)”)');
  assert.equal(lintDocument(doc).filter((f) => f.rule === RULE).length, 1, 'the life-in-danger reason is not warned');
  const desk = lintDocument(doc, { lang: 'nl', audience: 'desk' }).find((f) => f.rule === RULE);
  // Trial S: not a danger but needed soon is offered first (time-critical), then can-wait, then ticking 112.
  assert.match(desk.fix, /kies “Haast, geen gevaar \(bijv\. vandaag nodig\)” bij “Ik heb met spoed een reisdocument nodig”/);
  assert.match(desk.fix, /kies “Kan wachten” bij “Ik heb met spoed een reisdocument nodig”/);
  assert.match(desk.fix, /vink “Alarmnummer \(politie, brandweer, ambulance\)” en “KCC 14 038” aan onder “Kanalen voor Ik heb met spoed een reisdocument nodig”/);

  // Each of the fix's three commands, run as `clearline lint` prints them, silences the rule.
  for (const which of [0, 1, 2]) {
    const dir = mkdtempSync(join(tmpdir(), 'clearline-urgent-reason-'));
    writeFileSync(join(dir, 'gemeente.json'), JSON.stringify(doc, null, 2));
    const lint = run(dir, 'lint', 'gemeente.json');
    const commands = [...lint.stdout.matchAll(/clearline edit reason [^.]*?--feed gemeente\.json/g)].map((m) => m[0]);
    assert.equal(commands.length, 3, lint.stdout);
    const args = commands[which].split(' ').slice(1);
    const edit = run(dir, ...args);
    assert.equal(edit.status, 0, edit.stderr);
    const after = JSON.parse(readFileSync(join(dir, 'gemeente.json'), 'utf8'));
    assert.equal(lintDocument(after).filter((f) => f.rule === RULE).length, 0, commands[which]);
    // The third keeps the KCC beside 112 (--channel replaces the list); the first makes it time-critical, the second an ordinary reason.
    if (which === 2) assert.deepEqual(after.contact_reasons[1].channels, ['emergency-services', 'phone']);
    else assert.equal(after.contact_reasons[1].urgent, undefined);
    assert.equal(after.contact_reasons[1].time_critical, which === 0 ? true : undefined);
  }
});

test('silent when the emergency line is the publisher’s own, or the reason names 112 itself', () => {
  const own = feed();
  own.channels[2].href = 'tel:+31800123456';
  assert.equal(lintDocument(own).filter((f) => f.rule === RULE).length, 0);
  const named = feed();
  named.contact_reasons[1].channels = ['emergency-services', 'phone'];
  assert.equal(lintDocument(named).filter((f) => f.rule === RULE).length, 0);
});
