import { css } from 'lit';

/** Contact reasons, channels and "Did this answer your question?" (help launcher and FAQ). */
export const contactStyles = css`
  .contact {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .contact ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .contact :is(h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.25;
  }
  .contact .reason-heading {
    font-size: 1.2em;
  }
  .contact .reason-heading:focus {
    outline: none;
  }
  button.reason,
  button.fb,
  button.back {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.6rem 0.9rem;
    min-height: 44px;
    cursor: pointer;
    text-align: start;
  }
  button.reason {
    width: 100%;
    font-weight: 600;
  }
  button.reason.urgent {
    border-color: var(--_critical);
    border-inline-start-width: 6px;
  }
  button.back {
    justify-self: start;
    border: 0;
    padding-inline: 0;
    color: var(--_link);
    text-decoration: underline;
    background: transparent;
  }
  button.reason:hover,
  button.fb:hover {
    border-color: var(--_link);
  }
  .group {
    display: grid;
    gap: 0.4rem;
  }
  .group.emergency {
    border-inline-start: 4px solid var(--_critical);
    padding-inline-start: 0.75rem;
  }
  .channel {
    display: grid;
    gap: 0.1rem;
  }
  .channel a {
    font-weight: 600;
  }
  .channel .wait,
  .soon {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .answers .entry {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.75rem;
    background: var(--_surface);
  }
  .answers button.question {
    all: unset;
    cursor: pointer;
    display: block;
    padding: 0.5em 0;
    font-weight: 600;
    color: var(--_link);
    text-decoration: underline;
  }
  .answers button.question:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .feedback {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  .feedback > p {
    margin: 0;
    flex-basis: 100%;
  }
  .feedback > .contact {
    flex-basis: 100%;
  }
  /* Who an action is for, on its own line above it, as in <clearline-status> (not run into the action). */
  .actions .who {
    display: block;
    font-weight: 700;
  }
  /* Several incidents' next updates under a reason: one line each, after its incident's title, then "you need not call". */
  .next-line.named,
  .soon {
    display: block;
  }
`;
