/**
 * Layout the page gets before the element code has loaded, so nothing moves when it arrives:
 * the badge's box (the same declarations as its `:host` style, BADGE_RESERVE in
 * badge-reserve.styles.ts; test/browser/layout-shift.test.ts checks they match) and no box at all for a
 * banner, which floats over the page once it has something to say. A constructed style sheet,
 * so a strict Content-Security-Policy (no inline styles) does not block it.
 */
export const BADGE_RESERVE_CSS =
  'display:inline-block;vertical-align:middle;box-sizing:border-box;block-size:max(24px, 1.875em);min-inline-size:min(var(--clearline-badge-width, 15em), 100vw - 2rem)';

export const RESERVE_CSS = `clearline-badge:not(:defined){${BADGE_RESERVE_CSS}}clearline-banner:not(:defined){display:none}`;

export function reserveLayout(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RESERVE_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructed style sheets: the elements still work, the page may move once.
  }
}
