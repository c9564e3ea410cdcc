import type { JWK } from 'jose';
import { ALGORITHMS, type Algorithm } from '../feed/keys.js';
import { generateSigningKey } from '../feed/sign.js';
import { CliError, json, str, type Command } from './command.js';
import { exists, writeText } from './io.js';

/**
 * The embed code for every element with the real public key and feed id: status, banner, badge,
 * FAQ and the help launcher. The FAQ is its own signed document, with its own feed id (`<feed-id>-faq`).
 */
export function embedSnippet(pub: JWK | JWK[], feedId = 'your-feed-id'): string {
  const key = JSON.stringify(pub);
  const attrs = (id: string) => `public-key='${key}'\n  feed-id="${id}"`;
  return [
    '<script type="module" src="https://cdn.example.com/clearline@0.1.0/dist/clearline.js"></script>',
    '<!-- or, for a classic script: <script src="…/dist/clearline.iife.js" defer></script> -->',
    '',
    '<clearline-status src="https://status.example.com/feed.jws.json"',
    `  ${attrs(feedId)}></clearline-status>`,
    '<clearline-banner src="https://status.example.com/feed.jws.json" href="/status"',
    `  ${attrs(feedId)}></clearline-banner>`,
    '<clearline-badge src="https://status.example.com/feed.jws.json" href="/status"',
    `  ${attrs(feedId)}></clearline-badge>`,
    '<clearline-faq src="https://status.example.com/faq.jws.json" status-src="https://status.example.com/feed.jws.json"',
    `  ${attrs(`${feedId}-faq`)}></clearline-faq>`,
    '<!-- a Help button in the corner of every page: emergency lines, the incident, the FAQ and contact reasons -->',
    '<clearline-help src="https://status.example.com/feed.jws.json" faq-src="https://status.example.com/faq.jws.json"',
    `  ${attrs(feedId)} faq-feed-id="${feedId}-faq"></clearline-help>`,
  ].join('\n');
}

export const keygen: Command = {
  name: 'keygen',
  summary: 'make a signing key pair',
  usage: 'clearline keygen [--alg Ed25519|ES256] --out private.jwk.json [--public-out public.jwk.json] [--feed-id ID] [--force]',
  positionals: 0,
  options: {
    alg: { type: 'string', help: 'Ed25519 (default) or ES256' },
    out: { type: 'string', help: 'where to write the private JWK (file mode 0600)' },
    'public-out': { type: 'string', help: 'also write the public JWK to this file' },
    'feed-id': { type: 'string', help: 'your feed id (e.g. utrecht-energie), put in the printed embed code' },
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
    const feedId = str(v['feed-id']);
    console.log(`\nEmbed code for the five elements${feedId ? '' : ' (give --feed-id to fill in your feed id)'}:\n${embedSnippet(pub, feedId)}`);
  },
};
