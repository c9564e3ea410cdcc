/** Rules about the document as a whole: its schema, its validity window, placeholders anywhere. */
import { DOCUMENT_TYPES, validatePayload } from '../../feed/schema.js';
import { defineRule, type Problem } from '../rule.js';
import { allStrings, isObj } from '../walk.js';
import { CLARITY_LIMITS } from './limits.js';

/** Placeholders left by `clearline new incident`: `[[TODO: …]]`. */
export const PLACEHOLDER = /\[\[\s*TODO\b[^\]]*\]\]/i;

/** Why no other rule can run on this value at all (not an object, no known type), else undefined. */
export function shapeProblem(doc: unknown): Problem | undefined {
  if (!isObj(doc)) return { path: '(root)', message: 'the document is not a JSON object', fix: 'Start from `clearline new incident` or docs/feed-format.md.' };
  if (!(typeof doc.type === 'string' && doc.type in DOCUMENT_TYPES)) {
    return { path: 'type', message: 'the document needs "type": "status" or "type": "faq"', fix: 'Add "type": "status" for a status feed or "type": "faq" for an FAQ.' };
  }
  return undefined;
}

export const schema = defineRule('schema', 'error', function* ({ doc, kind, now }) {
  // `clearline sign` stamps issued_at, expires_at and seq, so an unsigned draft may leave them out.
  const stamp = { seq: 0, issued_at: new Date(now).toISOString(), expires_at: new Date(now + 3_600_000).toISOString() };
  const valid = validatePayload(kind, { ...stamp, ...doc });
  if (!valid.ok) {
    for (const i of valid.issues) {
      // A missing known/unknown of an open incident is reported once, by its own rule, with a better fix.
      const part = /^incidents\/(\d+)\/(known|unknown)$/.exec(i.path);
      const incident = part && Array.isArray(doc.incidents) ? doc.incidents[Number(part[1])] : undefined;
      if (part && i.message === 'is required' && isObj(incident) && incident.phase !== 'resolved') continue;
      yield { path: i.path, message: i.message, fix: 'Correct this field; `clearline schema` prints the full format.' };
    }
  }
});

export const validityTooLong = defineRule('validity-too-long', 'error', function* ({ doc, kind }) {
  const issued = typeof doc.issued_at === 'string' ? Date.parse(doc.issued_at) : NaN;
  const expires = typeof doc.expires_at === 'string' ? Date.parse(doc.expires_at) : NaN;
  if (kind === 'faq') {
    if (expires - issued > CLARITY_LIMITS.faqValidityMs) yield { path: 'expires_at', message: `expires_at is ${Math.round((expires - issued) / 86_400_000)} days after issued_at; readers accept an FAQ for at most 90 days`, fix: 'Sign the FAQ with --valid 30d (the default) and sign it again when it changes.' };
    return;
  }
  if (!(expires - issued > CLARITY_LIMITS.validityMs)) return;
  const hours = Math.round((expires - issued) / 3_600_000);
  yield {
    path: 'expires_at',
    message: `expires_at is ${hours} hours after issued_at; a feed should be re-signed at least every 24 hours`,
    fix: 'Sign with --valid 24h or less, and re-sign on a schedule with `clearline heartbeat`.',
  };
});

export const placeholder = defineRule('placeholder', 'error', function* ({ doc }) {
  for (const s of allStrings(doc, '')) {
    const m = PLACEHOLDER.exec(s.text);
    if (m) yield { path: s.path, message: `a placeholder is still there: ${m[0].length > 80 ? m[0].slice(0, 77) + '…' : m[0]}`, fix: 'Replace the [[TODO: …]] text with your own words, or remove the field.' };
  }
});
