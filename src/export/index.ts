/**
 * Every channel from one record: pure functions from a verified status payload to the text of
 * each channel, with measurements (seconds, characters, parts). No Node or DOM imports, so the
 * CLI (`clearline export`) and a web editor showing each channel beside the preview share them.
 *
 *   exportIvr(payload, { lang: 'nl', channel: 'phone', now })   -> { text, ssml, seconds, fits, … }
 *   exportSms(payload, { lang: 'nl', parts: 1 })                 -> { text, encoding, characters, limit, fits, … }
 *   exportSocial(payload)                                         -> { posts: [{ lang, text, length, fits }] }
 *   exportAtom(payload, { lang, previous })                       -> { text, ids, added, corrected }
 *   exportCap(payload)                                            -> { alerts: [{ identifier, msgType, text }] }
 *   exportHtml(payload, { lang })                                 -> { text }
 *   exportEmail(payload, { lang })                                -> { subject, text, html }
 */
export * from './text.js';
export * from './gsm.js';
export { plainText, plainParagraphs, firstSentence, shortenWords } from './plain.js';
export * from './ivr.js';
export * from './sms.js';
export * from './link-warning.js';
export * from './social.js';
export * from './atom.js';
export * from './cap.js';
export * from './html.js';
export * from './email.js';
export * from './email-outage.js';
export * from './sms-outage.js';
export * from './files.js';
export { EXPORT_TERMS, exportTermsFor, type ExportTerms } from './terms.js';

export const EXPORT_FORMATS = ['ivr', 'ssml', 'sms', 'social', 'atom', 'cap', 'html', 'email'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export * from './lint.js';
export * from '../import/index.js';
