// A university sent the all-clear for a storm (`export --to email --incident storm`) while its
// cyberattack was still open. The e-mail listed both under "2 current disruptions:", the storm that
// was over among them. A resolved lead is now listed as resolved, under "In this e-mail:"; with only
// open incidents the heading still counts them.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';

const x = await exporters();

test('an all-clear e-mail sent while another incident is open does not count the resolved one as current', () => {
  const f = feed(); // the burst main is open, the app outage is resolved
  const en = x.exportEmail(f, { lang: 'en', incident: 'app-storing', now: NOW });
  assert.deepEqual(en.incidents, ['app-storing', 'leiding-utrecht-oost']);
  assert.match(en.text, /^In this e-mail:\n- Resolved: Meter readings could not be sent in the app\n- No water in Utrecht-Oost after a burst main\n/);
  assert.doesNotMatch(en.text, /current disruptions/);
  assert.match(en.html, /<h1>In this e-mail<\/h1>\s*<ul><li>(<a [^>]*>)?Resolved: Meter readings could not be sent in the app/);
  const nl = x.exportEmail(f, { lang: 'nl', incident: 'app-storing', now: NOW });
  assert.match(nl.text, /^In deze e-mail:\n- Opgelost: Meterstand doorgeven in de app lukte niet\n- Geen water in Utrecht-Oost/);
  assert.doesNotMatch(nl.text, /actuele meldingen/);
});

test('with only open incidents the heading still counts the current disruptions', () => {
  const f = feed();
  const second = structuredClone(f.incidents[0]);
  Object.assign(second, { id: 'tweede', title: { nl: 'Lage druk in Zeist', en: 'Low pressure in Zeist' } });
  f.incidents.push(second);
  const en = x.exportEmail(f, { lang: 'en', now: NOW });
  assert.match(en.text, /^2 current disruptions:\n- No water in Utrecht-Oost after a burst main\n- Low pressure in Zeist\n/);
});
