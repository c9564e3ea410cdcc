import { css } from 'lit';
import { contactStyles } from '../shared/contact.styles.js';

// Notes on rules below (kept out of the CSS text, which ships as written):
// - `:host`: Fixed to a corner: out of the page flow, so it can never shift the page's layout.
//   Above a floating bottom <clearline-banner>, which publishes the room it takes as
//   --clearline-banner-space (banner/page-space.ts); moved by a transform, as a floating action
//   button moves up for a snackbar, so its move is no layout shift. The modal dialog (top layer)
//   is not moved by the transform: it adds the same room to its own distance from the bottom. The lift stops
//   4rem short of the viewport's height: in a short viewport (zoomed to 400%) a tall banner, lifted by its own
//   --clearline-banner-offset, took more room than there was and pushed the launcher off the top.
// - `.launcher[data-yield]`: faded and letting clicks through while it overlaps the control focused on the page (focus-clear.ts);
//   the host's own box never takes a click (`pointer-events: none`), only the button and the dialog do.
// - `::slotted([hidden])`: the site's fallback words, hidden until the dialog shows them under "Status unknown." (as in status.styles.ts).
// - `.launcher`, `.icon + span` on a phone: the icon alone in a 48px circle, the word visually hidden (still the button's
//   name), as help and chat launchers do on small screens: "(?) Help", 107x48 px, covered the last lines of the page
//   and a host's footer links at 360 px.
// - `(max-height: 30rem)`: a short viewport (a desktop window zoomed to 200-400%, a phone on its side) gets the
//   full-screen panel too: the corner panel, 6rem and the banner's room less than the viewport, left the answers a
//   slit (32 px at 640x256) or nothing at all.
// - `(max-height: 20rem)`: the whole panel scrolls, its heading and footer with the answers. At 400 % zoom
//   (1280x720: 320x180) the fixed heading and footer left the answers a 38 px slit.
//   `(max-width: 15rem)`, last to outrank the rules it changes: less padding and a smaller heading ("Waarme/e" broke at 180 px).
// - dialog `inset-inline: inherit`: the panel takes the launcher's corner (the host's inline insets, from its
//   placement). A placement rule of its own outranked the phone layout's `inset: 0`: with bottom-start the
//   full-screen panel slid 1rem right, its close button off the screen.
// - Who an action is for (`.who`), on its own line above the action as in <clearline-status>: contact.styles.ts `.actions .who`,
//   for the incident's "act now" and "can wait" lists too (both are div.actions).
// - `.about`: another open incident's title over its actions in the box (incident-actions.ts), set off by a line above it, so it
//   reads as a new group, not as one more bold "who" line.
// - Forced colours (.launcher, .marker): --_surface is Canvas there, which made the button's text and border the page's own
//   colour, an empty white pill on a white page (trial I); the dot keeps a system colour of its own (forced, it was Canvas too).
const own = css`
  :host {
    position: fixed;
    z-index: var(--clearline-z, 1000);
    inset-block-end: var(--clearline-offset, 1rem);
    inset-inline-end: var(--clearline-offset, 1rem);
    inset-inline-start: auto;
    display: block;
    transform: translateY(calc(-1 * min(var(--clearline-banner-space, 0px), 100vh - 4rem)));
    transition: transform 0.2s ease-out;
    pointer-events: none;
  }
  .launcher, dialog {
    pointer-events: auto;
  }
  slot[name='fallback'] {
    display: block;
  }
  ::slotted(*) {
    margin: 0;
  }
  ::slotted([hidden]) {
    display: block !important;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      transition: none;
    }
  }
  :host([placement='bottom-start']) {
    inset-inline-start: var(--clearline-offset, 1rem);
    inset-inline-end: auto;
  }
  .launcher {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font: inherit;
    font-weight: 600;
    font-size: 1em;
    min-height: 48px;
    min-width: 48px;
    padding: 0.6em 1.1em;
    border-radius: 999px;
    border: 2px solid var(--_surface);
    background: var(--_link);
    color: var(--_surface);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.3);
    cursor: pointer;
  }
  .launcher[data-yield] {
    opacity: 0.15;
    pointer-events: none;
  }
  .launcher:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  .marker {
    position: absolute;
    inset-block-start: -4px;
    inset-inline-end: -4px;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    background: var(--_critical);
    border: 2px solid var(--_surface);
  }
  @media (forced-colors: active) {
    .launcher {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .marker {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Canvas;
    }
  }
  dialog {
    position: fixed;
    margin: 0;
    inset-block: auto calc(var(--clearline-offset, 1rem) + 4rem + var(--clearline-banner-space, 0px));
    inset-inline: inherit;
    width: min(28em, calc(100vw - 2rem));
    max-height: min(44em, calc(100dvh - 6rem - var(--clearline-banner-space, 0px)));
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 8px 30px rgb(0 0 0 / 0.35);
    flex-direction: column;
    overflow: hidden;
    font-family: var(--clearline-font, inherit);
  }
  dialog[open] {
    display: flex;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  @media (max-height: 20rem) {
    dialog[open] {
      display: block;
      overflow-y: auto;
    }
    .body {
      overflow: visible;
    }
  }
  @media (max-width: 30rem), (max-height: 30rem) {
    dialog {
      inset: 0;
      width: 100vw;
      max-width: 100vw;
      height: 100dvh;
      max-height: 100dvh;
      border-radius: 0;
      border: 0;
    }
    .launcher {
      padding: 12px;
    }
    .icon + span {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
  }
  .head,
  .foot {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.6rem 1rem;
    border-block-end: 1px solid var(--_border);
  }
  .foot {
    border-block-end: 0;
    border-block-start: 1px solid var(--_border);
  }
  .head h2 {
    margin: 0;
    font-size: 1.2em;
  }
  .close {
    display: inline-grid;
    place-items: center;
    min-width: 44px;
    min-height: 44px;
    border: 0;
    outline: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    cursor: pointer;
  }
  .body {
    overflow: auto;
    padding: 1rem;
    display: grid;
    gap: 1rem;
    align-content: start;
    flex: 1;
  }
  .still {
    font: inherit;
    font-weight: 600;
    width: 100%;
    min-height: 44px;
    border-radius: var(--_radius);
    border: 2px solid var(--_link);
    background: var(--_surface);
    color: var(--_link);
    cursor: pointer;
  }
  .incident {
    display: grid;
    gap: 0.4rem;
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_subtle);
    border-inline-start: 4px solid var(--_major);
  }
  .incident.sev-critical {
    border-inline-start-color: var(--_critical);
  }
  .incident.sev-minor,
  .incident.sev-info {
    border-inline-start-color: var(--_minor);
  }
  .incident.sev-ok {
    border-inline-start-color: var(--_ok);
  }
  /* The emergency lines on the first screen, marked as in a reason's "Call now" group (a grid without margins as every .contact). */
  section.emergency {
    gap: 0.3rem;
    border-inline-start: 4px solid var(--_critical);
    padding-inline-start: 0.75rem;
  }
  section.emergency h3 {
    font-size: 1em;
  }
  .incident h3 {
    margin: 0;
    font-size: 1.1em;
  }
  .incident p {
    margin: 0;
  }
  .incident h4 {
    margin: 0;
    font-size: 1em;
  }
  .incident ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.2rem;
  }
  .about {
    margin: 0.5rem 0 0;
    padding-top: 0.4rem;
    border-top: 1px solid var(--_border);
    font-size: 1em;
  }
  .notice {
    margin: 0;
    padding: 0.6rem 0.75rem;
    border: 2px solid var(--_minor);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .more,
  .next {
    color: var(--_muted);
  }
  .sentinel {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  @media (max-width: 15rem) {
    .head,
    .foot,
    .body {
      padding-inline: 0.5rem;
    }
    .head h2 {
      font-size: 1em;
    }
  }
`;

export const helpStyles = [own, contactStyles];
