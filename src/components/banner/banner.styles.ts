import { css } from 'lit';

// Notes on rules below (kept out of the CSS text, which ships as written):
// - `:host(:not([placement='inline']))`: Floating (the default): over the page, never moving its content.
// - `z-index` 2147483646: above a site's own fixed bars (a cookie bar at 9998, consent tools up to 2147483645). The banner
//   shows only in a crisis, so a web team did not see on a quiet day that its cookie bar hid it (trial G).
// - `button` outline: invisible, but drawn in Windows High Contrast, where the borderless × needs an edge.
// - `(max-width: 15rem)` (a phone at 200 % zoom or with large text): the × moves into the severity's row, which keeps a
//   row of its own, so the title below gets the whole width; beside the ×'s column it broke as "geannule/erd" (trial L).
// - `.banner` floating: at most 25vh with its padding (2.2em: the default padding, borders and the host's gap), yet room for
//   the severity and the first line of the title (3.9em: with text at 200 % "Ernstige storing:" takes two lines), never
//   over 30vh of text (a 320x180 window at 400 % zoom); the rest scrolled inside. At 30vh of text it covered 30 % of a
//   360x780 phone and 40 % with text at 200 % (trial X); at 45vh it took 200 of 370 px and ended on a whole line
//   ("…hulp neemt"), which read as the whole message (trial Q). While more follows, a soft band in the border colour lies
//   along its bottom edge (fixed to the box); the first layer, attached to the end of the text (`local`), covers it once
//   the reader has scrolled there.
// - `.also`: the second incident on one line; its title (the inner span) ends in "…" there, the text stays whole for
//   screen readers (trial X: cut in the text, they heard "uit naam van de…"). `white-space: pre` keeps the spaces beside
//   it; `min-width: 0` (and on the link) lets the line be narrower than that title.
export const bannerStyles = css`
  :host(:not([placement='inline'])) {
    position: fixed;
    inset-inline: 0;
    bottom: var(--clearline-banner-offset, 0px);
    z-index: var(--clearline-banner-z-index, 2147483646);
    padding: calc(var(--_space) * 0.5);
    pointer-events: none;
  }
  :host([placement='top']) {
    top: var(--clearline-banner-offset, 0px);
    bottom: auto;
  }
  :host(:not([placement='inline'])) .banner {
    pointer-events: auto;
    max-inline-size: var(--clearline-banner-max-width, 64rem);
    max-block-size: min(max(25vh - 2.2em, 3.9em), 30vh);
    overflow: auto;
    background: linear-gradient(#0000,var(--_surface) 50%) bottom/100% 2em no-repeat local,linear-gradient(#0000,var(--_border)) bottom/100% 1em no-repeat var(--_surface);
    margin-inline: auto;
    box-shadow: 0 2px 14px rgba(0, 0, 0, 0.28);
  }
  .banner {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-left: 6px solid var(--_sev);
    border-radius: var(--_radius);
  }
  .sev-info { --_sev: var(--_info); }
  .sev-minor { --_sev: var(--_minor); }
  .sev-major { --_sev: var(--_major); }
  .sev-critical { --_sev: var(--_critical); }
  .sev-ok { --_sev: var(--_ok); }
  .line {
    flex: 1;
    min-width: 0;
    margin: 0;
    padding: 0.3rem 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.125rem 0.75rem;
  }
  .sev {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    font-weight: 700;
    color: var(--_sev);
    /* "Critical disrupti/on:" at 200 % zoom: the severity word stays whole (the title below may still break). */
    overflow-wrap: normal;
  }
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }
  .next {
    color: var(--_muted);
  }
  .next.late {
    color: var(--_text);
    font-weight: 600;
  }
  a {
    min-width: 0;
    font-weight: 600;
  }
  .also {
    display: flex;
    min-width: 0;
    white-space: pre;
  }
  .also span {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  button {
    flex: none;
    display: inline-grid;
    place-items: center;
    min-width: 44px;
    min-height: 44px;
    margin: -0.25rem -0.5rem -0.25rem 0;
    padding: 0;
    border: 0;
    outline: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  button:hover {
    background: var(--_subtle);
  }
  @media (max-width: 15rem) {
    .banner {
      position: relative;
    }
    .sev {
      flex-basis: 100%;
      padding-inline-end: 40px;
    }
    button {
      position: absolute;
      inset-block-start: calc(var(--_space) * 0.5);
      inset-inline-end: calc(var(--_space) * 0.75);
    }
  }
`;
