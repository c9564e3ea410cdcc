import { access, readFile } from 'node:fs/promises';
import type { JWK } from 'jose';
import { FeedError } from '../feed/errors.js';
import { fetchText } from '../feed/fetch.js';
import { openIncidents } from '../feed/incidents.js';
import { jsonSchema } from '../feed/json-schema.js';
import { ALGORITHMS, publicJwk, type Algorithm } from '../feed/keys.js';
import { DOCUMENT_TYPES, validatePayload, type DocumentKind, type StatusPayload } from '../feed/schema.js';
import { generateSigningKey, parseDuration, signPayload, stampPayload } from '../feed/sign.js';
import { verifyDocument } from '../feed/verify.js';
import { CliError, fromFeedError, readJson, readKeys, writeText } from './io.js';
import { summarize } from '../lint/index.js';
import { lintNow, reportFindings, TOOLKIT } from './toolkit.js';
import { studio } from './studio.js';
import { report } from './report.js';
import { EXPORT_COMMANDS } from './export.js';

export interface Option {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  help: string;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, Option>;
  run(values: Record<string, string | string[] | boolean | undefined>, positionals: string[]): Promise<void>;
}

const json = (v: unknown) => JSON.stringify(v, null, 2);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : []);

export function embedSnippet(pub: JWK | JWK[], feedId = 'your-feed-id'): string {
  const key = JSON.stringify(pub);
  return [
    '<script type="module" src="https://cdn.example.com/clearline/dist/clearline.js"></script>',
    `<clearline-status src="https://status.example.com/feed.jws.json"`,
    `  public-key='${key}'`,
    `  feed-id="${feedId}"></clearline-status>`,
  ].join('\n');
}

export const keygen: Command = {
  name: 'keygen',
  summary: 'make a signing key pair',
  usage: 'clearline keygen [--alg Ed25519|ES256] --out private.jwk.json [--public-out public.jwk.json] [--force]',
  options: {
    alg: { type: 'string', help: 'Ed25519 (default) or ES256' },
    out: { type: 'string', help: 'where to write the private JWK (file mode 0600)' },
    'public-out': { type: 'string', help: 'also write the public JWK to this file' },
    force: { type: 'boolean', help: 'overwrite an existing private key file' },
    json: { type: 'boolean', help: 'print {kid, publicJwk} as JSON' },
  },
  async run(v) {
    const alg = (str(v.alg) ?? 'Ed25519') as Algorithm;
    if (!(ALGORITHMS as readonly string[]).includes(alg)) throw new CliError(`--alg must be one of ${ALGORITHMS.join(', ')}`);
    const out = str(v.out);
    if (!out) throw new CliError('give --out FILE for the private key');
    if (!v.force && (await exists(out))) throw new CliError(`${out} exists; a signing key is never overwritten without --force`);
    const { privateJwk, publicJwk: pub, kid } = await generateSigningKey(alg);
    await writeText(out, json(privateJwk) + '\n', 0o600);
    const publicOut = str(v['public-out']);
    if (publicOut) await writeText(publicOut, json(pub) + '\n');
    if (v.json) return console.log(json({ kid, alg, publicJwk: pub, privateKeyFile: out }));
    console.log(`Private key written to ${out} (mode 0600). Keep it secret and off the web server.`);
    console.log(`\nPublic key (kid ${kid}):\n${JSON.stringify(pub)}`);
    console.log(`\nEmbed snippet:\n${embedSnippet(pub)}`);
  },
};

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function kindOf(doc: unknown): DocumentKind {
  const type = (doc as { type?: unknown })?.type;
  if (type === 'status' || type === 'faq') return type;
  throw new CliError('the document needs "type": "status" or "type": "faq"', 1, 'invalid');
}

/** Validates a document and prints each problem with its path; exits 1 when there are any. */
export function validateOrExit(kind: DocumentKind, doc: unknown, file: string) {
  const result = validatePayload(kind, doc);
  if (!result.ok) {
    const lines = result.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');
    throw new CliError(`${file} is not a valid ${kind} document:\n${lines}`, 1, 'invalid');
  }
  return result.value;
}

export const sign: Command = {
  name: 'sign',
  summary: 'validate a feed or FAQ document and sign it',
  usage: 'clearline sign --key private.jwk.json [--key another.jwk.json] [--valid 1h] [--force] feed.json --out feed.jws.json',
  options: {
    force: { type: 'boolean', help: 'sign even when lint finds errors (they are still printed)' },
    key: { type: 'string', multiple: true, help: 'a private JWK file; repeat to sign with several keys (rotation)' },
    valid: { type: 'string', help: 'how long the document stays valid when it has no expires_at (default 1h)' },
    out: { type: 'string', help: 'where to write the signed envelope (default: standard output)' },
    json: { type: 'boolean', help: 'print a JSON summary' },
  },
  async run(v, [file]) {
    if (!file) throw new CliError('give the document to sign, e.g. clearline sign --key k.jwk.json feed.json --out feed.jws.json');
    const keys = await readKeys(list(v.key), 'a private key');
    const raw = await readJson(file, 'the document');
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new CliError(`${file} must hold a JSON object`, 1, 'invalid');
    const kind = kindOf(raw);
    const doc = stampPayload(raw as Record<string, unknown>, parseDuration(str(v.valid) ?? '1h'));
    validateOrExit(kind, doc, file);
    const findings = lintNow(doc);
    reportFindings(findings, file);
    const lint = summarize(findings);
    if (lint.errors && !v.force) throw new CliError(`not signed: ${lint.errors} lint error(s) above; fix them, or sign anyway with --force`, 2, 'lint');
    const envelope = await signPayload(new TextEncoder().encode(JSON.stringify(doc)), keys, kind).catch(fromFeedError);
    const text = JSON.stringify(envelope) + '\n';
    const out = str(v.out);
    if (out) await writeText(out, text);
    else process.stdout.write(text);
    const summary = { kind, feed_id: doc.feed_id, seq: doc.seq, issued_at: doc.issued_at, expires_at: doc.expires_at, signatures: keys.length, out: out ?? null, lint };
    if (v.json) console.log(json(summary));
    else if (out) console.error(`Signed ${kind} document "${String(doc.feed_id)}" seq ${String(doc.seq)}, valid until ${String(doc.expires_at)}, with ${keys.length} key(s): ${out}`);
  },
};

export const verify: Command = {
  name: 'verify',
  summary: "check a signed document with the browser's checks",
  usage: 'clearline verify --key public.jwk.json [--feed-id ID] [--kind status|faq] feed.jws.json|https://...',
  options: {
    key: { type: 'string', multiple: true, help: 'a pinned public JWK, JWKS or private JWK file (repeatable)' },
    'feed-id': { type: 'string', help: 'the feed id the embed pins' },
    kind: { type: 'string', help: 'status (default) or faq' },
    json: { type: 'boolean', help: 'print the result as JSON' },
  },
  async run(v, [file]) {
    if (!file) throw new CliError('give the signed document (a file or an https: URL)');
    const keys = (await readKeys(list(v.key), 'a public key')).map((k) => publicJwk(k));
    const kind = (str(v.kind) ?? 'status') as DocumentKind;
    if (!(kind in DOCUMENT_TYPES)) throw new CliError('--kind must be status or faq');
    try {
      const text = /^https?:\/\//.test(file) ? (await fetchText(file)).text : await readFile(file, 'utf8').catch(() => {
        throw new CliError(`cannot read ${file}`);
      });
      const doc = await verifyDocument(text, { kind, keys, feedId: str(v['feed-id']), store: null });
      const p = doc.payload;
      const summary: Record<string, unknown> = { ok: true, kind, feed_id: p.feed_id, seq: p.seq, issued_at: p.issued_at, expires_at: p.expires_at, kid: doc.kid, alg: doc.alg };
      if (kind === 'status') {
        const s = p as StatusPayload;
        summary.open_incidents = openIncidents(s).length;
        summary.incidents = s.incidents.length;
        summary.channels = s.channels.length;
      } else summary.entries = (p as { entries: unknown[] }).entries.length;
      if (v.json) return console.log(json(summary));
      const minutes = Math.round((Date.parse(p.expires_at) - Date.now()) / 60_000);
      console.log(`OK: ${kind} feed "${p.feed_id}" seq ${p.seq}, signed by ${doc.kid} (${doc.alg})`);
      console.log(`issued ${p.issued_at}, expires ${p.expires_at} (in ${minutes} min)`);
      if (kind === 'status') console.log(`${String(summary.open_incidents)} open of ${String(summary.incidents)} incident(s), ${String(summary.channels)} channel(s)`);
      else console.log(`${String(summary.entries)} FAQ entries`);
    } catch (e) {
      if (v.json && e instanceof FeedError) {
        console.log(json({ ok: false, code: e.code, message: e.message }));
        throw new CliError(e.message, 1, e.code);
      }
      fromFeedError(e);
    }
  },
};

export const schema: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of the feed format',
  usage: 'clearline schema [--kind status|faq]',
  options: { kind: { type: 'string', help: 'status (default) or faq' } },
  async run(v) {
    const kind = (str(v.kind) ?? 'status') as DocumentKind;
    if (!(kind in DOCUMENT_TYPES)) throw new CliError('--kind must be status or faq');
    console.log(json(jsonSchema(kind)));
  },
};

export const COMMANDS: Command[] = [keygen, sign, verify, schema, ...TOOLKIT, studio, report, ...EXPORT_COMMANDS];
