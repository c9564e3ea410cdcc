/** The template select's names in the UI language: src/templates/labels.ts, shared with `clearline new incident`. */
export { TEMPLATE_LABELS } from '../../templates/labels.js';
