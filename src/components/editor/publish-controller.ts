/**
 * Signing and publishing as async state: sign (with a non-extractable CryptoKey in the page, or by the studio server with its
 * --key), save (studio), PUT (embedded), then confirm the new seq is live. Refuses to overwrite a feed that changed since it was opened, and says what changed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GeneralJws } from '../../feed/envelope.js';
import { FeedError } from '../../feed/errors.js';
import { envelopeText, oversize, studioOversize } from '../../feed/feed-size.js';
import { validatePayload, type StatusPayload } from '../../feed/schema.js';
import { parseDuration, signWithKeys, stampPayload, validityFor, type SigningKey } from '../../feed/sign.js';
import { unstamp, type FeedDraft } from '../../feed/update.js';
import { nextSeq, unsignedPayload } from '../../feed/seq-above.js';
import { uiLanguage } from '../../i18n/lang.js';
import { describeChanges } from './changes.js';
import { aheadRefusal } from './ahead-terms.js';
import { PROBLEM_TERMS, putProblem, type ProblemTerms } from './problem-terms.js';

export interface Signed {
  envelope: GeneralJws;
  payload: StatusPayload;
  /** The unsigned feed.json text to save beside it. */
  feedText: string;
}

export interface Conflict {
  /** The newer feed (unsigned), to apply this edit on top of. */
  current: FeedDraft;
  version: string;
  changes: string[];
}

/** Why the studio could not read the public feed after publishing. */
export interface PublicProblem {
  kind: 'network' | 'status' | 'format';
  status?: number;
}

export type PublishPhase = 'idle' | 'working' | 'signed' | 'saved' | 'live' | 'not-live' | 'conflict' | 'error';

export interface PublishOptions {
  fetch: typeof fetch;
  /** Studio: POST {payload} here to have the server sign it with its --key. */
  signUrl?: string;
  /** Studio: POST {feed, envelope, version} here to write both files and run --publish-cmd. */
  saveUrl?: string;
  /** Embedded: PUT the envelope here (S3 presigned URL, WebDAV, Azure SAS). */
  publishUrl?: string;
  publishHeaders?: Record<string, string>;
  /** The public signed feed, fetched afterwards to confirm the new seq is live. */
  src?: string;
  /**
   * The version of feed.json as opened (studio), and the seq of the signed feed this one replaces: the public feed's as
   * opened (embedded), the studio's feed.jws.json (its X-Clearline-Seq) or the higher of the two; after a save, the saved one's.
   * A new seq is above it (feed/seq-above.ts), as `clearline sign` makes it above the file at --out.
   */
  version?: string;
  openedSeq?: number;
  validMs: number;
  now: () => number;
  /** The editor's UI language: what went wrong outside the page is said in it (problem-terms.ts). */
  lang?: string;
  /**
   * Called as soon as the signed feed is saved (studio) or PUT (embedded): the saved feed, its new
   * version (studio) and the signed payload, so the session opens what was saved and a second
   * Publish from the same page is not refused as someone else's change.
   */
  onSaved?: (saved: { feed: FeedDraft; version?: string; payload: StatusPayload; commandFailed: boolean }) => void;
}

/** What the studio said after a save: the files written, their folder, the signed file's full path, and the publish command's exit code (absent: no --publish-cmd). */
export interface SaveReport {
  files: string[];
  folder?: string;
  signedFile?: string;
  exitCode?: number;
}

const text = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

export class PublishController implements ReactiveController {
  phase: PublishPhase = 'idle';
  message = '';
  output = '';
  signed?: Signed;
  conflict?: Conflict;
  liveSeq?: number;
  /** Why the public feed could not be read at the last check (then liveSeq says nothing). */
  unread?: PublicProblem;
  /** Sign was refused for an issued_at ahead of this computer's clock (ahead-terms.ts): the page offers to sign with the time of now. */
  ahead = false;
  /** The seq of a feed.jws.json signed since this page opened, as the studio said it refusing a save (cli/studio-seq.ts): the next Sign is above it. */
  private replaced?: number;
  /** The last save (studio), for the page to say what was written where and whether the publish command worked. */
  saved?: SaveReport;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: () => PublishOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The public feed's address that Publish checks (studio --public-url, or the editor's src). */
  get publicUrl(): string | undefined {
    return this.options().src;
  }

  /** The phase whose outcome was last brought on screen. */
  private shown: PublishPhase = 'idle';

  /**
   * What Sign or Publish did, brought on screen once it is there: a desk at 200% zoom pressed
   * Publiceren and saw nothing happen, with "feed.json en feed.jws.json opgeslagen" below the window.
   * Up to its last line of words (the command's output may follow, longer than the window), or a
   * refused save's "Apply my edit on top" button; the focus stays on the button pressed.
   */
  hostUpdated(): void {
    if (this.phase === this.shown) return;
    this.shown = this.phase;
    if (this.phase === 'idle' || this.phase === 'working') return;
    const root = (this.host as ReactiveControllerHost & { renderRoot?: ParentNode }).renderRoot;
    (root?.querySelector('.outcome .conflict button') ?? root?.querySelector('.outcome > p:last-of-type'))?.scrollIntoView({ block: 'nearest' });
  }

  reset(): void {
    this.phase = 'idle';
    this.message = this.output = '';
    this.signed = this.conflict = this.saved = undefined;
    this.ahead = false;
    this.host.requestUpdate();
  }

  /** Says on the page that something went wrong (never a silent failure). */
  fail(message: string): void {
    this.set('error', message);
  }

  private set(phase: PublishPhase, message = '') {
    this.phase = phase;
    this.message = message;
    this.host.requestUpdate();
  }

  /** Stamps, validates and signs the feed; with a key in the page, or on the studio server. */
  async sign(feed: FeedDraft, key: SigningKey | undefined): Promise<Signed> {
    const o = this.options();
    this.set('working');
    this.ahead = false;
    try {
      // At least `valid`, and until an hour after the promised next update (as `clearline sign`). Times kept in feed.json that
      // have run out are left out, as a heartbeat does (`clearline sign` refuses them, advising that): signed, readers refuse them.
      const now = o.now();
      const kept = Date.parse(String((feed as Record<string, unknown>).expires_at)) <= now ? (unstamp(feed) as FeedDraft) : feed;
      const payload = stampPayload({ ...kept } as Record<string, unknown>, validityFor(feed, o.validMs, now), now) as unknown as StatusPayload;
      // An issued_at kept in the feed, ahead of this computer's clock: refused as `clearline sign` refuses it (feed/issued-ahead.ts).
      const ahead = aheadRefusal(payload as unknown as Record<string, unknown>, !!o.saveUrl, now, uiLanguage(o.lang), globalThis.navigator?.platform ?? '');
      if (ahead) throw Object.assign(new FeedError('invalid', ahead), { ahead: true });
      payload.seq = nextSeq(nextSeq(payload.seq, o.openedSeq), this.replaced);
      const valid = validatePayload('status', payload);
      if (!valid.ok) throw new FeedError('invalid', valid.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
      let envelope: GeneralJws;
      let signedPayload = payload;
      if (key) envelope = await signWithKeys(new TextEncoder().encode(JSON.stringify(payload)), [key], 'status');
      else if (o.signUrl) {
        envelope = (await this.post(o.signUrl, { payload })).envelope as GeneralJws;
        // The studio may have put its seq higher still, above a feed.jws.json signed since this page opened (cli/studio-seq.ts).
        signedPayload = (unsignedPayload(envelope) as unknown as StatusPayload | undefined) ?? payload;
      } else throw new FeedError('config', 'no key');
      // Larger than readers accept: refused before anything is saved or PUT (storage has no server to refuse it), as `clearline sign` does.
      const big = oversize(envelopeText(envelope), payload, uiLanguage(o.lang));
      if (big) throw new FeedError('too-large', studioOversize(big, uiLanguage(o.lang)));
      this.signed = { envelope, payload: signedPayload, feedText: text(kept) };
      this.set('signed');
      return this.signed;
    } catch (e) {
      this.ahead = (e as { ahead?: boolean }).ahead === true;
      this.set('error', (e as Error).message);
      throw e;
    }
  }

  private get said(): ProblemTerms {
    return PROBLEM_TERMS[uiLanguage(this.options().lang)];
  }

  /** To the studio; a studio that does not answer ("Failed to fetch") or says nothing is said in words. */
  private async post(url: string, body: unknown): Promise<Record<string, unknown>> {
    const o = this.options();
    const res = await o.fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).catch(() => {
      throw new Error(this.said.studioGone(globalThis.location?.port ?? ''));
    });
    const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (res.status === 409) throw Object.assign(new Error('conflict'), { conflict: json });
    if (!res.ok) throw Object.assign(new Error(typeof json.message === 'string' ? json.message : this.said.studioFailed(res.status)), { answer: json });
    return json;
  }

  /** Saves (studio) or PUTs (embedded) the signed feed, then checks that it is live. */
  async publish(opened: FeedDraft, lang: string): Promise<void> {
    const o = this.options();
    const signed = this.signed;
    if (!signed) return;
    this.set('working');
    this.saved = undefined;
    this.output = '';
    try {
      if (o.saveUrl) {
        const r = await this.post(o.saveUrl, { feed: signed.feedText, envelope: signed.envelope, version: o.version });
        this.output = String(r.output ?? '');
        const exitCode = typeof r.exitCode === 'number' ? r.exitCode : undefined;
        this.saved = { files: Array.isArray(r.files) ? r.files.map(String) : [], folder: typeof r.folder === 'string' ? r.folder : undefined, signedFile: typeof r.signedFile === 'string' ? r.signedFile : undefined, exitCode };
        // The files are written: from now on they are the feed this page has open, whatever the publish command did.
        o.onSaved?.({ feed: JSON.parse(signed.feedText) as FeedDraft, version: typeof r.version === 'string' ? r.version : undefined, payload: signed.payload, commandFailed: exitCode !== undefined && exitCode !== 0 });
        // A failed publish command: the website has not been updated, so there is nothing to check there.
        if (exitCode !== undefined && exitCode !== 0) return this.set('error');
        this.phase = 'saved';
      }
      if (o.publishUrl) {
        const seen = await this.publicSeq();
        if (seen !== undefined && o.openedSeq !== undefined && seen.seq > o.openedSeq && seen.payload) {
          throw Object.assign(new Error('conflict'), { conflict: { feed: seen.payload } });
        }
        // In the editor's language, with what to do (was "the publish target answered HTTP 403", also on a Dutch page).
        const res = await o.fetch(o.publishUrl, { method: 'PUT', headers: { 'Content-Type': 'application/json', ...o.publishHeaders }, body: JSON.stringify(signed.envelope) }).catch(() => {
          throw new Error(this.said.putUnreachable);
        });
        if (!res.ok) throw new Error(putProblem(res.status, this.said));
        o.onSaved?.({ feed: JSON.parse(signed.feedText) as FeedDraft, payload: signed.payload, commandFailed: false });
        this.phase = 'saved';
      }
      this.host.requestUpdate();
      if (o.src) await this.confirm(signed.payload.seq);
    } catch (e) {
      const c = (e as { conflict?: { feed?: unknown; text?: string; version?: string } }).conflict;
      // Not saved for a seq below that of a feed.jws.json signed since: Sign again signs above it (Publish hides until then).
      const answer = (e as { answer?: { code?: unknown; seq?: unknown } }).answer;
      if (answer?.code === 'seq-behind' && typeof answer.seq === 'number') [this.replaced, this.signed] = [answer.seq, undefined];
      try {
        if (!c) throw e;
        const current = (typeof c.text === 'string' ? JSON.parse(c.text) : c.feed) as FeedDraft;
        this.conflict = { current, version: c.version ?? '', changes: describeChanges(opened, current, lang) };
        this.set('conflict');
      } catch (shown) {
        // Never silently: whatever went wrong is said on the page.
        this.set('error', (shown as Error).message);
      }
    }
  }

  /** The seq the public feed shows now (its payload read without verification: only to compare). */
  private async publicSeq(): Promise<{ seq: number; payload?: FeedDraft } | undefined> {
    const seen = await this.readPublic();
    return 'seq' in seen ? seen : undefined;
  }

  /** The public feed as this page can read it, or why it cannot: unreachable (network, CORS), an HTTP status, not a signed feed. */
  private async readPublic(): Promise<{ seq: number; payload: FeedDraft } | { unread: PublicProblem }> {
    const o = this.options();
    if (!o.src) return { unread: { kind: 'network' } };
    let res: Response;
    try {
      res = await o.fetch(o.src, { cache: 'no-store' });
    } catch {
      return { unread: { kind: 'network' } };
    }
    if (!res.ok) return { unread: { kind: 'status', status: res.status } };
    try {
      const env = (await res.json()) as GeneralJws;
      const b64 = env.payload.replace(/-/g, '+').replace(/_/g, '/');
      const bytes = Uint8Array.from(atob(b64 + '==='.slice((b64.length + 3) % 4)), (ch) => ch.charCodeAt(0));
      const payload = JSON.parse(new TextDecoder().decode(bytes)) as StatusPayload;
      if (typeof payload.seq !== 'number') throw new Error('no seq');
      return { seq: payload.seq, payload };
    } catch {
      return { unread: { kind: 'format' } };
    }
  }

  /**
   * Fetches the public feed and says whether the new seq is live. A feed this page cannot read is said as such
   * (`unread`), not as "not live yet, check again in a minute": a hospital's desk was told to wait while its site,
   * sending no CORS header, had the new version all along.
   */
  async confirm(seq: number): Promise<boolean> {
    const seen = await this.readPublic();
    this.unread = 'unread' in seen ? seen.unread : undefined;
    if ('seq' in seen && seen.seq >= seq) {
      this.liveSeq = seen.seq;
      this.set('live');
      return true;
    }
    this.liveSeq = 'seq' in seen ? seen.seq : undefined;
    this.set('not-live');
    return false;
  }
}

export { parseDuration };
