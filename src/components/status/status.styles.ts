import { css } from 'lit';

// Notes on rules below (kept out of the CSS text, which ships as written):
// - `.bar` outline: invisible, but drawn in Windows High Contrast, where the bars' grey fill is forced away.
// - `.emergency`: Emergency lines: first, set apart by a thick border in the critical colour and a label, never by colour alone.
// - `.group-title`: "Act now if…" and "Can wait" are headings a level below "What you can do", as in the help dialog, so heading navigation reaches them (trial I); bold and on one line as the <strong> they were.
// - `.emergency-label`: "IN AN EMERGENC/Y" at 200 % zoom: the label's words stay whole while they fit; a word wider than the
//   whole box (large text on a phone) breaks rather than widen the page (`normal` did, by 9 px at 200 % zoom, 5 px in 32 px text);
//   on a screen under 15rem (a phone at 200 % zoom) it is the size of the text, unspaced, in a box with less padding, so
//   "EMERGENCY" still fits the demo energy page's card there. There (the last rule, to win over those above) the cards' and
//   the box's padding shrink and the line's name is the size of the text: with 16 px padding "Gasstoring" and "emergency"
//   (18 px) broke mid-word in 87 px.
// - `::slotted([hidden])`: the site's fallback words carry `hidden` so they stay out of sight until the element loads;
//   shown only where the unknown state puts their slot, `!important` so a page's `[hidden] { display: none !important }` cannot hide them there.
// - Headings under 15rem (a phone at 200 % zoom): the size of the text, still bold. At 1.5em a hospital's title broke as
//   "Storing / compute / rsystee / m: / spoede / ende" in a 125 px card (trial Q); now only a word wider than the card breaks.
//   Also under 18rem of the page's own text size (a 360 px phone with text at 200 %, which no media query sees: their rem is
//   the browser's 16 px): `(100vw - 18rem) * 9` is below 1em there, so h2 is the text's size and the cards' padding 0.5rem.
//   At 48 px the title broke as "Cyberat / tack" (trial X); "IN AN EMERGENC / Y" (trial Y) the same way: the label and its box too.
// - `.root`, `.incident`: one column, as wide as the element, never as wide as its widest unbreakable content.
export const statusStyles = css`
  .root {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    background: var(--_bg);
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 0;
    line-height: 1.25;
  }
  .notice {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.75rem var(--_space);
    border: 2px solid var(--_minor);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .notice p {
    margin: 0;
  }
  .state {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state p {
    margin: 0.25rem 0 0;
    color: var(--_muted);
  }
  .ok {
    color: var(--_ok);
  }
  .unknown-state {
    color: var(--_muted);
  }
  slot[name='fallback'] {
    display: block;
    color: var(--_text);
  }
  ::slotted(*) {
    margin: 0.25rem 0 0;
  }
  ::slotted([hidden]) {
    display: block !important;
  }
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-top: 0.1em;
  }
  .incident {
    border: 1px solid var(--_border);
    border-left: 6px solid var(--_sev);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_space);
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  .sev-info { --_sev: var(--_info); }
  .sev-minor { --_sev: var(--_minor); }
  .sev-major { --_sev: var(--_major); }
  .sev-critical { --_sev: var(--_critical); }
  .sev-ok { --_sev: var(--_ok); }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    font-weight: 700;
    color: var(--_sev);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .phase {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  .phase .icon {
    width: 1.05em;
    height: 1.05em;
    margin-top: 0;
  }
  .meta .badge {
    font-size: calc(1em / 0.9375);
  }
  .part :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1em;
  }
  .md > :first-child { margin-top: 0.25rem; }
  .md > :last-child { margin-bottom: 0; }
  .affects {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .affects li {
    padding: 0 0.5rem;
    border-radius: 0.75rem;
    background: var(--_subtle);
    border: 1px solid var(--_border);
    font-size: 0.9375em;
  }
  .next {
    margin: 0;
    font-weight: 600;
  }
  .overdue {
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_subtle);
    border: 2px dashed var(--_major);
  }
  .group {
    border-radius: var(--_radius);
    padding: 0.75rem;
  }
  .group.urgent {
    border: 2px solid var(--_sev);
    background: var(--_subtle);
  }
  .group.later {
    border: 1px solid var(--_border);
  }
  .group-title {
    line-height: inherit;
  }
  .group p.lead {
    margin: 0.25rem 0 0.5rem;
    color: var(--_muted);
  }
  ul.list {
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5rem;
  }
  .who {
    display: block;
    font-weight: 700;
  }
  .detail {
    color: var(--_muted);
  }
  .detail > :first-child { margin-top: 0; }
  .detail > :last-child { margin-bottom: 0; }
  details > summary {
    cursor: pointer;
    color: var(--_link);
    min-height: 24px;
  }
  .timeline {
    margin: 0.5rem 0 0;
    padding-left: 1rem;
    border-left: 2px solid var(--_border);
  }
  .timeline li {
    margin-bottom: 0.5rem;
  }
  .channels {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  .self-service {
    margin-top: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .self-service p {
    margin: 0;
    font-weight: 600;
  }
  .self-service ul.list {
    margin-top: 0.25rem;
    gap: 0.25rem;
  }
  .channel a {
    font-weight: 600;
  }
  .emergency {
    margin-top: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 3px solid var(--_critical);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .emergency-label {
    margin: 0;
    overflow-wrap: break-word;
    font-weight: 700;
    /* Capitals to the eye only: text-transform reaches the accessibility tree, where "BIJ NOOD" may be spelled out. */
    font-variant-caps: all-small-caps;
    letter-spacing: 0.04em;
    font-size: 1.25em;
    line-height: 1.05;
  }
  .emergency ul.list {
    margin-top: 0.25rem;
  }
  div.is-emergency + div {
    margin-top: 0.5rem;
  }
  .is-emergency a {
    font-size: 1.125em;
  }
  .when {
    display: block;
    font-weight: 600;
  }
  .purpose {
    display: block;
  }
  .channels > ul.list {
    margin-top: 0.75rem;
  }
  .wait {
    display: block;
    color: var(--_muted);
  }
  .skeleton {
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: 9rem;
  }
  .bar {
    height: 1rem;
    border-radius: 4px;
    background: var(--_subtle);
    outline: 1px solid transparent;
    animation: pulse 1.6s ease-in-out infinite;
  }
  .bar.title { width: 60%; height: 1.4rem; }
  .bar.short { width: 40%; }
  @keyframes pulse {
    50% { opacity: 0.5; }
  }
  .publisher {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  h2 { font-size: clamp(1em, (100vw - 18rem) * 9, 1.5em); }
  .emergency-label { font-size: clamp(1em, (100vw - 18rem) * 9, 1.25em); }
  .emergency { padding-inline: clamp(0.375rem, (100vw - 18rem) * 9, 0.75rem); }
  .state, .incident, .channels, .skeleton { padding: clamp(0.5rem, (100vw - 18rem) * 9, var(--_space)); }
  @media (max-width: 15rem) {
    h1, h2, h3, h4, h5, h6 { font-size: 1em; }
    .emergency { padding-inline: 0.375rem; }
    .emergency-label { font-size: 1em; letter-spacing: 0; }
    .is-emergency a { font-size: 1em; }
  }
`;
