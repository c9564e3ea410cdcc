import { css } from 'lit';

// Notes on rules below (kept out of the CSS text, which ships as written):
// - `.contacts li`: Each link is a 44 px tap target (padding on the inline link, items spaced to match), and a label that wraps keeps ordinary line spacing.
// - `font-size: max(16px, 1em)`: no zoom-on-focus on phones
// - `.answer > :is(h2, …)`: the parts of an open incident found by a search (incident-result.ts, trial Q), "What we know"…
// - `.now`: the incident going on, first in the no-answer box (no-answer-now.ts, trials Q, S): opens like a question, but is not one of the questions the arrow keys move along
// - `.outdated`: an answer that does not hold now (faq_outdated, trial Q): said in bold words, not a colour
// - search field `border: var(--_muted)`: its edge is all that shows where to type, so it needs 3:1 (WCAG 1.4.11); --_border is a divider grey (1.6:1)
export const faqStyles = css`
  .root {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    background: var(--_bg);
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 0;
    line-height: 1.25;
    font-size: 1.05em;
  }
  .section-heading {
    font-size: 1.15em;
    margin-top: calc(var(--_space) * 0.5);
  }
  .search {
    display: grid;
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
  }
  .hint,
  .count,
  .last-checked {
    margin: 0;
    color: var(--_muted);
    font-size: 0.95em;
  }
  input[type='search'] {
    font: inherit;
    font-size: max(16px, 1em);
    padding: 0.6em 0.75em;
    border: 2px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    min-height: 44px;
    box-sizing: border-box;
    width: 100%;
  }
  ul.list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .entry {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.25rem 0.75rem;
  }
  .entry.incident {
    border-left: 4px solid var(--_major);
  }
  .question,
  .now {
    all: unset;
    box-sizing: border-box;
    display: block;
    width: 100%;
    min-height: 44px;
    padding: 0.5rem 0;
    cursor: pointer;
    font-weight: 600;
    color: var(--_text);
  }
  .question:focus-visible,
  .now:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Decoration only: the empty alternative text keeps the arrow out of the question's accessible name (aria-expanded says open or closed). */
  .question::before,
  .now::before {
    content: '▸ ' / '';
    color: var(--_muted);
  }
  [aria-expanded='true']::before {
    content: '▾ ' / '';
  }
  .snippet {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }
  .outdated {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }
  mark {
    background: var(--_mark);
    color: var(--_text);
    border-radius: 2px;
    padding: 0 1px;
  }
  .answer {
    padding-bottom: 0.5rem;
  }
  .answer .md > :first-child {
    margin-top: 0;
  }
  .answer > :is(h2, h3, h4, h5, h6) {
    margin: 0.75rem 0 0.25rem;
    font-size: 1em;
  }
  .copy,
  .more,
  .fb,
  .reason,
  .back {
    font: inherit;
    font-size: 0.95em;
    min-height: 44px;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_text);
    cursor: pointer;
  }
  .copied {
    margin: 0.25rem 0 0;
    font-size: 0.95em;
  }
  .feedback {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .feedback > p,
  .feedback > .no-answer {
    margin: 0;
    flex-basis: 100%;
  }
  .reasons {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .reason {
    width: 100%;
    text-align: start;
    font-weight: 600;
  }
  .reason.urgent {
    border-color: var(--_critical);
    border-inline-start-width: 6px;
  }
  .fb:hover,
  .reason:hover {
    border-color: var(--_link);
  }
  .no-answer,
  .notice {
    padding: 0.75rem var(--_space);
    border: 2px solid var(--_info);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .notice {
    border-color: var(--_minor);
  }
  .no-answer p,
  .notice p {
    margin: 0 0 0.25rem;
  }
  .contacts {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  .contacts li {
    display: list-item;
    padding-block: 0.75rem;
    line-height: 1.4;
  }
  .contacts a {
    padding-block: 0.9rem;
  }
`;
