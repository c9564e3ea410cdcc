// A London bank's payday outage (walk-through 2026-12-03): the action "Call our fraud line now, 24 hours a day" had the
// fraud line's number as its link (update --link). The e-mail and the page wrote "(0800 028 1234)" after it; the Atom
// entry dropped the tel: link and the CAP instruction never had it, so a customer reading either was told to call the
// fraud line and given no number. Both now write the number (or e-mail address) after the label, as the e-mail does; a web
// link stays a link in Atom. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-04T17:45:00Z');

const FEED = {
  type: 'status', version: 1, issued_at: '2026-12-04T17:40:00Z', feed_id: 'northbank', time_zone: 'Europe/London',
  publisher: { name: 'Northbank', url: 'https://www.northbank.co.uk' },
  channels: [
    { id: 'fraud', kind: 'phone', label: 'Fraud line', href: 'tel:+448000281234', emergency: true },
    { id: 'phone', kind: 'phone', label: 'Customer service', href: 'tel:+443456001234' },
  ],
  incidents: [{
    id: 'payments', severity: 'critical', phase: 'investigating',
    started_at: '2026-12-04T17:15:00Z', updated_at: '2026-12-04T17:40:00Z', next_update_at: '2026-12-04T18:10:00Z',
    title: 'Card payments and app log-in are not working',
    known: 'Card payments fail for many customers. Cash machines work.',
    unknown: 'The cause.',
    actions: [
      { label: 'Call our fraud line now, 24 hours a day', who: 'You gave your codes or moved money', urgent: true, href: 'tel:+448000281234' },
      { label: 'Write to us', href: 'mailto:help@northbank.co.uk' },
      { label: 'Check your payments online', href: 'https://www.northbank.co.uk/payments' },
    ],
  }],
};

test('Atom: an action that calls a number writes the number after its label; a web link stays a link', () => {
  const atom = x.exportAtom(FEED, { now: NOW }).text;
  assert.match(atom, /<li>You gave your codes or moved money: Call our fraud line now, 24 hours a day \(0800 028 1234\)<\/li>/, atom);
  assert.match(atom, /<li>Write to us \(help@northbank\.co\.uk\)<\/li>/, atom);
  assert.match(atom, /<li><a href="https:\/\/www\.northbank\.co\.uk\/payments">Check your payments online<\/a><\/li>/, atom);
});

test('CAP: the instruction gives the number of an action that calls one', () => {
  const cap = x.exportCap(FEED, { now: NOW, lang: 'en' });
  const xml = cap.alerts.at(-1).text;
  const instruction = /<instruction>([^<]*)<\/instruction>/.exec(xml)?.[1] ?? '';
  assert.match(instruction, /^You gave your codes or moved money\? Call our fraud line now, 24 hours a day \(0800 028 1234\)\.$/m, instruction);
  assert.match(instruction, /^Write to us \(help@northbank\.co\.uk\)\.$/m, instruction);
  assert.match(instruction, /^Check your payments online\.$/m, instruction);
});
