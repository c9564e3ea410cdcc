// A bank's trial: a title typed with a space at its end ("… after cyberattack ") gave the text message
// "…after cyberattack . Do not click links…". Every export now writes the title without the spaces around it. Uses dist/.
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';
import { broadbandFeed, NOW } from './broadband-kit.mjs';

const x = await exporters();

test('a title with spaces around it: no " ." and no double space in any export', () => {
  const f = broadbandFeed();
  const i = f.incidents[0];
  i.title = typeof i.title === 'string' ? `  ${i.title} ` : Object.fromEntries(Object.entries(i.title).map(([k, v]) => [k, `  ${v} `]));
  const texts = {
    sms: x.exportSms(f, { now: NOW }).text,
    social: x.exportSocial(f, { now: NOW }).posts[0].text,
    email: x.exportEmail(f, { now: NOW }).text,
    atom: x.exportAtom(f, { now: NOW }).text,
    ivr: x.exportIvr(f, { now: NOW }).text,
    cap: x.exportCap(f, { now: NOW }).alerts.at(-1).text,
  };
  for (const [name, text] of Object.entries(texts)) {
    assert.doesNotMatch(text, / [.,:;]/, `${name}: ${text}`);
    assert.doesNotMatch(text, /\S {2,}\S/, `${name}: ${text}`);
  }
});
