import { css } from 'lit';
import { foldStyles } from './fold.styles.js';
import { paceStyles } from './preview-pace.styles.js';

/**
 * Layout of the editor: form and preview side by side on wide screens, stacked on a phone.
 * `#f-template` has a set width (max-width 100% like every field): sized by its longest label, Chromium drew
 * it 1 px wider or narrower from one build of the Storybook to the next, which failed the visual test.
 */
export const editorStyles = css`
  ${foldStyles}
  ${paceStyles}
  .root {
    background: var(--_bg);
    padding: var(--_space);
    max-width: 90rem;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.4rem;
  }
  h3 {
    font-size: 1.1rem;
    margin: 1rem 0 0.5rem;
  }
  section,
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    margin: 0 0 1rem;
    background: var(--_surface);
  }
  fieldset.switch {
    border: none;
    padding: 0;
    margin: 0;
    background: none;
  }
  /* A contact reason's channels (reasons.ts): one tick per channel, side by side where they fit. */
  fieldset.reason-channels,
  fieldset.choices {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.25rem;
    margin: 0.5rem 0;
  }
  fieldset.reason-channels legend,
  fieldset.choices legend,
  fieldset.choices .hint,
  fieldset.reason-channels .hint,
  fieldset.reason-channels .findings {
    flex-basis: 100%;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  /* Said to screen readers only: where a moved channel went (channels.ts), a folded section's legend (fold.styles.ts). */
  .vh,
  details.fold > fieldset > legend {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .incidents ul,
  .suggestions ul {
    list-style: none;
    padding: 0;
    margin: 0 0 0.75rem;
  }
  .incidents li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .incidents .title {
    font-weight: 600;
  }
  .when {
    color: var(--_muted);
  }
  .when.late,
  .problem,
  .findings .error {
    color: var(--_critical);
  }
  .findings {
    margin: 0.25rem 0 0;
    padding-left: 1.1rem;
    font-size: 0.9rem;
  }
  .findings .warning,
  .incidents .stale {
    color: var(--_minor);
  }
  .incidents .stale {
    flex-basis: 100%;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  .workspace {
    display: grid;
    gap: 1rem;
    grid-template-columns: minmax(0, 1fr);
    margin-top: 1rem;
  }
  @media (min-width: 1100px) {
    .workspace {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    .preview {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow: auto;
    }
  }
  .form {
    min-width: 0;
  }
  .langs {
    display: grid;
    gap: 0.5rem 1rem;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    margin: 0 0 0.75rem;
    min-width: 0;
  }
  label {
    font-weight: 600;
  }
  label.check {
    font-weight: normal;
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
    min-height: 44px;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  input[type='text'],
  input[type='number'],
  textarea,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: 6px;
    padding: 0.45rem 0.5rem;
    min-height: 44px;
    box-sizing: border-box;
    max-width: 100%;
  }
  textarea {
    resize: vertical;
  }
  textarea.grow {
    field-sizing: content;
  }
  #f-template {
    inline-size: 16rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_critical);
    border-width: 2px;
  }
  button {
    font: inherit;
    min-height: 44px;
    padding: 0.4rem 0.9rem;
    border-radius: 6px;
    border: 1px solid var(--_link);
    background: var(--_surface);
    color: var(--_link);
    cursor: pointer;
  }
  button.primary {
    background: var(--_link);
    color: var(--_surface);
    font-weight: 600;
  }
  button.quiet {
    border-color: var(--_border);
    color: var(--_text);
  }
  button[hidden] {
    display: none;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .quick {
    display: inline-flex;
    gap: 0.4rem;
    flex-wrap: wrap;
  }
  .item {
    border-top: 1px solid var(--_border);
    padding-top: 0.5rem;
    margin-top: 0.5rem;
  }
  .suggestions li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    padding: 0.25rem 0;
  }
  .suggestions li span {
    flex: 1 1 14rem;
  }
  .channel-name {
    font-weight: 600;
    margin: 0;
  }
  .frame {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
    margin-top: 0.75rem;
    background: var(--_bg);
  }
  .frame.phone {
    max-width: 360px;
  }
  .channel-preview figure {
    margin: 0.5rem 0 0;
  }
  .channel-preview figcaption {
    font-weight: 600;
  }
  .email-preview blockquote {
    white-space: pre-wrap;
  }
  .channel-preview blockquote {
    margin: 0.25rem 0 0;
    padding: 0.5rem;
    background: var(--_subtle);
    border-radius: 6px;
  }
  .outcome pre {
    white-space: pre-wrap;
    background: var(--_subtle);
    padding: 0.5rem;
    border-radius: 6px;
    max-height: 12rem;
    overflow: auto;
  }
  .problem pre {
    color: var(--_text);
    background: var(--_subtle);
    padding: 0.5rem;
    border-radius: 6px;
    overflow-x: auto;
  }
  .blocked,
  .conflict {
    border-left: 4px solid var(--_critical);
    padding-left: 0.75rem;
  }
  .notes,
  .kept {
    border-left: 4px solid var(--_minor);
    padding-left: 0.75rem;
  }
  .kept {
    margin-block-end: 1rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
