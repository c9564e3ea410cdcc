/**
 * What `new reason` and `edit reason` share: the FAQ document that says which answers exist (`--faq-file`,
 * as `lint --faq`), the id lists of `--channel` and `--faq`, a reason as the desk reads it, and the last
 * step: the same lint as signing before and after the change, a change that brings an error refused with
 * the error named (feed.json left as it was), else written only if nobody changed the file meanwhile.
 */
import type { TextValue } from '../feed/schema.js';
import { pickText } from '../i18n/lang.js';
import type { UiLanguage } from '../i18n/terms.js';
import { formatFinding, summarize, type Finding } from '../lint/index.js';
import { writeIfUnchanged } from './channel-file.js';
import { CHANNEL_TERMS } from './channel-terms.js';
import { CliError, isObj, json, list, str, type Obj, type Values } from './command.js';
import { deskLanguage, documentLanguage } from './desk-lang.js';
import { exists, fileLanguage, openEnvelope, readJson } from './io.js';
import { lintNow, namedIn, newErrors, ownWords, reportFindings } from './lint-report.js';
import { REASON_TERMS, type ReasonLine, type ReasonTerms } from './reason-terms.js';

/** The FAQ document given with `--faq-file`: its questions by entry id. */
export interface FaqDocument {
  file: string;
  doc: Obj;
  questions: Map<string, TextValue>;
}

/** `--faq-file` of new reason and edit reason; its errors in the desk's language (the feed's). */
export const readFaqFile = async (v: Values, lang?: UiLanguage): Promise<FaqDocument | undefined> => (str(v['faq-file']) === undefined ? undefined : readFaqDocument(str(v['faq-file'])!, lang));

/**
 * An FAQ document (or its signed .jws.json, read without checking: only its ids and questions are used);
 * its errors in `lang` (the studio's), else in the file's own language (io.ts).
 */
export async function readFaqDocument(file: string, lang?: UiLanguage): Promise<FaqDocument> {
  const doc = await openEnvelope(await readJson(file, 'the FAQ document', lang), file, lang ?? (await fileLanguage(file)));
  if (!isObj(doc) || doc.type !== 'faq' || !Array.isArray(doc.entries)) {
    const nl = (lang ?? deskLanguage(doc)) === 'nl';
    throw new CliError(nl ? `${file} is geen FAQ-document ("type": "faq"); geef het bestand dat clearline faq build maakte (of de .jws.json ervan)` : `${file} is not an FAQ document ("type": "faq"); give the one clearline faq build made (or its .jws.json)`, 1, 'invalid');
  }
  const questions = new Map<string, TextValue>();
  for (const e of doc.entries) if (isObj(e) && typeof e.id === 'string') questions.set(e.id, e.question as TextValue);
  return { file, doc, questions };
}

/** `--channel`/`--faq` values as ids without doubles (comma-separated works too); [] for "none" (the link is dropped). */
export async function idsOption(v: Values, key: 'channel' | 'faq', t: ReasonTerms): Promise<string[] | undefined> {
  if (v[key] === undefined) return undefined;
  const ids = [...new Set(list(v[key]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))];
  if (ids.length === 1 && /^(none|geen|-)$/i.test(ids[0]!)) return [];
  // `--faq faq.json`, as lint takes it: the file, where the ids were meant.
  const file = key === 'faq' ? ids.find((id) => /\.json$/i.test(id)) : undefined;
  if (file && (await exists(file))) throw new CliError(t.faqIsFile(file));
  return ids;
}

/** A reason as the desk reads it: its name in the desk's language. */
export function reasonLine(r: Obj, lang: UiLanguage): ReasonLine {
  const ids = (k: string) => (Array.isArray(r[k]) ? (r[k] as unknown[]).map(String) : []);
  return { id: String(r.id), name: pickText(r.label as TextValue, lang) || String(r.id), urgent: r.urgent === true, timeCritical: r.urgent !== true && r.time_critical === true, channels: ids('channels'), faq: ids('faq') };
}

/** "pension-late (Mijn pensioen is niet op mijn rekening), address (Mijn adres is veranderd)": what to give --id. */
export function reasonList(reasons: readonly Obj[], lang: UiLanguage): string {
  return reasons.filter(isObj).map((r) => `${String(r.id)} (${reasonLine(r, lang).name})`).join(', ') || '-';
}

/** An FAQ answer's question in the desk's language; undefined when the FAQ has no such answer. */
export const questionOf = (faq: FaqDocument, id: string, lang: UiLanguage) => (faq.questions.has(id) ? pickText(faq.questions.get(id), lang) : undefined);

/** The FAQ's answers as `id (question)`, in the desk's language. */
const entryList = (faq: FaqDocument, lang: UiLanguage) => [...faq.questions].map(([id, q]) => `${id} (${pickText(q, lang)})`).join(', ') || '-';

export interface ReasonChange {
  file: string;
  original: string;
  feed: Obj;
  updated: Obj;
  done: 'added' | 'changed' | 'removed';
  /** The reason as it is now (as it was, when removed). */
  reason: Obj;
  /** Its index in `updated.contact_reasons`; undefined when it was removed. */
  at?: number;
  faq?: FaqDocument;
  json: boolean;
}

/** Lints, refuses or writes, and tells the desk what happened and what lint says about the reason. */
export async function commitReason(c: ReasonChange): Promise<void> {
  // The feed's language after the change: a new feed's first reason makes it Dutch (or English), as it then is.
  const lang = documentLanguage(c.updated) ?? deskLanguage(c.feed);
  const t = REASON_TERMS[lang];
  const now = Date.now();
  const before = lintNow(c.feed, now, { lang, faq: c.faq?.doc });
  const findings = lintNow(c.updated, now, { lang, faq: c.faq?.doc });
  const brought = ownWords(newErrors(before, findings));
  if (brought.length) {
    const lines = brought.map((f) => namedIn(formatFinding(f, lang, c.updated), c.file));
    if (c.faq && brought.some((f) => f.rule === 'reason-entry-unknown')) lines.push(t.entries(c.faq.file, entryList(c.faq, lang)));
    throw new CliError(`${t.refused(c.done, c.file)}\n${lines.join('\n')}`, 1, 'invalid');
  }
  await writeIfUnchanged(c.file, c.original, c.updated, 'reason', c.done, lang);
  if (c.json) return console.log(json({ feed: c.file, reason: c.done === 'removed' ? null : c.reason, removed: c.done === 'removed' ? c.reason.id : null, findings }));
  const line = reasonLine(c.reason, lang);
  console.log(t[c.done](line, c.file));
  if (c.done === 'removed') return;
  console.log(t.line(line));
  if (line.faq.length && c.faq) {
    console.log(t.answers);
    for (const id of line.faq) console.log(`  ${id}: ${questionOf(c.faq, id, lang) ?? t.notInFaq(c.faq.file)}`);
  } else if (line.faq.length) console.log(t.unchecked(c.file));
  // The reason's own findings in full; the rest of the feed as one line, as new channel does.
  const at = `contact_reasons/${c.at}`;
  const here = findings.filter((f: Finding) => f.path === at || f.path.startsWith(`${at}/`));
  reportFindings(here, c.file, undefined, lang, c.updated);
  const others = summarize(findings.filter((f) => !here.includes(f)));
  if (others.errors + others.warnings) console.error(CHANNEL_TERMS[lang].elsewhere(c.file, others.errors, others.warnings));
}
