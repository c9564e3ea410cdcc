import { expect } from '@open-wc/testing';
import { BeaconBatcher } from '../../src/report/beacon.js';
import { minuteStamp, parseReportLine, reportEvent } from '../../src/report/event.js';
import { ReportAggregator, distance } from '../../src/report/aggregate.js';
import { scrubQuery } from '../../src/report/scrub.js';
import { FakeTimers } from './fake-env.js';

describe('scrubQuery', () => {
  const cases: Array<[string, string]> = [
    ['refund for jan.jansen@example.nl please', 'refund for [email] please'],
    ['call me on +31 6 1234 5678', 'call me on [phone]'],
    ['bel 020-123 4567', 'bel [phone]'],
    ['06-12345678 terugbellen', '[phone] terugbellen'],
    ['no power at 1234 AB 12a', 'no power at [address]'],
    ['stroomstoring 1234AB', 'stroomstoring [address]'],
    ['geen gas Dorpsstraat 12', 'geen gas [address]'],
    ['10 Downing Street no water', '[address] no water'],
    ['outage SW1A 1AA', 'outage [address]'],
    ['booking ABC123456 cancelled', 'booking [number] cancelled'],
    ['order 12345', 'order [number]'],
    // Trial P (an insurer): an IBAN and a citizen service number were both labelled "[phone]" ("NL91ABNA[phone]").
    ['sms van 06-12345678 over mijn iban NL91ABNA0417164300 en bsn 123456782', 'sms van [phone] over mijn iban [account] en bsn [number]'],
    ['iban NL91 ABNA 0417 1643 00 klopt niet', 'iban [account] klopt niet'],
    ['bel 0612345678', 'bel [phone]'],
    ['ab12 test case word here', 'ab12 test case word here'],
  ];
  for (const [input, out] of cases) it(`${input} -> ${out}`, () => expect(scrubQuery(input)).to.equal(out));

  it('keeps ordinary questions with short numbers as they are', () => {
    for (const q of ['flights 1030 to Rome', 'refund 30 days', 'storm 2026', 'covid 19 test', 'bus 12 from 8:15', 'flight KL1234 cancelled']) expect(scrubQuery(q)).to.equal(q);
  });

  it('never lets 5 digits in a row through, whatever surrounds them', () => {
    for (let i = 0; i < 200; i++) {
      const digits = String(Math.floor(Math.random() * 1e9)).padStart(9, '1');
      const q = `x${'ab. -'.charAt(i % 5)}${digits}${'q@ 1'.charAt(i % 4)}y`;
      expect(/\d{5}/.test(scrubQuery(q)), q).to.equal(false);
    }
  });
});

describe('report lines', () => {
  it('round time to the minute and drop unknown or malformed fields', () => {
    const at = Date.parse('2026-11-30T09:51:42.123Z');
    const e = reportEvent({ type: 'contact', channel: 'phone', reason: 'no gas!', query: 'mail me at a@b.nl', incidents: ['storm', '<x>'], phase: 'identified', ...({ user: 'jan' } as object) }, at);
    expect(e).to.deep.equal({ v: 1, type: 'contact', t: '2026-11-30T09:51Z', incidents: ['storm'], phase: 'identified', query: 'mail me at [email]', channel: 'phone' });
    expect(minuteStamp(at)).to.equal('2026-11-30T09:51Z');
  });

  it('parse back, and skip what is not a line', () => {
    const line = JSON.stringify(reportEvent({ type: 'reason', reason: 'no-gas', incidents: [] }, 0));
    expect(parseReportLine(line)?.reason).to.equal('no-gas');
    for (const bad of ['', 'nonsense', '{"v":2,"type":"reason","t":"x"}', '{"v":1,"type":"hack","t":"x"}', '{broken']) expect(parseReportLine(bad)).to.equal(undefined);
  });
});

describe('BeaconBatcher', () => {
  function setup(gpc = false, maxBatch = 3) {
    const timers = new FakeTimers(Date.parse('2026-11-30T10:00:30Z'));
    const sent: Array<{ url: string; body: string }> = [];
    const b = new BeaconBatcher({ url: '/collect', sendBeacon: (url, body) => (sent.push({ url, body }), true), now: timers.clock, gpc: () => gpc, maxBatch, maxDelayMs: 5000, ...timers.timers });
    return { timers, sent, b };
  }

  it('sends a full batch at once as NDJSON, the rest after the delay', () => {
    const { timers, sent, b } = setup();
    for (let i = 0; i < 4; i++) b.add({ type: 'search', query: `ref ${'abcd'[i]} 123456`, results: i });
    expect(sent).to.have.length(1);
    const lines = sent[0]!.body.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query)).to.deep.equal(['ref a [number]', 'ref b [number]', 'ref c [number]']);
    expect(lines[0].t).to.equal('2026-11-30T10:00Z');
    expect(b.pending).to.equal(1);
    timers.fire();
    expect(sent).to.have.length(2);
    expect(sent[1]!.body).to.match(/^\{"v":1,"type":"search".*"results":3\}\n$/);
  });

  it('sends nothing, and keeps nothing, under Global Privacy Control', () => {
    const { timers, sent, b } = setup(true);
    for (let i = 0; i < 5; i++) b.add({ type: 'no-answer', query: 'x' });
    b.flush();
    timers.fire();
    expect(sent).to.deep.equal([]);
    expect(b.pending).to.equal(0);
  });

  it('caps the lines per page', () => {
    const sent: string[] = [];
    const b = new BeaconBatcher({ url: '/c', sendBeacon: (_u, body) => (sent.push(body), true), maxBatch: 10, maxLines: 25 });
    for (let i = 0; i < 100; i++) b.add({ type: 'search', query: 'x' });
    b.flush();
    expect(sent.join('').trimEnd().split('\n')).to.have.length(25);
  });
});

describe('ReportAggregator', () => {
  const line = (e: object) => JSON.stringify({ v: 1, incidents: ['storm'], phase: 'identified', t: '2026-11-30T09:00Z', ...e });
  it('counts reasons, unanswered questions (typos folded), feedback, sessions and contacts', () => {
    const a = new ReportAggregator({ by: 'hour' });
    for (const q of ['When is the power back?', 'when is power back', 'When is the pwoer back', 'power back when']) a.addLine(line({ type: 'no-answer', query: q, lang: 'en' }));
    a.addLine(line({ type: 'no-answer', query: 'pets on board', lang: 'en' }));
    a.addLine(line({ type: 'reason', reason: 'no-power' }));
    a.addLine(line({ type: 'reason', reason: 'no-power', t: '2026-11-30T10:05Z', phase: 'monitoring' }));
    a.addLine(line({ type: 'reason', reason: 'bill' }));
    a.addLine(line({ type: 'feedback', entry: 'refund', helpful: false }));
    a.addLine(line({ type: 'feedback', entry: 'refund', helpful: true }));
    a.addLine(line({ type: 'feedback', entry: 'pets', helpful: false }));
    a.addLine(line({ type: 'feedback', entry: 'pets', helpful: false }));
    a.addLine(line({ type: 'session', opened: 1, yes: 0, contacts: 0 }));
    a.addLine(line({ type: 'session', opened: 2, yes: 1, contacts: 1 }));
    a.addLine(line({ type: 'session', searches: 1 }));
    a.addLine(line({ type: 'contact', channel: 'phone', reason: 'no-power' }));
    a.addLine('garbage');
    const r = a.result();
    expect(r.unanswered[0]).to.deep.include({ count: 4 });
    expect(r.unanswered[1]).to.deep.equal({ query: 'pets on board', count: 1, variants: 1 });
    expect(r.reasons.total).to.deep.equal({ 'no-power': 2, bill: 1 });
    expect(r.reasons.overTime).to.deep.equal([{ at: '2026-11-30T09:00Z', counts: { bill: 1, 'no-power': 1 } }, { at: '2026-11-30T10:00Z', counts: { 'no-power': 1 } }]);
    expect(r.reasons.byPhase).to.deep.equal({ identified: { bill: 1, 'no-power': 1 }, monitoring: { 'no-power': 1 } });
    expect(r.feedback[0]).to.deep.equal({ entry: 'pets', yes: 0, no: 2 });
    expect(r.selfService).to.deep.equal({ sessions: 3, selfServed: 1, rate: 1 / 3 });
    expect(r.contacts).to.deep.equal({ total: 1, byChannel: { phone: 1 }, byReason: { 'no-power': 1 } });
    expect(r.skipped).to.equal(1);
  });

  it('filters by --since and --incident', () => {
    const a = new ReportAggregator({ since: Date.parse('2026-11-30T09:30:00Z'), incident: 'storm' });
    a.addLine(line({ type: 'reason', reason: 'a' }));
    a.addLine(line({ type: 'reason', reason: 'b', t: '2026-11-30T09:30Z' }));
    a.addLine(line({ type: 'reason', reason: 'c', t: '2026-11-30T09:45Z', incidents: [] }));
    expect(a.result().reasons.total).to.deep.equal({ b: 1 });
  });

  it('distance counts a swap as one edit', () => {
    expect(distance('power', 'pwoer')).to.equal(1);
    expect(distance('power', 'tower')).to.equal(1);
    expect(distance('abc', 'xyz')).to.equal(3);
  });
});
