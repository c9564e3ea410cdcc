/**
 * SMS length rules (3GPP TS 23.038): text that fits the GSM 7-bit alphabet takes 160 characters
 * in one message (153 per part when concatenated; the escaped characters such as € count twice);
 * one character outside it (ë, ï, an emoji) makes the whole message UCS-2: 70 per message, 67 per
 * part, counted in UTF-16 code units (an emoji is two).
 */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENDED = '^{}\\[~]|€\f';
const BASIC_SET = new Set(BASIC);
const EXTENDED_SET = new Set(EXTENDED);

export const SMS_LIMITS = { gsm7: { single: 160, part: 153 }, ucs2: { single: 70, part: 67 } } as const;
export type SmsEncoding = keyof typeof SMS_LIMITS;

/** Typographic characters with a plain GSM-7 equivalent, replaced so one curly quote does not halve the budget. */
const PLAIN: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '“': '"', '”': '"', '„': '"', '–': '-', '—': '-', '…': '...', '\u00a0': ' ', '\u202f': ' ' };

/**
 * A letter with an accent the GSM alphabet lacks, as its plain letter: the Irish "Gardaí", "Dún Laoghaire" and the Dutch
 * "geïnformeerd" made the whole message UCS-2 (70 characters, not 160), so an Irish gas network's fraud SMS lost "call the
 * Gardaí on 112 or 999" with 57 characters free (trial W); SMS writers there drop the fada as Dutch ones the trema.
 * Letters the alphabet has (é, ü, ñ, à, Ç…) stay; anything else (an emoji) still makes the message UCS-2.
 */
function plainLetter(c: string): string {
  if (BASIC_SET.has(c) || EXTENDED_SET.has(c)) return c;
  const base = c.normalize('NFD').replace(/\p{M}+/gu, '');
  return base.length === 1 && BASIC_SET.has(base) ? base : c;
}

// The SMS is made a few dozen times per call beside another open incident (sms-also.ts), each time writing the same texts
// again: each is written once (at most a few thousand kept), the same text as before.
const written = new Map<string, string>();
export function toSmsText(text: string): string {
  let said = written.get(text);
  if (said === undefined) {
    said = text.replace(/[‘’‚“”„–—…\u00a0\u202f]/g, (c) => PLAIN[c] ?? c).replace(/\p{L}\p{M}*/gu, plainLetter);
    if (written.size >= 4000) written.clear();
    written.set(text, said);
  }
  return said;
}

export function smsEncoding(text: string): SmsEncoding {
  for (const c of text) if (!BASIC_SET.has(c) && !EXTENDED_SET.has(c)) return 'ucs2';
  return 'gsm7';
}

/** Length in the unit that counts: septets for GSM-7, UTF-16 code units for UCS-2. */
export function smsUnits(text: string, encoding = smsEncoding(text)): number {
  if (encoding === 'ucs2') return text.length;
  let n = 0;
  for (const c of text) n += EXTENDED_SET.has(c) ? 2 : 1;
  return n;
}

/** The most units `parts` messages can carry in this encoding. */
export function smsBudget(encoding: SmsEncoding, parts: number): number {
  const l = SMS_LIMITS[encoding];
  return parts <= 1 ? l.single : l.part * parts;
}

/** How many messages the text takes. */
export function smsParts(text: string): number {
  const encoding = smsEncoding(text);
  const units = smsUnits(text, encoding);
  const l = SMS_LIMITS[encoding];
  return units <= l.single ? 1 : Math.ceil(units / l.part);
}

/** Whether `text` fits in `parts` messages. */
export function smsFits(text: string, parts = 1): boolean {
  const encoding = smsEncoding(text);
  return smsUnits(text, encoding) <= smsBudget(encoding, parts);
}

/**
 * An action label pasted from Word keeps its bullet ("•⇥Is uw vlucht geannuleerd? …"): that one character made an airline's
 * whole Dutch SMS UCS-2, 70 characters instead of 160, and it lost its action while the English one kept it (trial S).
 * The SMS leaves a leading bullet out.
 */
export const withoutBullet = (label: string): string => label.replace(/^[\s•●▪◦‣∙·]+(?=\S)/u, '').trim();
