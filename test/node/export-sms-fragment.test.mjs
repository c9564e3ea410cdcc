// A Dutch bus operator's strike (trial, 2026-12-05): the SMS cut the most urgent action "Reis vandaag vóór 12:00 op een
// andere manier, of reis later" to "Reis vandaag...", which reads as "travel today", the opposite of what it says. A cut
// after a word now keeps at least five words, half the words of its sentence or its first clause; else the action is left out (the
// link has it) and its room goes back to the next update. Uses dist/ (run `npm run build` first).
import assert from 'node:assert/strict';
import test from 'node:test';
import { exporters } from './export-kit.mjs';

const x = await exporters();
const NOW = Date.parse('2026-12-08T06:00:00Z');

function strikeFeed(action) {
  return {
    type: 'status', version: 1, feed_id: 'streekvervoer', time_zone: 'Europe/Amsterdam', status_url: 'https://www.streekvervoer.example/reisinfo',
    publisher: { name: 'Streekvervoer Gelderland', url: 'https://www.streekvervoer.example' },
    channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+319001234567', wait_minutes: 25, reason: { nl: 'veel vragen over de staking', en: 'many questions about the strike' } }],
    incidents: [{
      id: 'staking', severity: 'major', phase: 'identified',
      started_at: '2026-12-08T03:00:00Z', updated_at: '2026-12-08T05:58:00Z', next_update_at: '2026-12-08T09:30:00Z',
      title: { nl: 'Staking dinsdag 8 december: tot 12:00 rijden er geen bussen en streektreinen', en: 'Strike Tuesday 8 December: no buses or regional trains until 12:00' },
      known: { nl: 'Er rijden nu geen bussen.', en: 'No buses are running now.' },
      unknown: { nl: 'Of er nog een stakingsdag komt.', en: 'Whether there will be a second strike day.' },
      actions: [{ label: action, href: 'https://www.streekvervoer.example/reisplanner', urgent: true }],
    }],
  };
}

// Trial W: the ó of "vóór" made this SMS UCS-2 (70 characters); it is now written plain and the action goes whole. An emoji
// keeps the message UCS-2, where the action would keep only its first words.
test('the action whole once "vóór" is written plain ("voor"): GSM-7', () => {
  const sms = x.exportSms(strikeFeed({ nl: 'Reis vandaag vóór 12:00 op een andere manier, of reis later', en: 'x' }), { lang: 'nl', now: NOW });
  assert.equal(sms.encoding, 'gsm7');
  assert.match(sms.text, /Reis vandaag voor 12:00 op een andere manier, of reis later\. https:/, sms.text);
});

test('an action that would keep only its first words is left out, and the next update takes its room', () => {
  const sms = x.exportSms(strikeFeed({ nl: '🚌 Reis vandaag vóór 12:00 op een andere manier, of reis later', en: 'Travel another way before 12:00 today, or travel later' }), { lang: 'nl', now: NOW });
  assert.ok(sms.fits, sms.text);
  assert.doesNotMatch(sms.text, /Reis vandaag/, sms.text);
  assert.equal(sms.text, 'Staking dinsdag 8 december: tot 12:00 rijden er geen bussen en streektreinen. Volgende update 10:30. https://www.streekvervoer.example/reisinfo');
  assert.deepEqual(sms.shortened, ['action'], 'the desk is told the action was left out');
});

// Trial S changed this test: a cut kept five words or half a sentence ("Neem vandaag de trein van de NS..."); an action is
// now cut only where a clause ends, else left out (an airline's "Rebook free of charge in My..." said nowhere to rebook).
test('a cut ends where a clause ends; else the title gives way for the action whole', () => {
  const clause = x.exportSms(strikeFeed({ nl: 'Plan uw reis opnieuw, bijvoorbeeld met de trein van de NS of met de Regiotaxi, die vandaag gewoon rijden', en: 'x' }), { lang: 'nl', now: NOW });
  assert.match(clause.text, /\. Plan uw reis opnieuw(\.\.\.|…) https:/, clause.text);
  assert.ok(clause.shortened.includes('action-shortened'), clause.shortened.join());
  const half = x.exportSms(strikeFeed({ nl: 'Neem vandaag de trein van de NS naar Arnhem of Nijmegen', en: 'x' }), { lang: 'nl', now: NOW });
  // Not "Neem vandaag de trein van de NS...": the title gives way for it whole.
  assert.match(half.text, /\.\.\. Neem vandaag de trein van de NS naar Arnhem of Nijmegen\. https:/, half.text);
  assert.ok(half.shortened.includes('title-shortened') && !half.shortened.includes('action-shortened'), half.shortened.join());
});
