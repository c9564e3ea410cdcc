// <clearline-editor> as `clearline studio` uses it (feed-src + save-url), against a fake studio
// server that answers as src/cli/studio.ts does: feed.json with its version, a refused save (409)
// when the version moved, and after a save the files, their folder and the publish command's
// exit code and output. From a 2 a.m. walk-through of the publish flow.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { verifyDocument } from '../../src/feed/verify.js';
import { iso, keygen, MIN, sign, statusFeed, type TestKey } from './helpers.js';
import { button, click, field, fill, pickKey, resolveWith, root, text } from './editor-helpers.js';
import { emptyFeed, FakeStudio, outageWritten as written, signAndPublish, TEXT, unstamped, writeNewOutageNl } from './fake-studio.js';

let key: TestKey;
let studio: FakeStudio;
before(async () => {
  key = await keygen();
  await forgetKey();
});
afterEach(() => studio?.uninstall());

/** A studio with an empty feed and a new outage written, the key chosen; not signed yet. */
async function outageWritten(): Promise<ClearlineEditor> {
  const made = await written(key);
  studio = made.studio;
  return made.el;
}

/** The same, signed and published once. */
async function publishedOnce(): Promise<ClearlineEditor> {
  const el = await outageWritten();
  await signAndPublish(el, /Saved feed\.json/);
  return el;
}

describe('<clearline-editor> in the studio: publishing twice from one tab', () => {
  it('after a save the session has the saved version and feed: the incident is listed, the form continues it, and a second Publish saves', async () => {
    const el = await publishedOnce();
    expect(studio.saves.length).to.equal(1);
    // The incident just published is an open incident now, and the form is an update of it.
    expect(text(el)).not.to.contain('No open incidents');
    expect(root(el).querySelector('.incidents li')?.textContent).to.contain(TEXT['Title — English']);
    expect(root(el).querySelector('#form-heading')?.textContent).to.equal(`Update: ${TEXT['Title — English']}`);

    // Fix a sentence, sign and publish again: nobody else changed the file, so it is saved.
    await fill(el, 'What we know — English', 'A main pipe burst at 01:40. About 3,500 homes have no water.');
    await signAndPublish(el, /Saved feed\.json/);
    expect(text(el)).not.to.contain('changed the feed after you opened it');
    expect(studio.saves.length).to.equal(2);
    expect(studio.feed.incidents.length).to.equal(1);
    expect((studio.feed.incidents[0]!.known as Record<string, string>).en).to.equal('A main pipe burst at 01:40. About 3,500 homes have no water.');

    // "Post update" continues from what was saved.
    await click(el, 'Post update');
    expect(field(el, 'What we know — English').value).to.equal('A main pipe burst at 01:40. About 3,500 homes have no water.');
  });

  it('resolved, published, then a word corrected in the same form: "what we don\'t know yet" stays empty (it came back)', async () => {
    const el = await publishedOnce();
    await resolveWith(el, 'The water is back evrywhere.', 'Het water is overal terug.');
    await signAndPublish(el, /Saved feed\.json/);
    expect(studio.feed.incidents[0]!.unknown).to.deep.equal({ nl: '', en: '' });
    expect(field(el, "What we don't know yet — English").value, 'the form shows what was published').to.equal('');
    await fill(el, 'What we know — English', 'The water is back everywhere.');
    await signAndPublish(el, /Saved feed\.json/);
    expect(studio.saves.length).to.equal(3);
    const inc = studio.feed.incidents[0]!;
    expect(inc.phase).to.equal('resolved');
    expect((inc.known as Record<string, string>).en).to.equal('The water is back everywhere.');
    expect(inc.unknown).to.deep.equal({ nl: '', en: '' });
  });

  it('Apply my edit on top works when the newer feed is this tab’s own earlier save (its answer was lost)', async () => {
    const el = await outageWritten();
    studio.dropAnswer = true;
    await signAndPublish(el, /Problem: no answer from the studio\. Is clearline studio still running\?/);
    expect(studio.saves.length).to.equal(1, 'written, but the page never heard');
    // The page still has the old version: the next Publish is refused and lists its own incident.
    await click(el, 'Publish');
    await waitUntil(() => text(el).includes('changed the feed after you opened it'), 'refused');
    expect(text(el)).to.contain(`Changed: + ${TEXT['Title — English']}`);
    await click(el, 'Apply my edit on top of the newer feed');
    await fill(el, 'What we know — English', 'A main pipe burst at 01:40. Repairs have started.');
    await signAndPublish(el, /Saved feed\.json/);
    expect(text(el)).not.to.contain('changed the feed after you opened it');
    expect(studio.feed.incidents.length).to.equal(1, 'one incident, not a duplicate');
    expect((studio.feed.incidents[0]!.known as Record<string, string>).en).to.equal('A main pipe burst at 01:40. Repairs have started.');
  });

  it('Apply my edit on top keeps the contact reasons edited in this tab, as it keeps edited channels', async () => {
    const el = await outageWritten();
    await click(el, 'Add contact reason');
    await fill(el, 'Reason 1 — English', 'Report storm damage');
    await fill(el, 'Reason 1 — Dutch', 'Stormschade melden');
    // A colleague saves in between.
    studio.write(JSON.stringify({ ...studio.feed, publisher: { name: 'Example Water B.V.', url: 'https://example.com' } }, null, 2) + '\n');
    await signAndPublish(el, /Saved feed\.json/);
    expect(text(el)).to.contain('changed the feed after you opened it');
    await click(el, 'Apply my edit on top of the newer feed');
    expect(field(el, 'Reason 1 — English').value).to.equal('Report storm damage');
    await signAndPublish(el, /Saved feed\.json/);
    expect(studio.feed.publisher.name).to.equal('Example Water B.V.');
    expect(studio.feed.contact_reasons?.map((r) => r.label)).to.deep.equal([{ en: 'Report storm damage', nl: 'Stormschade melden' }]);
  });

  it('an edit that cannot be applied to the newer feed is said on the page (not an uncaught error), and Sign refuses', async () => {
    const first = unstamped(statusFeed());
    studio = new FakeStudio(first);
    studio.install();
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
    await waitUntil(() => text(el).includes('Storm: flights cancelled'), 'opened');
    await click(el, 'Post update');
    await fill(el, 'What we know — English', 'Flights resume at 14:00.');
    await click(el, '+1 h');
    await pickKey(el, key);
    // Meanwhile a colleague takes the incident out of feed.json.
    studio.write(JSON.stringify({ ...first, incidents: [] }, null, 2));
    await signAndPublish(el, /changed the feed after you opened it/);
    await click(el, 'Apply my edit on top of the newer feed');
    await waitUntil(() => [...root(el).querySelectorAll('[role=alert]')].some((a) => a.textContent!.includes('cannot be applied')), 'said on the page');
    let signed = false;
    el.addEventListener('clearline-signed', () => (signed = true));
    await click(el, 'Sign');
    await new Promise((r) => setTimeout(r, 100));
    expect(signed).to.equal(false);
    expect(studio.saves.length).to.equal(0);
  });
});

describe('<clearline-editor> embedded (publish-url): publishing twice from one page', () => {
  const SRC = 'https://status.example.test/live/feed.jws.json';
  const PUT = 'https://bucket.example.test/feed.jws.json?sig=abc';
  let realFetch: typeof fetch;
  afterEach(() => (window.fetch = realFetch));

  it('the second PUT is not refused as someone else’s newer seq: the page has its own published seq', async () => {
    realFetch = window.fetch;
    let published = JSON.stringify(await sign(statusFeed(), [key]));
    let puts = 0;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url === PUT && init?.method === 'PUT') return puts++, (published = String(init.body)), new Response('', { status: 200 });
      if (url === SRC) return new Response(published);
      return realFetch(input, init);
    };
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" src=${SRC} publish-url=${PUT} public-key=${JSON.stringify(key.publicJwk)}></clearline-editor>`);
    await waitUntil(() => text(el).includes('Storm: flights cancelled'), 'opened from the verified public feed');
    await click(el, 'Post update');
    await fill(el, 'What we know — English', 'Flights resume at 14:00.');
    await click(el, '+1 h');
    await pickKey(el, key);
    await signAndPublish(el, /Live since/);
    await fill(el, 'What we know — English', 'Flights resume at 14:30.');
    await signAndPublish(el, /Live since/);
    expect(text(el)).not.to.contain('changed the feed after you opened it');
    expect(puts).to.equal(2);
    const live = await verifyDocument(published, { kind: 'status', keys: key.publicJwk, store: null });
    expect((live.payload.incidents[0]!.known as Record<string, string>).en).to.equal('Flights resume at 14:30.');
  });
});

describe('<clearline-editor> in the studio: what a save says', () => {
  it('a failing publish command: saved files and folder, the failure in Dutch with its output, no "check again in a minute"', async () => {
    studio = new FakeStudio(emptyFeed());
    studio.command = { exitCode: 1, output: "cp: cannot create regular file '/mnt/nonexistent/': Not a directory\n" };
    studio.install();
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" feed-src="/api/feed" save-url="/api/save" src="https://status.example.test/feed.jws.json"></clearline-editor>`);
    await waitUntil(() => text(el).includes('Geen open incidenten'), 'opened');
    await writeNewOutageNl(el);
    await pickKey(el, key, 'Ondertekeningssleutel');
    await click(el, 'Ondertekenen');
    await waitUntil(() => !button(el, 'Publiceren').hidden, 'signed');
    await click(el, 'Publiceren');
    await waitUntil(() => /mislukt/.test(text(el)), 'the failure is said', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 200));
    const said = text(el);
    expect(said).to.contain('feed.json en feed.jws.json opgeslagen in /srv/water/status.');
    expect(said).to.contain('De publicatieopdracht is mislukt (code 1)');
    expect(root(el).querySelector('.output')?.textContent).to.contain('cannot create regular file');
    expect(said).not.to.contain('Kijk over een minuut opnieuw');
    expect(said).not.to.contain('Nog niet live');
  });

  for (const [lang, saved, notSent] of [
    ['en', 'Saved feed.json and feed.jws.json in /srv/water/status.', 'Nothing was sent to the website'],
    ['nl', 'feed.json en feed.jws.json opgeslagen in /srv/water/status.', 'Er is niets naar de website gestuurd'],
  ] as const) {
    it(`without a publish command, both files and the folder are named and it says nothing went to the website (${lang})`, async () => {
      studio = new FakeStudio(unstamped(statusFeed()));
      studio.install();
      const el = await fixture<ClearlineEditor>(html`<clearline-editor lang=${lang} feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
      await waitUntil(() => text(el).includes(lang === 'en' ? 'Storm: flights cancelled' : 'Storm: vluchten geannuleerd'), 'opened');
      await click(el, lang === 'en' ? 'Post update' : 'Update plaatsen');
      await fill(el, lang === 'en' ? 'What we know — English' : 'Wat we weten — Engels', 'Flights resume at 14:00.');
      await click(el, lang === 'en' ? '+1 h' : '+1 uur');
      await pickKey(el, key, lang === 'en' ? 'Signing key' : 'Ondertekeningssleutel');
      await click(el, lang === 'en' ? 'Sign' : 'Ondertekenen');
      const publish = lang === 'en' ? 'Publish' : 'Publiceren';
      await waitUntil(() => !button(el, publish).hidden, 'signed');
      await click(el, publish);
      await waitUntil(() => text(el).includes(saved), `"${saved}"`, { timeout: 5000 });
      expect(text(el)).to.contain(notSent);
    });
  }
});

// A bank's desk started the studio on studio.json; it saved studio.jws.json and said "Zet feed.jws.json zelf op de
// website", while an older feed.jws.json from the command line lay in the same folder.
describe('<clearline-editor> in the studio: the file to put on the website', () => {
  it('without a publish command, names the signed file it saved, not feed.jws.json', async () => {
    studio = new FakeStudio(unstamped(statusFeed()));
    studio.files = ['studio.json', 'studio.jws.json'];
    studio.install();
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
    await waitUntil(() => text(el).includes('Storm: vluchten geannuleerd'), 'opened');
    await click(el, 'Update plaatsen');
    await fill(el, 'Wat we weten — Engels', 'Flights resume at 14:00.');
    await click(el, '+1 uur');
    await pickKey(el, key, 'Ondertekeningssleutel');
    await click(el, 'Ondertekenen');
    await waitUntil(() => !button(el, 'Publiceren').hidden, 'signed');
    await click(el, 'Publiceren');
    await waitUntil(() => text(el).includes('studio.json en studio.jws.json opgeslagen'), 'saved', { timeout: 5000 });
    expect(text(el)).to.contain('Het ondertekende bestand is opgeslagen als /srv/water/status/studio.jws.json: zet het op de website');
    expect(text(el)).not.to.contain('feed.jws.json');
  });
});

describe('<clearline-editor> in the studio: the published feed’s expiry', () => {
  it('the expiry of the signed feed beside feed.json (X-Clearline-Expires) prompts a re-sign when it is within 15 minutes', async () => {
    studio = new FakeStudio(unstamped(statusFeed()));
    studio.install();
    const fakeFetch = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const res = await fakeFetch(input, init);
      if (String(input) !== '/api/feed') return res;
      return new Response(await res.text(), { headers: { 'X-Clearline-Version': studio.version, 'X-Clearline-Expires': iso(10 * MIN) } });
    };
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
    await waitUntil(() => text(el).includes('Re-sign now'), 'expiry warning');
    expect(text(el)).to.match(/The published feed expires (at|on) /);
  });
});

describe('<clearline-editor> in the studio: a damaged signed feed beside feed.json', () => {
  // The studio names it in X-Clearline-Damaged (src/cli/studio-envelope.ts); the page said nothing.
  const damagedStudio = () => {
    studio = new FakeStudio(unstamped(statusFeed()));
    studio.install();
    const fakeFetch = window.fetch;
    let damaged = true;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const res = await fakeFetch(input, init);
      if (String(input) !== '/api/feed') return res;
      return new Response(await res.text(), { headers: { 'X-Clearline-Version': studio.version, ...(damaged ? { 'X-Clearline-Damaged': encodeURIComponent('storing-café.jws.json') } : {}) } });
    };
    // A save writes a good one: the studio no longer names it.
    return () => (damaged = false);
  };

  it('says it in the page, in the desk\'s language, and that publishing again replaces it; gone once published', async () => {
    const repaired = damagedStudio();
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
    await waitUntil(() => text(el).includes('is beschadigd'), 'damaged notice');
    expect(root(el).querySelector('.problem')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'storing-café.jws.json, de ondertekende feed naast de feed die u bewerkt, is beschadigd: hij is met de hand gewijzigd of afgebroken (half gekopieerd), dus lezers zouden hem weigeren. Zet dat bestand niet op de website. Onderteken en publiceer hier opnieuw (met een update, of ongewijzigd): dat vervangt hem door een goede. Nu opnieuw ondertekenen',
    );
    // Unchanged: re-sign it and publish.
    await click(el, 'Nu opnieuw ondertekenen');
    await pickKey(el, key, 'Ondertekeningssleutel');
    await click(el, 'Ondertekenen');
    await waitUntil(() => !button(el, 'Publiceren').hidden, 'signed');
    repaired();
    await click(el, 'Publiceren');
    await waitUntil(() => text(el).includes('opgeslagen in'), 'saved', { timeout: 5000 });
    expect(studio.saves.length).to.equal(1);
    expect(text(el)).not.to.contain('is beschadigd');
  });

  it('in English for an English desk; with a form open, no re-sign button (the update replaces it)', async () => {
    damagedStudio();
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
    await waitUntil(() => text(el).includes('is damaged'), 'damaged notice');
    expect(text(el)).to.contain('storing-café.jws.json, the signed feed beside the feed you edit, is damaged: it was changed by hand or cut off (copied halfway), so readers would refuse it.');
    expect(text(el)).to.contain('Sign and publish here again (with an update, or unchanged): that replaces it with a good one.');
    await click(el, 'Post update');
    expect(root(el).querySelector('.problem')?.querySelector('button')).to.equal(null);
  });
});
