import { decodeUtf8 } from './base64url.js';
import { FeedError } from './errors.js';
import { resolveUrl } from './identity.js';

export const DEFAULT_MAX_BYTES = 1_000_000;
export const DEFAULT_TIMEOUT_MS = 10_000;

export interface FetchOptions {
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  /** Largest body accepted, counted while streaming whatever `Content-Length` says. */
  maxBytes?: number;
  timeoutMs?: number;
}

export interface FetchedText {
  text: string;
  /** The response's `ETag`, when the host sent one. */
  etag: string | null;
  /** When the server sent the response (its `Date` header), if known. */
  date: number | null;
}

/** Attached to a `network` FeedError for an HTTP error answer. */
export interface HttpFailure {
  status: number;
  /** The raw `Retry-After` header of a 429 or 503 answer. */
  retryAfter: string | null;
}

/** The HTTP details of a failure, when it was an HTTP error answer. */
export function httpFailure(e: unknown): HttpFailure | undefined {
  const f = e as Partial<HttpFailure> | null;
  return f && typeof f === 'object' && typeof f.status === 'number' ? { status: f.status, retryAfter: f.retryAfter ?? null } : undefined;
}

/**
 * The response the loader (src/loader/prefetch.ts) already requested for this URL, taken once.
 * Only with the real `fetch` (an injected one is a test or an app's own transport).
 */
function takePrefetched(url: string): Promise<Response> | undefined {
  const slot = (globalThis as unknown as Record<symbol, Map<string, { at: number; response: Promise<Response> }> | undefined>)[Symbol.for('clearline.prefetch')];
  if (!slot?.size) return undefined;
  let key: string;
  try {
    key = resolveUrl(url);
  } catch {
    return undefined;
  }
  const entry = slot.get(key);
  if (!entry) return undefined;
  slot.delete(key);
  return Date.now() - entry.at < PREFETCH_MAX_AGE_MS ? entry.response : undefined;
}

/** Keep in step with src/loader/prefetch.ts. */
const PREFETCH_MAX_AGE_MS = 15_000;

function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Fetches a document without credentials and without a CORS preflight, letting the browser
 * revalidate with `If-None-Match` (`cache: 'no-cache'`), and refusing cross-origin redirects.
 */
export async function fetchText(url: string, options: FetchOptions = {}): Promise<FetchedText> {
  const { fetch = globalThis.fetch, maxBytes = DEFAULT_MAX_BYTES, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    const prefetched = options.fetch ? undefined : takePrefetched(url);
    response = await (prefetched ? abortable(prefetched, signal) : fetch(url, { cache: 'no-cache', credentials: 'omit', redirect: 'follow', signal }));
  } catch (e) {
    throw abortOr(e, signal, timeout, timeoutMs, `the feed could not be fetched (${(e as Error).message})`);
  }
  try {
    if (response.redirected && new URL(response.url).origin !== new URL(url, response.url).origin) {
      throw new FeedError('network', `the feed redirected to another origin (${new URL(response.url).origin})`);
    }
    if (!response.ok) {
      throw Object.assign(new FeedError('network', `the feed host answered HTTP ${response.status}`), {
        status: response.status,
        retryAfter: response.status === 429 || response.status === 503 ? response.headers.get('retry-after') : null,
      } satisfies HttpFailure);
    }
    if (/^\s*text\/html\b/i.test(response.headers.get('content-type') ?? '')) {
      throw new FeedError('network', 'the feed host answered with an HTML page (a wrong URL or a captive portal?)');
    }
    const length = Number(response.headers.get('content-length'));
    if (length > maxBytes) throw new FeedError('too-large', `the feed is ${length} bytes, more than the ${maxBytes} allowed`);
    const bytes = await readCapped(response, maxBytes);
    if (bytes.length === 0) throw new FeedError('invalid', 'the feed host sent an empty document');
    const date = Date.parse(response.headers.get('date') ?? '');
    return { text: decodeUtf8(bytes, 'the document'), etag: response.headers.get('etag'), date: Number.isNaN(date) ? null : date };
  } catch (e) {
    if (e instanceof FeedError) {
      response.body?.cancel().catch(() => {});
      throw e;
    }
    throw abortOr(e, signal, timeout, timeoutMs, `the feed could not be read (${(e as Error).message})`);
  }
}

function abortOr(e: unknown, signal: AbortSignal, timeout: AbortSignal, timeoutMs: number, message: string): unknown {
  if (timeout.aborted) return new FeedError('network', `the feed host did not answer within ${timeoutMs / 1000} s`, { cause: e });
  if (signal.aborted) return signal.reason ?? e;
  return new FeedError('network', message, { cause: e });
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      reader.cancel().catch(() => {});
      throw new FeedError('too-large', `the feed is larger than the ${maxBytes} bytes allowed`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
