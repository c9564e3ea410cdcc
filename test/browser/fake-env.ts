/** Fake clock and timers for driving FeedSource polling without waiting. */
export class FakeTimers {
  now: number;
  private next = 1;
  readonly pending = new Map<number, { at: number; fn: () => void; delay: number }>();
  /** Every delay ever requested, in order. */
  readonly delays: number[] = [];

  constructor(start = Date.now()) {
    this.now = start;
  }

  readonly clock = () => this.now;

  readonly timers = {
    setTimeout: (fn: () => void, ms: number): unknown => {
      const id = this.next++;
      this.delays.push(ms);
      this.pending.set(id, { at: this.now + ms, fn, delay: ms });
      return id;
    },
    clearTimeout: (id: unknown) => void this.pending.delete(id as number),
  };

  /** The delay of the single pending timer (fails when there is not exactly one). */
  only(): number {
    if (this.pending.size !== 1) throw new Error(`expected one pending timer, found ${this.pending.size}`);
    return [...this.pending.values()][0]!.delay;
  }

  /** Advances the clock to the earliest timer and runs it. */
  fire(): boolean {
    let first: [number, { at: number; fn: () => void }] | undefined;
    for (const e of this.pending) if (!first || e[1].at < first[1].at) first = e;
    if (!first) return false;
    this.pending.delete(first[0]);
    this.now = Math.max(this.now, first[1].at);
    first[1].fn();
    return true;
  }
}

/** A seeded pseudo-random generator (mulberry32), so schedules are reproducible. */
export function seeded(seed = 1): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
