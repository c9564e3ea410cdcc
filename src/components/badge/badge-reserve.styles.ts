import { css, unsafeCSS } from 'lit';

/**
 * The box a badge takes, in every state and before its code has loaded: the element's own host
 * styles and the rule the loader (dist/clearline.js) adds for `clearline-badge:not(:defined)` are
 * built from these, so the page never moves when the badge arrives or changes its text.
 * `--clearline-badge-width` is the reserved width; a label that needs more widens the badge once.
 */
export const BADGE_RESERVE = {
  display: 'inline-block',
  'vertical-align': 'middle',
  'box-sizing': 'border-box',
  'block-size': 'max(24px, 1.875em)',
  // Never wider than the screen: at 200% zoom a phone is 180 CSS px wide, less than 15em. (The viewport, not 100%:
  // a percentage of a header that takes its width from its content would make the reserve change as it loads.)
  'min-inline-size': 'min(var(--clearline-badge-width, 15em), 100vw - 2rem)',
} as const;

/** The reserve as a declaration list, e.g. for a `:not(:defined)` rule. */
export const badgeReserveCss = (): string =>
  Object.entries(BADGE_RESERVE)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');

/**
 * The reserve as the badge's own host style. Its own file: the build minifies the CSS of every
 * other style file, but not one that builds CSS from a string (minify-literals skips those).
 */
export const badgeReserveStyles = css`:host{${unsafeCSS(badgeReserveCss())}}`;
