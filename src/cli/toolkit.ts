/** The publisher's toolkit: new incident, update, lint, heartbeat, faq build. */
import { access, readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { decodeBase64url, decodeUtf8 } from '../feed/base64url.js';
import { publicJwk } from '../feed/keys.js';
import { PHASES, validatePayload, type DocumentKind, type Phase, type TextValue } from '../feed/schema.js';
import { parseDuration, signPayload } from '../feed/sign.js';
import { postUpdate } from '../feed/update.js';
import { verifyDocument } from '../feed/verify.js';
import { formatFinding, lintDocument, summarize, type Finding } from '../lint/index.js';
import { incidentFromTemplate, TEMPLATE_LANGUAGES, TEMPLATE_NAMES, type TemplateLanguage, type TemplateName } from '../templates/index.js';
import type { Command } from './commands.js';
import { channelFindings } from './export.js';
import { buildEntries, type FaqSource } from './faq.js';
import { CliError, fromFeedError, readJson, readKeys, writeText } from './io.js';

type Obj = Record<string, unknown>;

const json = (v: unknown) => JSON.stringify(v, null, 2);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : []);
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Lints with the local time zone, so "you promised an update at 14:00" is in the publisher's clock. */
export function lintNow(doc: unknown, now = Date.now()): Finding[] {
  return lintDocument(doc, { now, timeZone: localZone() });
}

/** Prints findings to standard error, errors first. */
export function reportFindings(findings: readonly Finding[], file: string, print: (line: string) => void = console.error): void {
  if (!findings.length) return;
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const { errors, warnings } = summarize(findings);
  print(`${file}: ${errors} error(s), ${warnings} warning(s)`);
  for (const f of sorted) print(formatFinding(f));
}

/** Accepts a document or a signed envelope (whose payload is linted without checking the signature). */
function unwrap(value: unknown): unknown {
  if (isObj(value) && typeof value.payload === 'string' && Array.isArray(value.signatures)) {
    try {
      return JSON.parse(decodeUtf8(decodeBase64url(value.payload, 'payload'), 'payload'));
    } catch {
      throw new CliError('the envelope payload is not base64url JSON', 1, 'invalid');
    }
  }
  return value;
}

export const lint: Command = {
  name: 'lint',
  summary: 'check a feed or FAQ document for the mistakes that make customers call',
  usage: 'clearline lint [--strict] [--json] [--for sms,ivr,social [--parts N]] feed.json',
  options: {
    strict: { type: 'boolean', help: 'exit 1 when there are warnings (errors always exit 2)' },
    json: { type: 'boolean', help: 'print {ok, errors, warnings, findings} as JSON' },
    for: { type: 'string', help: 'also check that every text fits these channels: sms, ivr, social (comma-separated)' },
    parts: { type: 'string', help: 'with --for sms: how many concatenated messages may be used (default 1)' },
  },
  async run(v, [file]) {
    if (!file) throw new CliError('give the document to check, e.g. clearline lint feed.json');
    const doc = unwrap(await readJson(file, 'the document'));
    const findings = [...lintNow(doc), ...channelFindings(doc, str(v.for), str(v.parts))];
    const { errors, warnings } = summarize(findings);
    if (v.json) console.log(json({ ok: errors === 0, errors, warnings, findings }));
    else if (!findings.length) console.log(`${file}: no problems found`);
    else reportFindings(findings, file, console.log);
    if (errors) throw new CliError(`${errors} error(s): fix them before you sign`, 2, 'lint');
    if (warnings && v.strict) throw new CliError(`${warnings} warning(s) (--strict)`, 1, 'lint');
  },
};

function parseLangs(v: unknown, fallback: readonly string[] = []): string[] {
  const langs = list(v).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  return langs.length ? [...new Set(langs)] : [...fallback];
}

export const newIncident: Command = {
  name: 'new incident',
  summary: 'add an incident skeleton from a template to a feed (creating the feed when absent)',
  usage: `clearline new incident --template ${TEMPLATE_NAMES.join('|')} --id ID [--lang nl,en] [--feed feed.json] [--feed-id ID --publisher NAME --publisher-url URL]`,
  options: {
    template: { type: 'string', help: `one of ${TEMPLATE_NAMES.join(', ')}` },
    id: { type: 'string', help: 'the incident id, e.g. storm-2026-11-23' },
    lang: { type: 'string', help: 'languages, comma-separated (default nl,en)' },
    feed: { type: 'string', help: 'the feed file to add to (default feed.json); made when absent' },
    'feed-id': { type: 'string', help: 'feed_id for a new feed (required when the feed file does not exist)' },
    publisher: { type: 'string', help: 'publisher name for a new feed' },
    'publisher-url': { type: 'string', help: 'publisher https: URL for a new feed' },
    json: { type: 'boolean', help: 'print {feed, incident, created, placeholders} as JSON' },
  },
  async run(v) {
    const template = str(v.template) as TemplateName | undefined;
    if (!template || !(TEMPLATE_NAMES as readonly string[]).includes(template)) throw new CliError(`give --template ${TEMPLATE_NAMES.join('|')}`);
    const id = str(v.id);
    if (!id) throw new CliError('give the incident an --id, e.g. --id storm-2026-11-23');
    const langs = parseLangs(v.lang, TEMPLATE_LANGUAGES);
    const unsupported = langs.filter((l) => !(TEMPLATE_LANGUAGES as readonly string[]).includes(l));
    if (unsupported.length) throw new CliError(`the templates are written in ${TEMPLATE_LANGUAGES.join(' and ')}; no text for ${unsupported.join(', ')}`);
    const file = str(v.feed) ?? 'feed.json';
    const created = !(await exists(file));
    let feed: Obj;
    if (created) {
      const feedId = str(v['feed-id']);
      if (!feedId) throw new CliError(`${file} does not exist; give --feed-id ID (the id your embed pins) to create it`);
      feed = {
        type: 'status',
        version: 1,
        feed_id: feedId,
        publisher: { name: str(v.publisher) ?? '[[TODO: your organisation]]', url: str(v['publisher-url']) ?? 'https://example.com/[[TODO:your-website]]' },
        channels: [],
        incidents: [],
      };
    } else {
      const raw = await readJson(file, 'the feed');
      if (!isObj(raw) || raw.type !== 'status') throw new CliError(`${file} is not a status feed ("type": "status")`, 1, 'invalid');
      feed = raw;
    }
    const incidents = Array.isArray(feed.incidents) ? (feed.incidents as Obj[]) : [];
    if (incidents.some((i) => i.id === id)) throw new CliError(`${file} already has an incident "${id}"; pick another --id or use clearline update`);
    const incident = incidentFromTemplate(template, { id, langs: langs as TemplateLanguage[] });
    feed.incidents = [incident, ...incidents];
    for (const k of ['issued_at', 'expires_at', 'seq']) delete feed[k];
    await writeText(file, json(feed) + '\n');
    const placeholders = lintNow(feed).filter((f) => f.rule === 'placeholder').map((f) => f.path);
    if (v.json) return console.log(json({ feed: file, incident: id, template, created, placeholders }));
    console.log(`${created ? 'Created' : 'Updated'} ${file}: incident "${id}" from the ${template} template (${langs.join(', ')}).`);
    console.log(`Replace the ${placeholders.length} [[TODO: …]] placeholder(s), then run: clearline lint ${file}`);
    for (const p of placeholders) console.log(`  ${p}`);
  },
};

/**
 * Parses `+30m`, `HH:MM` (the next such local clock time, within 24 hours) or an ISO time.
 */
export function parseNextUpdate(input: string, now = Date.now()): string {
  const s = input.trim();
  if (s.startsWith('+')) {
    try {
      return iso(now + parseDuration(s.slice(1)));
    } catch {
      throw new CliError(`--next-update ${input}: use +30m, +1h, 14:30 or an ISO time`);
    }
  }
  const hm = /^(\d{1,2}):(\d{2})$/.exec(s);
  if (hm) {
    const [h, m] = [Number(hm[1]), Number(hm[2])];
    if (h > 23 || m > 59) throw new CliError(`--next-update ${input} is not a clock time`);
    const d = new Date(now);
    d.setHours(h, m, 0, 0);
    if (d.getTime() <= now) d.setDate(d.getDate() + 1);
    return iso(d.getTime());
  }
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(s) ? Date.parse(s) : NaN;
  if (Number.isNaN(ms)) throw new CliError(`--next-update ${input}: use +30m, +1h, 14:30 or an ISO time such as 2026-11-23T14:30:00Z`);
  return iso(ms);
}

/** New text for a part: one value per language given with --lang, or a plain string. */
function newText(texts: string[], langs: string[], current: unknown, part: string): unknown {
  if (!texts.length) return undefined;
  if (!langs.length) {
    if (texts.length > 1) throw new CliError(`several --${part} texts need --lang, e.g. --lang nl,en --${part} "…" --${part} "…"`);
    if (isObj(current) && Object.keys(current).length > 1) {
      throw new CliError(`${part} is written in ${Object.keys(current).join(', ')}; give --lang ${Object.keys(current).join(',')} and one --${part} per language`);
    }
    return isObj(current) && Object.keys(current).length === 1 ? { [Object.keys(current)[0]!]: texts[0] } : texts[0];
  }
  if (texts.length !== langs.length) throw new CliError(`--lang names ${langs.length} language(s) but --${part} was given ${texts.length} time(s); give one --${part} per language, in the same order`);
  const value = Object.fromEntries(langs.map((l, i) => [l, texts[i]!]));
  const missing = isObj(current) ? Object.keys(current).filter((l) => !(l in value)) : [];
  if (missing.length) throw new CliError(`${part} is also written in ${missing.join(', ')}; give text for every language so no reader gets an old message`);
  return value;
}

export const update: Command = {
  name: 'update',
  summary: 'publish a new update of an incident: earlier text moves to its history',
  usage: 'clearline update feed.json --incident ID [--lang nl,en] [--known TEXT]... [--unknown TEXT]... [--next-update +30m|HH:MM|ISO] [--phase PHASE] [--resolve]',
  options: {
    incident: { type: 'string', help: 'the id of the incident to update' },
    lang: { type: 'string', help: 'languages of the texts, comma-separated, in the order of the --known/--unknown options' },
    known: { type: 'string', multiple: true, help: 'what we know now (one per --lang language)' },
    unknown: { type: 'string', multiple: true, help: "what we don't know yet (one per --lang language)" },
    'next-update': { type: 'string', help: 'when the next update comes: +30m, +1h, 14:30 (local time) or an ISO time' },
    phase: { type: 'string', help: PHASES.join(', ') },
    resolve: { type: 'boolean', help: 'mark the incident resolved: resolved_at now, no next update' },
    json: { type: 'boolean', help: 'print the updated incident and lint findings as JSON' },
  },
  async run(v, [file]) {
    if (!file) throw new CliError('give the feed file, e.g. clearline update feed.json --incident storm --known "…"');
    const id = str(v.incident);
    if (!id) throw new CliError('give --incident ID');
    const phase = str(v.phase) as Phase | undefined;
    if (phase && !(PHASES as readonly string[]).includes(phase)) throw new CliError(`--phase must be one of ${PHASES.join(', ')}`);
    const resolve = v.resolve === true || phase === 'resolved';
    if (resolve && v['next-update'] !== undefined) throw new CliError('a resolved incident has no next update; leave out --next-update');
    const feed = await readJson(file, 'the feed');
    if (!isObj(feed) || !Array.isArray(feed.incidents)) throw new CliError(`${file} is not a status feed`, 1, 'invalid');
    const incident = (feed.incidents as Obj[]).find((i) => isObj(i) && i.id === id);
    if (!incident) throw new CliError(`${file} has no incident "${id}"; its incidents: ${(feed.incidents as Obj[]).map((i) => String(i.id)).join(', ') || 'none'}`);
    const now = Date.now();
    const langs = parseLangs(v.lang);
    const known = newText(list(v.known), langs, incident.known, 'known');
    const unknown = newText(list(v.unknown), langs, incident.unknown, 'unknown');
    const next = v['next-update'] !== undefined ? parseNextUpdate(String(v['next-update']), now) : undefined;
    if (known === undefined && unknown === undefined && next === undefined && !phase && !resolve) {
      throw new CliError('nothing to change: give --known, --unknown, --next-update, --phase or --resolve');
    }
    // One update logic for the CLI and the studio: changed text, phase or resolution moves the
    // earlier parts into the history; a new time alone does not; the signing stamps are dropped.
    const updated = postUpdate(feed as { incidents: unknown[] }, id, { known: known as TextValue | undefined, unknown: unknown as TextValue | undefined, phase: resolve ? undefined : phase, next_update_at: next, resolve }, now) as Obj;
    const incident2 = (updated.incidents as Obj[]).find((i) => i.id === id)!;
    await writeText(file, json(updated) + '\n');
    const findings = lintNow(updated, now);
    if (v.json) return console.log(json({ feed: file, incident: incident2, findings }));
    const when = incident2.next_update_at ? `next update ${String(incident2.next_update_at)}` : 'no next update';
    console.log(`Updated "${id}" in ${file}: phase ${String(incident2.phase)}, ${when}. Sign it to publish.`);
    reportFindings(findings, file);
  },
};

export const heartbeat: Command = {
  name: 'heartbeat',
  summary: 're-sign an unchanged signed feed with a fresh issued_at, expires_at and seq',
  usage: 'clearline heartbeat --key private.jwk.json [--key new.jwk.json] [--valid 1h] [--force] feed.jws.json --out feed.jws.json',
  options: {
    key: { type: 'string', multiple: true, help: 'a private JWK file; repeat to sign with several keys (rotation). The old envelope must verify with one of them.' },
    valid: { type: 'string', help: 'new validity (default: the same length as the old envelope)' },
    out: { type: 'string', help: 'where to write the new envelope (may be the input file)' },
    'feed-id': { type: 'string', help: 'the feed id the old envelope must have' },
    force: { type: 'boolean', help: 'sign even when lint finds errors (e.g. a next update that has passed)' },
    json: { type: 'boolean', help: 'print a JSON summary' },
  },
  async run(v, [file]) {
    if (!file) throw new CliError('give the signed envelope, e.g. clearline heartbeat --key k.jwk.json feed.jws.json --out feed.jws.json');
    const keys = await readKeys(list(v.key), 'a private key');
    const text = await readFile(file, 'utf8').catch(() => {
      throw new CliError(`cannot read ${file}`);
    });
    let raw: unknown;
    try {
      raw = unwrap(JSON.parse(text));
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError(`${file} is not valid JSON`, 1, 'invalid');
    }
    const kind: DocumentKind = isObj(raw) && raw.type === 'faq' ? 'faq' : 'status';
    const old = await verifyDocument(text, { kind, keys: keys.map((k) => publicJwk(k)), feedId: str(v['feed-id']), store: null }).catch((e: unknown) => fromFeedError(e));
    const prev = old.payload as Obj & { issued_at: string; expires_at: string; seq: number };
    const now = Date.now();
    const validMs = str(v.valid) ? parseDuration(str(v.valid)!) : Date.parse(prev.expires_at) - Date.parse(prev.issued_at);
    const issued = iso(now);
    const doc: Obj & { issued_at: string; expires_at: string; seq: number } = { ...(raw as Obj), issued_at: issued, expires_at: iso(Date.parse(issued) + validMs), seq: Math.max(now, prev.seq + 1) };
    const valid = validatePayload(kind, doc);
    if (!valid.ok) throw new CliError(`the re-stamped document is not valid: ${valid.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, 1, 'invalid');
    const findings = lintNow(doc, now);
    reportFindings(findings, file);
    if (summarize(findings).errors && !v.force) throw new CliError('not re-signed: fix the errors above with clearline update and sign, or use --force', 2, 'lint');
    const envelope = await signPayload(new TextEncoder().encode(JSON.stringify(doc)), keys, kind).catch(fromFeedError);
    const out = str(v.out);
    if (out) await writeText(out, JSON.stringify(envelope) + '\n');
    else process.stdout.write(JSON.stringify(envelope) + '\n');
    const summary = { kind, feed_id: doc.feed_id, previous_seq: prev.seq, seq: doc.seq, issued_at: doc.issued_at, expires_at: doc.expires_at, verified_with: old.kid, signatures: keys.length, out: out ?? null };
    if (v.json) console.log(json(summary));
    else if (out) console.error(`Heartbeat: "${String(doc.feed_id)}" seq ${prev.seq} -> ${doc.seq}, valid until ${doc.expires_at}, ${keys.length} signature(s): ${out}`);
  },
};

export const faqBuild: Command = {
  name: 'faq build',
  summary: 'build an FAQ document from Markdown files (rebook.nl.md, rebook.en.md, …)',
  usage: 'clearline faq build DIR --feed-id ID --out faq.json',
  options: {
    'feed-id': { type: 'string', help: 'the feed_id of the FAQ document' },
    out: { type: 'string', help: 'where to write the FAQ document (default: standard output)' },
    json: { type: 'boolean', help: 'print a JSON summary' },
  },
  async run(v, [dir]) {
    if (!dir) throw new CliError('give the folder with the Markdown files, e.g. clearline faq build faq/ --feed-id example-air --out faq.json');
    const feedId = str(v['feed-id']);
    if (!feedId) throw new CliError('give --feed-id ID (the id your embed pins)');
    const names = await readdir(dir).catch(() => {
      throw new CliError(`cannot read the folder ${dir}`);
    });
    const files: FaqSource[] = [];
    for (const name of names.filter((n) => n.endsWith('.md')).sort()) files.push({ name, text: await readFile(join(dir, name), 'utf8') });
    if (!files.length) throw new CliError(`${dir} has no .md files`);
    let entries;
    try {
      entries = buildEntries(files);
    } catch (e) {
      throw new CliError((e as Error).message, 1, 'invalid');
    }
    const doc = { type: 'faq', version: 1, feed_id: feedId, entries };
    // issued_at, expires_at and seq are stamped by `sign`; validate the rest with placeholders for them.
    const check = validatePayload('faq', { ...doc, seq: 0, issued_at: iso(Date.now()), expires_at: iso(Date.now() + 3_600_000) });
    if (!check.ok) throw new CliError(`the FAQ is not valid:\n${check.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`, 1, 'invalid');
    const text = json(doc) + '\n';
    const out = str(v.out);
    if (out) await writeText(out, text);
    else process.stdout.write(text);
    const findings = lintNow(doc).filter((f) => f.rule !== 'schema');
    if (v.json) console.log(json({ out: out ?? null, entries: entries.length, files: files.length, findings }));
    else if (out) console.error(`Built ${out}: ${entries.length} entries from ${files.length} files in ${basename(dir)}. Sign it with: clearline sign --key … ${out} --out faq.jws.json`);
    if (!v.json) reportFindings(findings, out ?? 'the FAQ');
  },
};

export const TOOLKIT: Command[] = [newIncident, update, lint, heartbeat, faqBuild];
