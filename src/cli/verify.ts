import { FeedError } from '../feed/errors.js';
import { fetchText } from '../feed/fetch.js';
import { openIncidents } from '../feed/incidents.js';
import { publicJwk } from '../feed/keys.js';
import type { StatusPayload } from '../feed/schema.js';
import { verifyDocument } from '../feed/verify.js';
import { CliError, fromFeedError, json, kindOption, list, str, type Command } from './command.js';
import { readKeys, readText } from './io.js';

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
    const kind = kindOption(v.kind);
    try {
      const text = /^https?:\/\//.test(file) ? (await fetchText(file)).text : await readText(file);
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
