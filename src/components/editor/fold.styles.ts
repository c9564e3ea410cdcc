import { css } from 'lit';

/** A folded section (fold.ts): its summary is its title, a full-width target; the fieldset inside loses its frame. */
export const foldStyles = css`
  details.fold {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 1rem;
    background: var(--_surface);
  }
  details.fold > summary {
    padding: 0.75rem;
    min-height: 2.75rem;
    box-sizing: border-box;
    cursor: pointer;
  }
  .fold-title {
    font-weight: 600;
  }
  .fold-what {
    color: var(--_muted);
  }
  .problem-said {
    color: var(--_critical);
  }
  details.fold > fieldset {
    border: none;
    margin: 0;
    padding-top: 0;
  }
  /* The summary says the section's name; the legend stays for screen readers (hidden with .vh in editor.styles.ts). */
  /* An update's earlier updates (earlier.ts): newest first, each under a line, its time in bold. */
  .earlier-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .earlier-item {
    border-top: 1px solid var(--_border);
    padding: 0.5rem 0;
  }
  .earlier-when {
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  .earlier-text {
    display: block;
    margin: 0 0 0.5rem;
  }
`;
