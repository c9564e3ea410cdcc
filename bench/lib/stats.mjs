/** Summary statistics for repeated measurements: median with p10/p90 spread (nearest rank). */
export function summarize(values, digits = 1) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return { n: 0, median: null, p10: null, p90: null, min: null, max: null };
  const q = (p) => {
    const pos = (xs.length - 1) * p;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo);
  };
  const r = (x) => Number(x.toFixed(digits));
  return { n: xs.length, median: r(q(0.5)), p10: r(q(0.1)), p90: r(q(0.9)), min: r(xs[0]), max: r(xs[xs.length - 1]) };
}

/** "12.3 (p10 11.0, p90 14.2, n 20)" */
export function fmt(s, unit = '') {
  if (!s || s.n === 0) return 'n/a';
  return `${s.median}${unit} (p10 ${s.p10}, p90 ${s.p90}, n ${s.n})`;
}
