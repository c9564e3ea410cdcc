import type { DocumentKind } from '../feed/schema.js';
import { parseDuration, stampPayload } from '../feed/sign.js';
import { CliError, isObj, json, list, str, type Command } from './command.js';
import { readJson, readKeys } from './io.js';
import { publish } from './publish.js';

function kindOf(doc: Record<string, unknown>): DocumentKind {
  if (doc.type === 'status' || doc.type === 'faq') return doc.type;
  throw new CliError('the document needs "type": "status" or "type": "faq"', 1, 'invalid');
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
    if (!isObj(raw)) throw new CliError(`${file} must hold a JSON object`, 1, 'invalid');
    const kind = kindOf(raw);
    const doc = stampPayload(raw, parseDuration(str(v.valid) ?? '1h'));
    const out = str(v.out);
    const { lint } = await publish(doc, {
      kind,
      keys,
      file,
      out,
      force: v.force === true,
      refusal: (errors) => `not signed: ${errors} lint error(s) above; fix them, or sign anyway with --force`,
    });
    const summary = { kind, feed_id: doc.feed_id, seq: doc.seq, issued_at: doc.issued_at, expires_at: doc.expires_at, signatures: keys.length, out: out ?? null, lint };
    if (v.json) console.log(json(summary));
    else if (out) console.error(`Signed ${kind} document "${String(doc.feed_id)}" seq ${String(doc.seq)}, valid until ${String(doc.expires_at)}, with ${keys.length} key(s): ${out}`);
  },
};
