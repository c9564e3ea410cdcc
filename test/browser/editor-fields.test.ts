// The studio's text fields as a tired user meets them: a field that holds only template guidance
// ([[TODO: …]]) is replaced by what is typed, whether it was reached by Tab or by a click, also a
// second click into a field that already has focus (a real mouse, real keys).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, field, newIncident as startIncident } from './editor-helpers.js';

const emptyFeed = (): FeedDraft => ({ type: 'status', version: 1, feed_id: 'water-oost', publisher: { name: 'Waterbedrijf Oost', url: 'https://example.com' }, time_zone: 'Europe/Amsterdam', channels: [], incidents: [] });


async function clickInto(input: HTMLElement, at = 0.6) {
  const r = input.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width * at), Math.round(r.top + r.height / 2)] });
}

describe('<clearline-editor> fields with template guidance', () => {
  async function newIncident() {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${emptyFeed()}></clearline-editor>`);
    await startIncident(el, 'water');
    return el;
  }

  it('a click into a guidance-only field, then typing, replaces the guidance', async () => {
    const el = await newIncident();
    const title = field(el, 'Title — English');
    expect(title.value).to.match(/^\[\[TODO/);
    await clickInto(title);
    await sendKeys({ type: 'No tap water in Deventer' });
    expect(title.value).to.equal('No tap water in Deventer');
  });

  it('a second click into the field that already has focus still replaces the guidance', async () => {
    const el = await newIncident();
    const title = field(el, 'Title — Dutch');
    await clickInto(title, 0.3);
    await clickInto(title, 0.7);
    await sendKeys({ type: 'Geen kraanwater' });
    expect(title.value).to.equal('Geen kraanwater');
  });

  it('a field with the user\'s own words is left alone: a click puts the caret, nothing is selected', async () => {
    const el = await newIncident();
    const title = field(el, 'Title — English');
    await clickInto(title);
    await sendKeys({ type: 'No water' });
    await clickInto(title, 0.95);
    await sendKeys({ type: ' in Zwolle' });
    expect(title.value).to.equal('No water in Zwolle');
  });
});

describe('<clearline-editor> words for every sector', () => {
  it('the form speaks of readers, not customers: a hospital has patients, a municipality residents', async () => {
    for (const lang of ['en', 'nl']) {
      const el = await fixture<ClearlineEditor>(html`<clearline-editor lang=${lang} .feed=${emptyFeed()}></clearline-editor>`);
      await startIncident(el, 'water', lang === 'nl');
      await click(el, lang === 'nl' ? 'Actie toevoegen' : 'Add an action');
      const words = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(words, lang).to.match(/What readers can do|Wat lezers kunnen doen/);
      // "Customer service" / "Klantenservice" is an example channel name, not a word for the reader.
      expect(words.replace(/Customer service|Klantenservice/g, ''), lang).to.not.match(/customer|klant/i);
    }
  });
});

describe('<clearline-editor> open incidents', () => {
  it("say the next update in the feed's time zone, as the rest of the studio and the CLI do, not the computer's", async () => {
    const next = Date.now() + 45 * 60_000;
    const feed: FeedDraft = {
      ...emptyFeed(),
      time_zone: 'Asia/Tokyo',
      incidents: [{ id: 'burst', title: { en: 'No tap water' }, severity: 'major', phase: 'identified', started_at: new Date(Date.now() - 3_600_000).toISOString(), updated_at: new Date(Date.now() - 600_000).toISOString(), known: { en: 'A main burst.' }, unknown: { en: 'When.' }, next_update_at: new Date(next).toISOString() }],
    };
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed}></clearline-editor>`);
    // A zone outside Europe: as an English page's <clearline-status> shows it, 6:05 PM (locale.ts).
    const tokyo = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Tokyo' }).format(next);
    const when = el.shadowRoot!.querySelector('.incidents .when')!.textContent!;
    expect(when).to.contain(tokyo);
  });
});

describe('<clearline-editor> suggested actions', () => {
  it('"+ Can wait" adds a suggestion as one that can wait, "+ Act now" as act now, whatever the template advised', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${emptyFeed()}></clearline-editor>`);
    await startIncident(el, 'water');
    const boil = 'When your water comes back, run the cold kitchen tap until it runs clear';
    const press = async (name: string) => {
      const b = [...el.shadowRoot!.querySelectorAll('button')].find((x) => x.getAttribute('aria-label') === name);
      if (!b) throw new Error(`no button "${name}"; ${[...el.shadowRoot!.querySelectorAll('button[aria-label]')].map((x) => x.getAttribute('aria-label')).join(' | ')}`);
      b.click();
      await el.updateComplete;
    };
    await press(`Can wait: add “${boil}”`);
    const urgentBoxes = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((c) => /Act now/.test(c.labels?.[0]?.textContent ?? ''));
    expect(urgentBoxes().map((c) => c.checked), 'the template marks running the tap urgent, but "+ Can wait" was pressed').to.deep.equal([false]);
  });
});

describe('<clearline-editor> signing', () => {
  it('signs until an hour after the promised next update, so a 02:00 promise of "next update 05:00" is not "outdated" at 03:00', async () => {
    const { keygen } = await import('./helpers.js');
    const { verifyDocument } = await import('../../src/feed/verify.js');
    const key = await keygen();
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" valid="1h" .feed=${emptyFeed()}></clearline-editor>`);
    await startIncident(el, 'outage');
    const fill = async (name: string, value: string) => {
      const f = field(el, name);
      f.value = value;
      for (const type of ['input', 'change']) f.dispatchEvent(new Event(type, { bubbles: true }));
      await el.updateComplete;
    };
    for (const l of ['English', 'Dutch']) {
      await fill(`Title — ${l}`, 'No water');
      await fill(`What we know — ${l}`, 'A main burst.');
      await fill(`What we don't know yet — ${l}`, 'When.');
    }
    await fill('Next update', '+3h');
    const input = field(el, 'Signing key');
    const dt = new DataTransfer();
    dt.items.add(new File([JSON.stringify(key.privateJwk)], 'private.jwk.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => el.shadowRoot!.querySelector('.key-ready'), 'key imported');
    const signed = new Promise<CustomEvent>((ok) => el.addEventListener('clearline-signed', (e) => ok(e as CustomEvent), { once: true }));
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Sign')!.click();
    const verified = await verifyDocument(JSON.stringify((await signed).detail.envelope), { kind: 'status', keys: key.publicJwk, store: null });
    const p = verified.payload;
    expect(Date.parse(p.expires_at)).to.equal(Date.parse(p.incidents[0]!.next_update_at!) + 3_600_000);
  });
});

describe('<clearline-editor> an all-clear', () => {
  it('says that nothing is open, so it must be signed again before it runs out (or readers see "Status unknown")', async () => {
    const { keygen, statusFeed } = await import('./helpers.js');
    const key = await keygen();
    const feed = statusFeed();
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed}></clearline-editor>`);
    const { click, pickKey, resolveWith, text } = await import('./editor-helpers.js');
    await click(el, 'Post update');
    await resolveWith(el, 'Flights run normally again.', 'Vluchten gaan weer normaal.');
    await pickKey(el, key);
    await click(el, 'Sign');
    await waitUntil(() => /Signed at /.test(text(el)), 'signed');
    // Said to a desk that never used a terminal: who can make it happen, not a command (it said "let clearline heartbeat do it").
    expect(text(el)).to.contain('Nothing is open, so sign again before then, or ask whoever set up the studio to have it signed again on a schedule: after that readers see "Status unknown".');
  });

  // Trial Q, a hospital: its standing "we will call you" (a notice, no next update) read "Niet meer bevestigd sinds 15:01" at
  // 16:30; the CLI's sign warns of that, the studio said only "geldig tot 16:01".
  it('with only a notice open and no next update, says to sign again on a schedule (or readers see it "Not confirmed since …")', async () => {
    const { keygen, statusFeed } = await import('./helpers.js');
    const key = await keygen();
    const feed = statusFeed();
    Object.assign(feed.incidents[0]!, { severity: 'info', next_update_at: null });
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
    const { click, fill, pickKey, text } = await import('./editor-helpers.js');
    await click(el, 'Update plaatsen');
    await fill(el, 'Wat we weten — Engels', 'Was your appointment cancelled? We will call you.');
    await pickKey(el, key, 'Ondertekeningssleutel');
    await click(el, 'Ondertekenen');
    await waitUntil(() => /Ondertekend om /.test(text(el)), 'signed');
    expect(text(el)).to.contain('Er staat alleen een mededeling open, zonder volgende update, dus onderteken vóór die tijd opnieuw');
    expect(text(el)).to.contain('"Niet meer bevestigd sinds …"');
  });
});
