// A water company exported its boil-water advice with `--category Health`; every CAP receiver was told the event was
// "Storing in de dienstverlening" (a service disruption). The <event> now follows the category, in the alert's language;
// Infra (the default) and Other keep "Storing in de dienstverlening" / "Service disruption". Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters, feed, NOW } from './export-kit.mjs';

const x = await exporters();
const event = (category, lang) => /<event>([^<]*)<\/event>/.exec(x.exportCap(feed(), { category, langs: [lang], now: NOW }).alerts.at(-1).text)[1];

test('CAP <event> says what kind of event, by category and language', () => {
  assert.equal(event('Health', 'nl'), 'Gezondheidsadvies');
  assert.equal(event('Health', 'en'), 'Health advice');
  assert.equal(event('Met', 'nl'), 'Noodweer');
  assert.equal(event('Transport', 'en'), 'Transport disruption');
  assert.equal(event('Security', 'nl'), 'Beveiligingsincident');
  assert.equal(event('Infra', 'nl'), 'Storing in de dienstverlening');
  assert.equal(event('Other', 'en'), 'Service disruption');
  assert.equal(event(undefined, 'en'), 'Service disruption', 'the default, Infra');
});
