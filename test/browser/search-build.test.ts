import { expect } from '@open-wc/testing';
import { buildIndex, buildIndexAsync, FaqIndex, runInSlices, sortInSteps, type SearchDoc } from '../../src/search/index.js';

/** Synthetic entries: every entry shares the common words, so some terms have a posting per entry. */
const synthetic = (n: number): SearchDoc[] =>
  Array.from({ length: n }, (_, i) => ({ id: `d${i}`, question: `Question ${i} about refund number ${i % 97}`, answer: `Answer ${i} with luggage and flight ${i % 13} and parking ${i % 7}.` }));

const drain = (steps: Iterable<unknown>) => {
  let n = 0;
  for (const _ of steps) n++;
  return n;
};

describe('search index build in slices', () => {
  it('runInSlices hands the thread back whenever a slice has used its time', async () => {
    let yields = 0;
    const counted = await runInSlices([1, 2, 3, 4, 5], { sliceMs: 0, yielder: async () => void yields++ });
    expect(counted).to.equal(5);
    expect(yields).to.equal(5);
    // A generous slice: five cheap steps need no hand-back.
    expect(await runInSlices([1, 2, 3, 4, 5], { sliceMs: 1000, yielder: async () => void yields++ })).to.equal(0);
  });

  it('builds the same index as at once, with a step per entry and per few thousand postings', async () => {
    const docs = synthetic(2000);
    let yields = 0;
    const sliced = await buildIndexAsync(docs, 'en', { sliceMs: 0, yielder: async () => void yields++ });
    const whole = buildIndex(docs, 'en');
    for (const q of ['refund 42 flight', 'parking 3', 'luggag']) expect(sliced.search(q, 10).hits).to.deep.equal(whole.search(q, 10).hits);
    expect(yields, 'a hand-back possible after every entry').to.be.greaterThanOrEqual(docs.length);
  });

  it('finishes in steps of at most about 8,192 postings, sorting the vocabulary in steps too', () => {
    const docs = synthetic(3000);
    const index = new FaqIndex('en');
    for (const d of docs) index.add(d);
    // About 12 terms per entry (question, answer): some 36,000 postings.
    expect(drain(index.finishing())).to.be.greaterThanOrEqual(5);
  });

  it('stops when the signal aborts: before the first step, and between slices', async () => {
    const docs = synthetic(500);
    const before = new AbortController();
    before.abort();
    let error: unknown;
    let yields = 0;
    await buildIndexAsync(docs, 'en', { signal: before.signal, yielder: async () => void yields++ }).catch((e: unknown) => (error = e));
    expect((error as Error).name).to.equal('AbortError');
    expect(yields).to.equal(0);

    const during = new AbortController();
    let steps = 0;
    function* counting() {
      for (let i = 0; i < 100; i++) {
        steps++;
        yield;
      }
    }
    error = undefined;
    await runInSlices(counting(), { sliceMs: 0, signal: during.signal, yielder: async () => (steps === 3 ? during.abort() : undefined) }).catch((e: unknown) => (error = e));
    expect((error as Error).name).to.equal('AbortError');
    expect(steps, 'no step after the abort').to.equal(3);
  });

  it('sortInSteps sorts in code-unit order like Array#sort, in several steps', () => {
    const words = Array.from({ length: 5000 }, (_, i) => ['Zeta', 'alpha', 'ä', 'a', 'ab', 'ß', '10', '9', 'émoji😀'][i % 9]! + ((i * 7919) % 1013).toString(36));
    for (const n of [0, 1, 2, 63, 64, 65, 1000, 5000]) {
      const part = words.slice(0, n);
      const steps = sortInSteps(part, 64);
      let count = 0;
      let r = steps.next();
      while (!r.done) {
        count++;
        r = steps.next();
      }
      expect(r.value, `n = ${n}`).to.deep.equal(part.slice().sort());
      if (n >= 1000) expect(count, 'yields while sorting').to.be.greaterThan(n / 64);
    }
  });
});
