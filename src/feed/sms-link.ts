/**
 * A text-message link, for a channel of kind `sms` only (trial T: a US co-op's storm line "Text OUT to (316) 555-0142",
 * a UK council's text-to-report number, an SMS number for deaf callers): `sms:` and the number as in a `tel:` link,
 * with at most a plain-text `?body=` (the keyword people send, percent-encoded: letters, digits, `._~-`, `%XX`).
 * Before, only a phone channel could carry the number, and tapping its `tel:` link dialled the jammed lines.
 * Pure: no DOM.
 */

/** The `sms:` links a feed may carry (the schema and lint use it; readers check it again: content/links.ts smsParts). */
export const SMS_LINK_PATTERN = /^sms:\+?[0-9][0-9 ().-]{2,30}(?:\?body=(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2}){1,160})?$/;
