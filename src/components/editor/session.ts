/**
 * What the editor has open and how it signs: the feed (from feed.json, the verified public feed,
 * a property, or empty), its version for conflict checks, the editable channels, and the signing
 * key (non-extractable, from a file or remembered). Async state for the element, as a controller.
 */
import type { LitElement, ReactiveController } from 'lit';
import { removeChannel } from '../../feed/channel-edit.js';
import { FeedError } from '../../feed/errors.js';
import { importKeys } from '../../feed/keys.js';
import type { Channel, ContactReason, StatusPayload } from '../../feed/schema.js';
import { parseDuration, type SigningKey } from '../../feed/sign.js';
import { unstamp, type FeedDraft } from '../../feed/update.js';
import { verifyDocument } from '../../feed/verify.js';
import { needsIdentity, newFeed } from '../../feed/new-feed.js';
import { uiLanguage } from '../../i18n/lang.js';
import { emptyFeed } from './draft.js';
import { applyIdentity, type IdentityChange } from './identity-change.js';
import { KeyFileError, type KeyFileProblem } from './key-file.js';
import { forgetKey, readKeyFile, recallKey, rememberKey } from './key-store.js';
import { PROBLEM_TERMS } from './problem-terms.js';
import { PublishController, type Signed } from './publish-controller.js';
import { orderAfter } from './touched.js';

export interface SessionConfig {
  feedSrc: string; src: string; publicKey: string;
  feed?: FeedDraft;
  signUrl: string; saveUrl: string; publishUrl: string;
  publishHeaders: Record<string, string>;
  valid: string;
  /** The editor's UI language: a new feed's placeholders are written in it. */
  lang?: string;
  /** Called once the session has another feed open after a save (`saved`) or Apply my edit on top (with the feed it had `opened`): the editor continues its form on it. */
  onRebase?: (feed: FeedDraft, saved: boolean, opened?: FeedDraft) => void;
}

export class EditorSession implements ReactiveController {
  base: FeedDraft = emptyFeed();
  /** The feed exactly as opened, to say what changed when a save is refused. */
  opened: FeedDraft = emptyFeed();
  channels: Channel[] = [];
  /** The feed has no identity yet (a new feed): the editor asks for publisher, feed id and time zone. */
  isNew = false;
  /** A new feed: the languages chosen for it (feed-identity.ts); until then, those its texts use or Dutch and English. */
  languages?: string[];
  /** The feed id was typed by hand, so the publisher's name no longer suggests one. */
  idTyped = false;
  version?: string;
  openedSeq?: number;
  publicExpires?: string;
  /** The studio: the name of the signed feed beside feed.json when that is damaged (changed by hand, cut off), until a save replaces it. */
  signedDamaged?: string;
  loadError = '';
  /** A feed has been opened (an edit kept from before a reload waits for it). */ loaded = false;
  key?: SigningKey;
  keyError = '';
  /** Why there is no key, as a stable reason the editor says in its UI language (keyError is the English message). */
  keyProblem?: KeyFileProblem | 'missing';
  keyNotPinned = false;
  remembered = false;
  readonly publish: PublishController;
  private loads = 0;

  constructor(
    private readonly host: LitElement,
    private readonly config: () => SessionConfig,
    private readonly fetcher: typeof fetch = (...a) => fetch(...a),
  ) {
    host.addController(this);
    this.publish = new PublishController(host, () => {
      const c = this.config();
      return { fetch: this.fetcher, signUrl: c.signUrl || undefined, saveUrl: c.saveUrl || undefined, publishUrl: c.publishUrl || undefined, publishHeaders: c.publishHeaders, src: c.src || undefined, version: this.version, openedSeq: this.openedSeq, validMs: parseDuration(c.valid || '1h'), now: Date.now, lang: c.lang, onSaved: (saved) => this.saved(saved) };
    });
  }

  hostConnected(): void {
    void recallKey().then((k) => {
      if (k && !this.key) {
        this.key = k;
        this.remembered = true;
        void this.checkPinned();
        this.host.requestUpdate();
      }
    });
  }

  /** Opens the feed: `feed` property, else feed.json from `feed-src`, else the verified public feed, else a new one. */
  async open(): Promise<void> {
    const c = this.config();
    const load = ++this.loads;
    try {
      let feed: FeedDraft = emptyFeed(uiLanguage(c.lang));
      let beside: Headers | undefined;
      if (c.feed) feed = structuredClone(c.feed);
      else if (c.feedSrc) {
        const res = await this.fetcher(c.feedSrc, { cache: 'no-store' });
        // The studio says what is wrong (a feed.json that is not JSON: where and what, in its language); else the status, in words.
        if (!res.ok && res.status !== 404) throw new Error(String(((await res.json().catch(() => ({}))) as { message?: unknown }).message ?? PROBLEM_TERMS[uiLanguage(c.lang)].feedUnopened(res.status)));
        // Its version; in the studio also when the signed feed beside feed.json expires (the published one, when there is no src to ask), or that it is damaged.
        beside = res.headers;
        if (res.ok) feed = JSON.parse(await res.text()) as FeedDraft;
      }
      [this.publicExpires, this.openedSeq] = [beside?.get('x-clearline-expires') ?? undefined, Number(beside?.get('x-clearline-seq')) || undefined];
      this.signedDamaged = decodeURIComponent(beside?.get('x-clearline-damaged') ?? '') || undefined;
      if (c.src && c.publicKey) {
        // Nothing published there yet (404): said as that, not as a damaged file ("the document is not valid JSON").
        let missing = false;
        try {
          const res = await this.fetcher(c.src, { cache: 'no-store' });
          missing = res.status === 404;
          if (missing) throw new FeedError('network', 'HTTP 404');
          const text = await res.text();
          const doc = await verifyDocument(text, { kind: 'status', keys: c.publicKey, store: null, allowExpired: true, strict: true });
          this.openedSeq = Math.max(doc.payload.seq, this.openedSeq ?? 0);
          this.publicExpires = doc.payload.expires_at;
          if (!c.feed && !c.feedSrc) feed = unstamp(doc.payload as StatusPayload) as FeedDraft;
        } catch (e) {
          // Nothing published yet, or offline: fine when there is a working copy to edit.
          // In the editor's language (problem-terms.ts): a Dutch desk read "the published feed could not be opened: …" in English.
          const t = PROBLEM_TERMS[uiLanguage(c.lang)];
          if (!c.feed && !c.feedSrc) throw new Error(missing ? t.publishedMissing(c.src) : t.publishedUnopened(e instanceof FeedError ? e.code : undefined, (e as Error).message));
        }
      }
      if (load !== this.loads) return;
      this.setBase(feed, beside?.get('x-clearline-version') ?? beside?.get('etag') ?? undefined);
    } catch (e) {
      if (load === this.loads) this.loadError = (e as Error).message;
    }
    this.host.requestUpdate();
  }

  /** A save went through (also of prepared texts, prepare-mode.ts): the saved feed and its version are what this page has open now (a second Publish is not someone else's change). */
  saved(s: { feed: FeedDraft; version?: string; payload: StatusPayload; commandFailed: boolean }): void {
    this.setBase(s.feed, s.version ?? this.version);
    this.signedDamaged = undefined;
    this.openedSeq = s.payload.seq;
    if (!s.commandFailed) this.publicExpires = s.payload.expires_at;
    this.config().onRebase?.(this.base, true);
    this.host.requestUpdate();
  }

  private setBase(feed: FeedDraft, version?: string): void {
    if (!Array.isArray(feed.incidents)) feed.incidents = [];
    if (!Array.isArray(feed.channels)) feed.channels = [];
    this.isNew = needsIdentity(feed);
    if (this.isNew) {
      // As `clearline new incident` makes a feed: placeholders for what is missing, this browser's zone.
      const name = feed.publisher?.name;
      const fresh = newFeed({ feedId: '', publisher: typeof name === 'string' ? name : '', publisherUrl: feed.publisher?.url, timeZone: feed.time_zone, lang: uiLanguage(this.config().lang) });
      feed = { ...feed, feed_id: '', time_zone: fresh.time_zone, publisher: typeof name === 'string' || name === undefined ? fresh.publisher : feed.publisher };
      this.idTyped = false;
    } else this.languages = undefined;
    this.base = feed;
    this.opened = structuredClone(feed);
    this.channels = structuredClone(feed.channels);
    this.version = version;
    this.loadError = '';
    this.loaded = true;
  }

  /** Edits the channels; says where each one went (touched.ts orderAfter), so what the desk has seen follows it. */
  changeChannels(mutate: (c: Channel[]) => void): number[] {
    const next = structuredClone(this.channels);
    const order = orderAfter(() => next, () => mutate(next));
    this.channels = next;
    if (this.publish.signed) this.publish.reset();
    this.host.requestUpdate();
    return order;
  }

  /** Edits the open feed's contact reasons (reasons.ts); none left removes the list. */
  changeReasons(mutate: (r: ContactReason[]) => void): number[] {
    const next = structuredClone(this.base.contact_reasons ?? []);
    const order = orderAfter(() => next, () => mutate(next));
    const { contact_reasons: _, ...rest } = this.base;
    this.base = next.length ? { ...rest, contact_reasons: next } : rest;
    if (this.publish.signed) this.publish.reset();
    this.host.requestUpdate();
    return order;
  }

  /** Removes the channel at `i`, and the contact reasons' links to it (feed/channel-edit.ts, as `clearline edit channel --remove`). */
  removeChannelAt(i: number): number[] {
    const id = this.channels[i]?.id;
    if (id === undefined) return [];
    if (this.channels.filter((c) => c.id === id).length === 1) {
      const { feed } = removeChannel({ ...this.base, channels: this.channels }, id);
      if (feed.contact_reasons) this.base = { ...this.base, contact_reasons: feed.contact_reasons };
    }
    return this.changeChannels((cs) => cs.splice(i, 1));
  }

  /** A new feed's identity: the publisher's name suggests the feed id until one is typed by hand. */
  changeIdentity(c: IdentityChange): void {
    ({ base: this.base, channels: this.channels, idTyped: this.idTyped } = applyIdentity(this, c));
    if (c.languages) this.languages = [...c.languages];
    if (this.publish.signed) this.publish.reset();
    this.host.requestUpdate();
  }

  /** The public feed's expiry when it is within 15 minutes (the heartbeat prompt). */
  expiresSoon(now: number): string | undefined {
    return this.publicExpires && Date.parse(this.publicExpires) - now < 15 * 60_000 ? this.publicExpires : undefined;
  }

  /** Reads the chosen key file once, then clears the input so the page keeps no File holding it. */
  async keyFromInput(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      this.key = await readKeyFile(file);
      this.keyError = '';
      this.keyProblem = undefined;
      this.remembered = false;
      await this.checkPinned();
    } catch (e) {
      this.key = undefined;
      this.keyError = (e as Error).message;
      this.keyProblem = e instanceof KeyFileError ? e.reason : undefined;
    }
    this.host.requestUpdate();
  }

  private async checkPinned(): Promise<void> {
    const pinned = this.config().publicKey;
    if (!pinned || !this.key) return void (this.keyNotPinned = false);
    try {
      this.keyNotPinned = !(await importKeys(pinned)).some((k) => k.kid === this.key!.kid);
    } catch {
      this.keyNotPinned = false;
    }
  }

  async remember(on: boolean): Promise<void> {
    if (!this.key) return;
    if (on) await rememberKey(this.key);
    else await forgetKey();
    this.remembered = on;
    this.host.requestUpdate();
  }

  async forget(): Promise<void> {
    await forgetKey();
    this.key = undefined;
    this.remembered = false;
    this.host.requestUpdate();
  }

  async sign(feed: FeedDraft, fresh = false): Promise<Signed | undefined> {
    if (!this.key && !this.config().signUrl) {
      this.keyError = new FeedError('config', 'choose your signing key first').message;
      this.keyProblem = 'missing';
      this.host.requestUpdate();
      (this.host.renderRoot.querySelector('#f-key') as HTMLElement | null)?.focus();
      return undefined;
    }
    if (this.keyNotPinned) return undefined;
    return this.publish.sign(fresh ? (unstamp(feed) as FeedDraft) : feed, this.key).catch(() => undefined);
  }

  /** Downloads feed.jws.json and the updated feed.json. */
  download(): void {
    const s = this.publish.signed;
    if (!s) return;
    const save = (name: string, text: string) => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      a.download = name;
      a.hidden = true;
      this.host.renderRoot.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    };
    save('feed.jws.json', JSON.stringify(s.envelope) + '\n');
    save('feed.json', s.feedText);
  }

  /** After a refused save: take the newer feed as the base and keep this edit, to sign again. */
  applyOnTop(): void {
    const c = this.publish.conflict;
    if (!c) return;
    try {
      const channelsEdited = JSON.stringify(this.channels) !== JSON.stringify(this.opened.channels);
      const [mine, opened] = [this.channels, this.opened];
      // Contact reasons edited in this tab (reasons.ts) are kept the same way.
      const reasons = this.base.contact_reasons ?? [];
      const reasonsEdited = JSON.stringify(reasons) !== JSON.stringify(this.opened.contact_reasons ?? []);
      this.setBase(unstamp(c.current as FeedDraft & Record<string, unknown>) as FeedDraft, c.version || this.version);
      if (channelsEdited) this.channels = mine;
      if (reasonsEdited) this.changeReasons((r) => r.splice(0, r.length, ...reasons));
      if (this.openedSeq !== undefined && typeof (c.current as { seq?: number }).seq === 'number') this.openedSeq = (c.current as { seq: number }).seq;
      // The form continues on the newer feed (a new incident it already has becomes an update of it).
      this.config().onRebase?.(this.base, false, opened);
      this.publish.reset();
    } catch (e) {
      this.publish.fail((e as Error).message);
    }
  }
}
