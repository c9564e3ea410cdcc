/**
 * Contrast checks for the theme playground: which documented colour is read on which documented
 * background in each element (from the property descriptions in the element JSDoc), and the
 * WCAG AA minimum it needs (4.5:1 for text, 3:1 for focus rings, outlines and icons). A trial's
 * brand teal link on its own soft fill came out at 4.38:1 and nothing pointed it out.
 */

/** [foreground, background, minimum ratio]. */
export type Pair = readonly [string, string, number];

const P = '--clearline-';
const [surface, subtle, background, text, muted, link, focus, mark] = ['surface', 'subtle', 'background', 'text', 'muted', 'link', 'focus', 'mark'].map((n) => P + n) as [string, string, string, string, string, string, string, string];
const severity = (...names: string[]) => names.map((n) => `${P}color-${n}`);
const on = (fgs: string[], bgs: string[], min: number): Pair[] => fgs.flatMap((fg) => bgs.map((bg) => [fg, bg, min] as const));

/** Where each element puts which colour on which background. */
const PAIRS: Record<string, Pair[]> = {
  'clearline-badge': [...on([text, muted], [surface], 4.5), ...on([focus, ...severity('info', 'minor', 'major', 'critical', 'ok')], [surface], 3)],
  'clearline-banner': [
    ...on([text, muted, link, ...severity('info', 'minor', 'major', 'critical', 'ok')], [surface], 4.5),
    ...on([text], [subtle], 4.5),
    ...on([focus], [surface], 3),
  ],
  'clearline-status': [
    ...on([text, muted, link], [surface, subtle], 4.5),
    ...on([text], [background], 4.5),
    ...on(severity('info', 'minor', 'major', 'critical', 'ok'), [surface], 4.5),
    ...on([focus], [surface], 3),
  ],
  'clearline-faq': [
    ...on([text], [surface, subtle, background, mark], 4.5),
    ...on([muted], [surface, background], 4.5),
    ...on([link], [surface], 4.5),
    ...on([focus], [surface, background], 3),
  ],
  'clearline-editor': [
    ...on([text, muted, link], [surface], 4.5),
    ...on([text], [subtle, background], 4.5),
    ...on([surface], [link], 4.5),
    ...on(severity('critical', 'minor'), [surface], 4.5),
    ...on([focus], [surface], 3),
  ],
};

/** An sRGB colour as [r, g, b] 0–255, from #rgb, #rrggbb (alpha ignored) or rgb(); undefined otherwise. */
export function parseColour(value: string | undefined): [number, number, number] | undefined {
  const v = value?.trim().toLowerCase() ?? '';
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(v)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex.slice(0, 3)].map((c) => c + c).join('') : hex.slice(0, 6);
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(v);
  return rgb ? ([1, 2, 3].map((i) => Math.min(255, Number(rgb[i]))) as [number, number, number]) : undefined;
}

/** WCAG 2 contrast ratio of two colours, or undefined when one cannot be read. */
export function contrastRatio(a: string | undefined, b: string | undefined): number | undefined {
  const [ca, cb] = [parseColour(a), parseColour(b)];
  if (!ca || !cb) return undefined;
  const lum = (c: number[]) => {
    const [r, g, bl] = c.map((x) => {
      const s = x / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [la, lb] = [lum(ca), lum(cb)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export interface ContrastProblem {
  foreground: string;
  background: string;
  ratio: number;
  minimum: number;
}

/**
 * The pairs of `tag` below their minimum, with `colours` the values in effect (the designer's,
 * else the theme's defaults); `--clearline-background` falls back to the surface, as in the element.
 */
export function contrastProblems(tag: string, colours: Record<string, string | undefined>, documented: string[]): ContrastProblem[] {
  const value = (name: string) => colours[name] || (name === background ? colours[surface] : undefined);
  const pairs = (PAIRS[tag] ?? on([text], [surface], 4.5)).filter(([fg, bg]) => documented.includes(fg) && documented.includes(bg));
  const out: ContrastProblem[] = [];
  for (const [fg, bg, minimum] of pairs) {
    const ratio = contrastRatio(value(fg), value(bg));
    // Rounded down to two decimals, so 4.499 never shows as "4.5:1, needs 4.5:1".
    if (ratio !== undefined && ratio < minimum) out.push({ foreground: fg, background: bg, ratio: Math.floor(ratio * 100) / 100, minimum });
  }
  return out;
}
