// The fake `clearline studio` server the studio tests publish to, and the steps they share:
// write a new outage, sign and publish. Answers as src/cli/studio.ts does: feed.json with its
// version, a refused save (409) when the version moved, and after a save the files, their folder
// and the publish command's exit code and output.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import type { TestKey } from './helpers.js';
import { button, click, field, fill, pickKey, text } from './editor-helpers.js';

export const emptyFeed = (): FeedDraft => ({ type: 'status', version: 1, feed_id: 'example-water', publisher: { name: 'Example Water', url: 'https://example.com' }, time_zone: 'Europe/Amsterdam', channels: [], incidents: [] });
export const unstamped = (f: FeedDraft): FeedDraft => {
  const copy = { ...f };
  delete copy.seq;
  delete copy.issued_at;
  delete copy.expires_at;
  return copy;
};

/** The studio server's /api/feed and /api/save, in the page. */
export class FakeStudio {
  text?: string;
  rev = 0;
  saves: { feed: string; version: string }[] = [];
  /** The publish command's result; undefined: the studio has no --publish-cmd. */
  command?: { exitCode: number; output: string };
  /** The files a save writes: the studio saves NAME.jws.json beside the NAME.json it was started on. */
  files = ['feed.json', 'feed.jws.json'];
  /** The next save is written, but its answer never arrives (a dropped connection). */
  dropAnswer = false;
  private realFetch = window.fetch;
  constructor(feed: FeedDraft) {
    this.write(JSON.stringify(feed, null, 2) + '\n');
  }
  get version() {
    return this.text === undefined ? 'absent' : `rev-${this.rev}`;
  }
  write(t: string) {
    this.text = t;
    this.rev++;
  }
  get feed(): FeedDraft {
    return JSON.parse(this.text!) as FeedDraft;
  }
  install() {
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url === '/api/feed') return new Response(this.text ?? '{}', { status: this.text === undefined ? 404 : 200, headers: { 'X-Clearline-Version': this.version } });
      if (url === '/api/save' && init?.method === 'POST') {
        const b = JSON.parse(String(init.body)) as { feed: string; version: string };
        if (b.version !== this.version) return Response.json({ message: 'feed.json changed since you opened it', text: this.text, version: this.version }, { status: 409 });
        this.write(b.feed);
        this.saves.push(b);
        if (this.dropAnswer) {
          this.dropAnswer = false;
          throw new TypeError('Failed to fetch');
        }
        return Response.json({ files: this.files, folder: '/srv/water/status', signedFile: `/srv/water/status/${this.files[1]}`, version: this.version, ...(this.command ?? {}) });
      }
      if (url.startsWith('https://status.example.test/')) return new Response('not found', { status: 404 });
      return this.realFetch(input, init);
    };
  }
  uninstall() {
    window.fetch = this.realFetch;
  }
}

export const TEXT = {
  'Title — English': 'No tap water in Zeist',
  'Title — Dutch': 'Geen kraanwater in Zeist',
  'What we know — English': 'A main pipe burst at 01:40. About 3,000 homes have no water.',
  'What we know — Dutch': 'Om 01:40 is een hoofdleiding gesprongen. Zo’n 3.000 woningen hebben geen water.',
  "What we don't know yet — English": 'When the water comes back.',
  "What we don't know yet — Dutch": 'Wanneer het water terugkomt.',
};

export async function writeNewOutage(el: ClearlineEditor, texts: Partial<typeof TEXT> = {}) {
  const select = field(el, 'Template');
  select.value = 'outage';
  select.dispatchEvent(new Event('change'));
  await click(el, 'New incident');
  for (const [name, value] of Object.entries({ ...TEXT, ...texts })) await fill(el, name, value);
  await click(el, '+30 min');
}

/** The same outage written in a Dutch studio (its fields' Dutch names), from the template outage. */
export async function writeNewOutageNl(el: ClearlineEditor) {
  const select = field(el, 'Sjabloon');
  select.value = 'outage';
  select.dispatchEvent(new Event('change'));
  await click(el, 'Nieuw incident');
  const nl: Record<string, string> = { 'Titel — Engels': TEXT['Title — English'], 'Titel — Nederlands': TEXT['Title — Dutch'], 'Wat we weten — Engels': TEXT['What we know — English'], 'Wat we weten — Nederlands': TEXT['What we know — Dutch'], 'Wat we nog niet weten — Engels': TEXT["What we don't know yet — English"], 'Wat we nog niet weten — Nederlands': TEXT["What we don't know yet — Dutch"] };
  for (const [name, value] of Object.entries(nl)) await fill(el, name, value);
  await click(el, '+30 min');
}

export async function signAndPublish(el: ClearlineEditor, done: RegExp) {
  await click(el, 'Sign');
  await waitUntil(() => !button(el, 'Publish').hidden, 'signed');
  await click(el, 'Publish');
  await waitUntil(() => done.test(text(el)) || /changed the feed after you opened it/.test(text(el)), `publish outcome ${done}`, { timeout: 5000 });
}

/** A studio with an empty feed (or `feed`) and a new outage written (`texts` over TEXT), the key chosen; not signed yet. */
export async function outageWritten(key: TestKey, feed: FeedDraft = emptyFeed(), texts: Partial<typeof TEXT> = {}): Promise<{ el: ClearlineEditor; studio: FakeStudio }> {
  const studio = new FakeStudio(feed);
  studio.install();
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
  await waitUntil(() => text(el).includes('No open incidents'), 'opened');
  await writeNewOutage(el, texts);
  await pickKey(el, key);
  return { el, studio };
}
