import { css } from 'lit';

/** The dark defaults, used both for `prefers-color-scheme: dark` and for `theme="dark"`. */
const dark = css`
  --_surface: var(--clearline-surface, #16191d);
  --_text: var(--clearline-text, #eef1f4);
  --_muted: var(--clearline-muted, #b4bcc7);
  --_border: var(--clearline-border, #4a525d);
  --_subtle: var(--clearline-subtle, #22262c);
  --_link: var(--clearline-link, #8ab4f8);
  --_focus: var(--clearline-focus, #8ab4f8);
  --_info: var(--clearline-color-info, #7fb2f0);
  --_minor: var(--clearline-color-minor, #f0b35c);
  --_major: var(--clearline-color-major, #ff9466);
  --_critical: var(--clearline-color-critical, #ff8aa5);
  --_ok: var(--clearline-color-ok, #6fd391);
  --_mark: var(--clearline-mark, #6b5a00);
`;

/**
 * The documented custom properties, with light and dark defaults (AA contrast in both).
 * Dark follows `prefers-color-scheme` unless the `theme` attribute says otherwise.
 * `--_bg` is painted behind text that is not on a card, so contrast never depends on the host
 * page. In forced colors the surface is the system's Canvas, whatever the theme or site set: the
 * "!" in the major and critical icons is drawn in it on a CanvasText shape. `:not(#_)` outranks the
 * theme rules. `.number` (the phone number or e-mail address after a channel's or action's label,
 * contact-link.ts) is an inline-block: it moves to the next line whole ("Klantenservice: 030 123" /
 * "4567" read as a complete number), and wraps only when wider than the box, so it never makes the
 * element wider than a phone at 200% zoom (white-space: nowrap did); `text-decoration: inherit`: a
 * link's underline does not reach into an inline-block by itself. (Notes live here, not in the CSS
 * text, which ships as written.)
 */
export const themeStyles = css`
  :host {
    display: block;
    --_surface: var(--clearline-surface, #ffffff);
    --_text: var(--clearline-text, #1a1d21);
    --_muted: var(--clearline-muted, #4d5561);
    --_border: var(--clearline-border, #c9ced6);
    --_subtle: var(--clearline-subtle, #f2f4f7);
    --_link: var(--clearline-link, #0b57d0);
    --_focus: var(--clearline-focus, #0b57d0);
    --_info: var(--clearline-color-info, #1d5fb8);
    --_minor: var(--clearline-color-minor, #8a5300);
    --_major: var(--clearline-color-major, #b3360b);
    --_critical: var(--clearline-color-critical, #b3123a);
    --_ok: var(--clearline-color-ok, #1b6e3a);
    --_mark: var(--clearline-mark, #fff1a8);
    --_radius: var(--clearline-radius, 8px);
    --_space: var(--clearline-space, 1rem);
    --_bg: var(--clearline-background, var(--_surface));
    font-family: var(--clearline-font, inherit);
    color: var(--_text);
    line-height: 1.5;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (forced-colors: active) {
    :host(:not(#_)) {
      --_surface: Canvas;
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  a {
    color: var(--_link);
  }
  .number {
    display: inline-block;
    text-decoration: inherit;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
