import { unsafeStatic, type StaticValue } from 'lit/static-html.js';

/** A `heading-level` attribute as a level from 1 to 6 (2 when it is not a number). */
function clampHeadingLevel(level: number, below = 0): number {
  return Math.min(6, Math.max(1, Math.round(level) || 2) + below);
}

/** The heading tag for a `heading-level` (plus `below` for a sub-heading), for lit/static-html templates. */
export function headingTag(level: number, below = 0): StaticValue {
  return unsafeStatic(`h${clampHeadingLevel(level, below)}`);
}
