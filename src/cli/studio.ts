/**
 * `clearline studio`: serves <clearline-editor> on 127.0.0.1 for one feed file. The page runs
 * under a strict CSP with Trusted Types; requests with any other Host header (DNS rebinding) or
 * from another origin are refused. Saves feed.json and feed.jws.json beside each other, atomically,
 * refusing when feed.json changed since the editor opened it, then runs --publish-cmd.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JWK } from 'jose';
import { parseEnvelope } from '../feed/envelope.js';
import { importKeys, publicJwk } from '../feed/keys.js';
import { validatePayload } from '../feed/schema.js';
import { signPayload } from '../feed/sign.js';
import { firstNotAmong } from './key-check.js';
import { writeFileAtomic } from './atomic.js';
import { CliError, list, str, type Command } from './command.js';
import { jsonProblem, readKeys } from './io.js';
import { readFaqDocument } from './reason-file.js';
import { signRefusal } from './studio-refusal.js';
import { templateOption } from './template-option.js';
import { startNotes, STUDIO_TERMS, type StudioTerms } from './studio-terms.js';
import { envelopeBeside } from './studio-envelope.js';
import { aboveBeside, saveRefusal, seqHeader } from './studio-seq.js';
import { runCommand } from './studio-run.js';
import { readPrepared } from './prepared-option.js';
import { PREPARE_ATTRS, PREPARE_SAID, prepareRefusal, preparedStart, savePrepared } from './studio-prepare.js';
import { studioCsp } from './studio-csp.js';
export { studioCsp };
import { envelopeText as written, oversize, studioOversize } from '../feed/feed-size.js';
import type { UiLanguage } from '../i18n/terms.js';

const DIST = dirname(fileURLToPath(import.meta.url));

/** The envelope's file beside the feed: feed.json -> feed.jws.json. */
export const envelopePath = (feedPath: string) => join(dirname(feedPath), `${basename(feedPath, extname(feedPath))}.jws.json`);

export const versionOf = (bytes: string | undefined) => (bytes === undefined ? 'absent' : createHash('sha256').update(bytes).digest('hex').slice(0, 32));

/** The studio writes as the CLI does: atomically (cli/atomic.ts), so a reader never sees half a file. */
export const writeAtomic = (path: string, text: string) => writeFileAtomic(path, text);

const escapeAttr = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page; `title` is also its level-1 heading, for screen readers (the editor's own headings start at level 2). */
function page(attrs: Record<string, string>, lang: string, title: string): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  return `<!doctype html>
<html lang="${escapeAttr(lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeAttr(title)}</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/studio.css"><script type="module" src="/editor.js"></script></head>
<body><main><h1 class="vh">${escapeAttr(title)}</h1><clearline-editor${a}></clearline-editor></main></body>
</html>
`;
}

const CSS = ':root{color-scheme:light dark}body{margin:0;font-family:system-ui,sans-serif;background:#f2f4f7}@media (prefers-color-scheme: dark){body{background:#0d0f12}}main{max-width:96rem;margin:0 auto;padding:0.5rem}.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}';

/** At most 4 MB a request: a save carries the signed feed (readers take up to 1 MB) and feed.json as a JSON string, escaped again; 2 MB refused a feed readers accept (texts full of \\fs01\… paths). */
async function body(req: IncomingMessage, t: StudioTerms, limit = 4_000_000): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > limit) throw new CliError(t.tooLarge);
    chunks.push(c as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new CliError(t.notJson);
  }
}

/**
 * The public keys the page pins (its `public-key`): those of --public-key, else the public half of
 * --key. The page uses them to verify the published feed (its expiry) and to warn about a key the
 * site does not trust. Refuses a private key given as --public-key, and a --key the site does not pin.
 */
export async function pagePublicKeys(privateKeys: JWK[], publicFiles: string[], lang: UiLanguage = 'en'): Promise<JWK[]> {
  const t = STUDIO_TERMS[lang];
  const given = publicFiles.length ? await readKeys(publicFiles, t.pinnedKey, '--public-key', lang) : [];
  if (given.some((k) => k.d !== undefined)) throw new CliError(t.publicIsPrivate);
  const pinned = await importKeys(given.length ? given : privateKeys.map((k) => publicJwk(k))).catch((e: Error) => {
    throw new CliError(t.badKey(given.length ? '--public-key' : '--key', e.message));
  });
  // The same comparison sign, heartbeat and verify make (key-check.ts).
  const stranger = given.length ? await firstNotAmong(privateKeys, given) : undefined;
  if (stranger) throw new CliError(t.keyNotPinned(stranger));
  return pinned.map((k) => k.jwk);
}

export { studioLanguage } from './studio-lang.js';
import { studioLanguage } from './studio-lang.js';

export interface StudioOptions {
  feed: string;
  key?: string;
  /** Files with the public key(s) the site pins; without them, the public half of `key`. */
  publicKey?: string[];
  port?: number;
  publishCmd?: string;
  publicUrl?: string;
  lang?: string;
  /** The FAQ document: the editor ticks its answers per contact reason, and lint checks the linked ones. */
  faq?: string;
  /** The template New incident starts on (the editor's `template`), checked by templateOption. */
  template?: string;
  /** The organisation's own prepared texts (prepared.json, never published): New incident offers them first (the editor's `prepared-src`). */
  prepared?: string;
  /** `feed` is the file of prepared texts itself (studio-prepare.ts): saved as it is, never signed or published. */
  prepare?: boolean;
}

/** Starts the studio server; resolves with its URL and a close function. */
export async function startStudio(o: StudioOptions): Promise<{ url: string; lang: 'en' | 'nl'; close: () => Promise<void> }> {
  const feedPath = resolve(o.feed);
  const jwsPath = envelopePath(feedPath);
  /**
   * The studio's language: --lang, else the feed's first language as every other command speaks it
   * (desk-lang.ts), read once at start so the page does not change language after a save; English
   * for a new or unreadable feed. A Dutch desk started without --lang got an English studio beside a Dutch feed.
   * Its answers to the page and its start-up errors too (studio-terms.ts).
   */
  const lang = await studioLanguage(feedPath, o.lang);
  const t = STUDIO_TERMS[lang];
  const keys = o.key ? await readKeys([o.key], 'a private key', '--key', lang) : [];
  const pinned = keys.length || o.publicKey?.length ? await pagePublicKeys(keys, o.publicKey ?? [], lang) : [];
  const publicKey = pinned.length ? JSON.stringify(pinned.length === 1 ? pinned[0] : { keys: pinned }) : '';
  const read = () => readFile(feedPath, 'utf8').catch(() => undefined);
  // Read at start so a wrong file is said at once, and again on each request, so a rebuilt FAQ shows on reload.
  const faqPath = o.faq;
  if (faqPath) await readFaqDocument(faqPath, lang);
  // The prepared texts likewise (prepared-option.ts): a missing or wrong file is said at start, an edit shows on reload.
  if (o.prepared) await readPrepared(o.prepared, lang);
  let port = 0;
  const home = () => `http://127.0.0.1:${port}/`;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`);
  const connect = o.publicUrl ? [new URL(o.publicUrl).origin] : [];
  const send = (res: ServerResponse, status: number, type: string, text: string | Buffer, extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cross-Origin-Resource-Policy': 'same-origin', ...extra });
    res.end(text);
  };
  const json = (res: ServerResponse, status: number, v: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(v));

  const server = createServer(async (req, res) => {
    try {
      // DNS rebinding: a page on another name that resolves to 127.0.0.1 still sends its own Host.
      if (!allowedHosts().includes(req.headers.host ?? '')) return send(res, 421, 'text/plain; charset=utf-8', `${t.hostOnly(home())}\n`);
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (req.method === 'POST') {
        const origin = req.headers.origin;
        if ((origin && !allowedOrigins().includes(origin)) || (req.headers['sec-fetch-site'] && req.headers['sec-fetch-site'] !== 'same-origin') || !String(req.headers['content-type']).startsWith('application/json')) {
          return json(res, 403, { message: t.notFromPage(home()) });
        }
      } else if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { message: t.methodNotAllowed });

      if (req.method === 'GET' && url.pathname === '/') {
        const attrs = { 'feed-src': '/api/feed', 'save-url': '/api/save', 'sign-url': keys.length ? '/api/sign' : '', src: o.publicUrl ?? '', 'public-key': publicKey, lang: o.lang ?? lang, 'faq-src': faqPath ? '/api/faq' : '', template: o.template ?? '', 'prepared-src': o.prepared ? '/api/prepared' : '', 'publish-mode': o.publishCmd ? 'command' : 'save', ...(o.prepare ? PREPARE_ATTRS : {}) };
        return send(res, 200, 'text/html; charset=utf-8', page(attrs, o.lang ?? lang, (o.prepare ? PREPARE_SAID[lang] : t).pageTitle(basename(feedPath))), { 'Content-Security-Policy': studioCsp(connect), 'X-Frame-Options': 'DENY' });
      }
      if (req.method === 'GET' && url.pathname === '/studio.css') return send(res, 200, 'text/css; charset=utf-8', CSS);
      // The editor module and the modules it imports; nothing else from dist/.
      if (req.method === 'GET' && /^\/(?:chunks\/)?[\w.-]+\.js$/.test(url.pathname) && !/^\/(?:cli|clearline\.iife)\.js$/.test(url.pathname)) {
        const file = await readFile(join(DIST, url.pathname)).catch(() => undefined);
        return file ? send(res, 200, 'text/javascript; charset=utf-8', file) : send(res, 404, 'text/plain; charset=utf-8', `${t.notFound(home())}\n`);
      }
      if (req.method === 'GET' && url.pathname === '/api/feed') {
        const text = await read();
        // Not valid JSON (a comma missing): where and what, in the studio's language, as the CLI says it; the page showed JSON.parse's English.
        const broken = text === undefined ? undefined : jsonProblem(basename(feedPath), text, lang);
        if (broken) return json(res, 422, { message: broken });
        // Prepared texts: the file, or what a new one starts as (studio-prepare.ts); no signed feed beside it to say anything about.
        if (o.prepare) return send(res, 200, 'application/json; charset=utf-8', text ?? (await preparedStart(feedPath, lang)), { 'X-Clearline-Version': versionOf(text) });
        // The signed feed's expiry, for the page's "expires within 15 minutes" prompt (the public feed's, when it can read that);
        // a damaged one by its name (URI-encoded: a header is Latin-1), which the page says in its language.
        const { expires, damaged } = await envelopeBeside(jwsPath);
        const beside = { ...(expires ? { 'X-Clearline-Expires': expires } : {}), ...(damaged ? { 'X-Clearline-Damaged': encodeURIComponent(basename(jwsPath)) } : {}), ...(await seqHeader(jwsPath, text)) };
        return send(res, text === undefined ? 404 : 200, 'application/json; charset=utf-8', text ?? '{}', { 'X-Clearline-Version': versionOf(text), ...beside });
      }
      if (req.method === 'GET' && url.pathname === '/api/faq') {
        if (!faqPath) return json(res, 404, { message: t.noFaq });
        const faq = await readFaqDocument(faqPath, lang).catch((e: Error) => e);
        return faq instanceof Error ? json(res, 422, { message: faq.message }) : json(res, 200, faq.doc);
      }
      if (req.method === 'GET' && url.pathname === '/api/prepared') {
        const texts = o.prepared ? await readPrepared(o.prepared, lang).catch((e: Error) => e) : new Error(t.noPrepared);
        return texts instanceof Error ? json(res, o.prepared ? 422 : 404, { message: texts.message }) : json(res, 200, { type: 'status', incidents: texts.map((p) => p.incident) });
      }
      if (req.method === 'POST' && url.pathname === '/api/sign') {
        if (!keys.length) return json(res, 404, { message: t.noKey });
        const { payload } = (await body(req, t)) as { payload: unknown };
        const valid = validatePayload('status', payload);
        // The errors themselves, in the studio's language and the form's words, so the desk can act on
        // them (studio-refusal.ts); a payload that is not a valid feed too, not "incidents/0/severity: must be one of …".
        const refused = signRefusal(payload, lang, Date.now(), valid.ok ? [] : valid.issues, await read());
        if (refused) return json(res, 422, refused);
        if (!valid.ok) return json(res, 422, { message: valid.issues.map((i) => `${i.path}: ${i.message}`).join('; ') });
        const envelope = await signPayload(new TextEncoder().encode(JSON.stringify(await aboveBeside(payload, jwsPath))), keys, 'status');
        // Larger than readers accept: refused as `clearline sign` refuses it (feed-size.ts), with the incidents that make it big.
        const big = oversize(written(envelope), payload, lang);
        if (big) return json(res, 422, { message: studioOversize(big, lang), code: 'too-large' });
        return json(res, 200, { envelope });
      }
      if (req.method === 'POST' && url.pathname === '/api/save' && o.prepare) return json(res, ...(await savePrepared((await body(req, t)) as object, feedPath, await read(), lang, versionOf)));
      if (req.method === 'POST' && url.pathname === '/api/save') {
        const b = (await body(req, t)) as { feed?: unknown; envelope?: unknown; version?: unknown };
        if (typeof b.feed !== 'string') return json(res, 400, { message: t.noFeedText });
        const said = (e: unknown) => (e as Error).message;
        try {
          JSON.parse(b.feed);
        } catch (e) {
          return json(res, 400, { message: t.feedNotJson(said(e)) });
        }
        const envelopeText = JSON.stringify(b.envelope) + '\n';
        try {
          parseEnvelope(envelopeText);
        } catch (e) {
          return json(res, 400, { message: t.badEnvelope(said(e)) });
        }
        // Signed in the page (no --key): not written when /api/sign would refuse it (too large, issued_at ahead) or its seq is not above feed.jws.json's (studio-seq.ts).
        const refusedSave = await saveRefusal(envelopeText, JSON.parse(b.feed), jwsPath, lang);
        if (refusedSave) return json(res, 422, refusedSave);
        const current = await read();
        if (b.version !== versionOf(current)) return json(res, 409, { message: t.conflict(basename(feedPath)), text: current ?? '{}', version: versionOf(current) });
        for (const [path, text] of [[jwsPath, envelopeText], [feedPath, b.feed]] as const) {
          const failed = await writeAtomic(path, text).then(() => undefined, (e: NodeJS.ErrnoException) => e.code ?? e.message);
          if (failed) return json(res, 400, { message: t.notWritten(basename(path), failed) });
        }
        const files = [basename(feedPath), basename(jwsPath)];
        const result = o.publishCmd ? await runCommand(o.publishCmd, dirname(feedPath), { CLEARLINE_FEED: feedPath, CLEARLINE_ENVELOPE: jwsPath }) : undefined;
        return json(res, 200, { files, folder: dirname(feedPath), signedFile: jwsPath, version: versionOf(b.feed), ...(result ?? {}) });
      }
      return send(res, 404, 'text/plain; charset=utf-8', `${t.notFound(home())}\n`);
    } catch (e) {
      return json(res, 400, { message: e instanceof CliError ? e.message : t.failed((e as Error).message) });
    }
  });
  await new Promise<void>((ok, fail) => {
    // A port in use (a studio already running) or reserved: said, not a stack trace.
    server.once('error', (e: NodeJS.ErrnoException) => fail(e.code === 'EADDRINUSE' ? new CliError(t.portInUse(o.port ?? 0)) : e.code === 'EACCES' ? new CliError(t.portDenied(o.port ?? 0)) : e));
    server.listen(o.port ?? 0, '127.0.0.1', () => ok());
  });
  port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/`, lang, close: () => new Promise((ok) => server.close(() => ok())) };
}

export const studio: Command = {
  name: 'studio',
  summary: 'edit, sign and publish a status feed in your browser (serves the editor on 127.0.0.1)',
  usage: 'clearline studio [feed.json] [--key private.jwk.json] [--public-key public.jwk.json] [--port N] [--publish-cmd "…"] [--public-url https://…/feed.jws.json] [--lang en|nl] [--faq faq.json] [--template water] [--prepared prepared.json] [--prepare]',
  positionals: 1,
  deskLang: true,
  options: {
    key: { type: 'string', help: 'sign on this computer with this private key file (the page never receives it); without it, the key file is chosen in the page' },
    'public-key': { type: 'string', multiple: true, help: 'the public key your site pins (public.jwk.json): the page warns when a chosen key is not it, and checks the published feed\'s expiry with it (default: the public half of --key)' },
    port: { type: 'string', help: 'port on 127.0.0.1 (default: a free one)' },
    'publish-cmd': { type: 'string', help: 'run after each save, in the feed\'s folder, e.g. "rsync feed.jws.json web:/var/www/status/"' },
    'public-url': { type: 'string', help: 'the published feed.jws.json, checked after publishing to confirm the new version is live' },
    lang: { type: 'string', help: "editor language: en or nl (default: the feed's first language; for a new feed nl on a Dutch or Belgian clock, else en)" },
    faq: { type: 'string', help: 'the FAQ document (faq.json or its .jws.json), as lint --faq: each contact reason gets a tick per question in it, to show that answer to people who choose the reason, and each incident one to mark the answers that do not hold now' },
    prepared: { type: 'string', help: 'your own prepared texts (prepared.json, made beforehand as a feed with new incident and update, never published): New incident lists them first, each by its title, and copies the one chosen as new incident --prepared does' },
    prepare: { type: 'boolean', help: 'write your prepared texts here instead (the file given, default prepared.json, made on the first save): the same form, [[TODO: …]] allowed, saved as it is; nothing is signed or published, no key needed. new incident --prepared and studio --prepared copy them' },
    template: { type: 'string', help: 'the template New incident starts on, as new incident --template takes it (water, warmtenet, storm, …); default: the one the feed’s contact reasons came from (a bank’s: payments), else generic (other disruption)' },
  },
  async run(v, [given]) {
    const file = given ?? (v.prepare === true ? 'prepared.json' : 'feed.json');
    const desk = await studioLanguage(resolve(file), str(v.lang));
    const t = STUDIO_TERMS[desk];
    // Prepared texts with a key, a publish command or on the published feed itself: refused in words, before the page opens.
    const refused = v.prepare === true ? await prepareRefusal(v, file, desk) : undefined;
    if (refused) throw new CliError(refused);
    // A name that is no template is refused before the page opens (new incident's words), not a page that starts on another.
    const template = str(v.template) === undefined ? undefined : templateOption(str(v.template), desk);
    const port = str(v.port) === undefined ? 0 : Number(v.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(t.badPort);
    const publicUrl = str(v['public-url']);
    if (publicUrl && !/^https?:\/\//.test(publicUrl)) throw new CliError(t.badPublicUrl);
    const started = await startStudio({ prepare: v.prepare === true, feed: file, key: str(v.key), publicKey: list(v['public-key']), port, publishCmd: str(v['publish-cmd']), publicUrl, lang: str(v.lang), faq: str(v.faq), template, prepared: str(v.prepared) });
    // The language the studio read once at start (not the feed again).
    console.log((v.prepare === true ? PREPARE_SAID : STUDIO_TERMS)[started.lang].started(started.url, resolve(file)));
    if (v.prepare === true) return void (await new Promise(() => undefined));
    // To whoever sets it up: no --publish-cmd (a water company's desk pressed Publish all night; nothing reached the website), and no re-signing.
    for (const note of startNotes(STUDIO_TERMS[started.lang], !str(v['publish-cmd']), envelopePath(resolve(file)), str(v.key), envelopePath(file))) console.error(note);
    await new Promise(() => undefined);
  },
};
