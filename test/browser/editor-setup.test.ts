// <clearline-editor> as an English-only organisation (a UK water company, an Irish bank) sets up
// a new feed: it chooses the feed's languages in plain words and then meets no Dutch field
// anywhere; it says where its status page is; and an incident says when it started.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { ClearlineSignedDetail } from '../../src/components/editor/events.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { keygen, type TestKey } from './helpers.js';
import { click, emptyFeed, fill, newIncident, pickKey, root } from './editor-helpers.js';

let key: TestKey;
before(async () => {
  key = await keygen();
  await forgetKey();
});

const labels = (el: ClearlineEditor) => [...root(el).querySelectorAll('label')].map((l) => l.textContent!.trim().replace(/\s+/g, ' '));
const choices = (el: ClearlineEditor) => [...root(el).querySelectorAll<HTMLInputElement>('input[name="feed-languages"]')];
async function choose(el: ClearlineEditor, name: string) {
  const input = choices(el).find((i) => i.closest('label')!.textContent!.trim() === name);
  if (!input) throw new Error(`no choice "${name}"`);
  input.click();
  await el.updateComplete;
}

/** Signs with the test key and resolves with the signed payload (or rejects after a while, with what the page says). */
async function signed(el: ClearlineEditor): Promise<Record<string, unknown>> {
  await pickKey(el, key);
  const got = new Promise<ClearlineSignedDetail>((ok) => el.addEventListener('clearline-signed', (e) => ok((e as CustomEvent<ClearlineSignedDetail>).detail), { once: true }));
  await click(el, 'Sign');
  return (await got).payload as unknown as Record<string, unknown>;
}

async function newEnglishFeed(): Promise<ClearlineEditor> {
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en"></clearline-editor>`);
  await waitUntil(() => root(el).querySelector('fieldset.identity'), 'new feed fields');
  await fill(el, 'Publisher name', 'Example Water');
  await fill(el, 'Publisher website', 'www.example.co.uk');
  return el;
}

async function writeIncident(el: ClearlineEditor) {
  await fill(el, 'Title', 'No water in North Leeds');
  await fill(el, 'What we know', 'A main burst at 01:35. About 2,000 homes have no water.');
  await fill(el, "What we don't know yet", 'When the water comes back.');
  await click(el, '+30 min');
}

describe('<clearline-editor> a new feed: its languages', () => {
  it('asks in plain words; Dutch and English by default, as before', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en"></clearline-editor>`);
    await waitUntil(() => root(el).querySelector('fieldset.identity'), 'new feed fields');
    expect(choices(el).map((i) => `${i.closest('label')!.textContent!.trim()}${i.checked ? ' (chosen)' : ''}`)).to.deep.equal(['Dutch and English (chosen)', 'English only', 'Dutch only']);
    await newIncident(el, 'water');
    expect(labels(el)).to.include.members(['Title — Dutch', 'Title — English']);
  });

  it('English only: no Dutch field anywhere in the studio, and the signed feed has English texts only', async () => {
    const el = await newEnglishFeed();
    await choose(el, 'English only');
    await newIncident(el, 'water');
    await click(el, 'Add channel');
    const dutch = labels(el).filter((l) => /Dutch/.test(l));
    expect(dutch, 'only the language choices name Dutch').to.deep.equal(['Dutch and English', 'Dutch only']);
    expect(labels(el)).to.include.members(['Title', 'What we know', "What we don't know yet", 'Affects']);
    expect(root(el).querySelector<HTMLInputElement>('#f-title-en')?.value, 'the template guidance in English').to.contain('[[TODO');
    await click(el, 'Remove channel 1');
    await writeIncident(el);
    const payload = await signed(el);
    const incident = (payload.incidents as Record<string, unknown>[])[0]!;
    expect(incident.title).to.deep.equal({ en: 'No water in North Leeds' });
    expect(JSON.stringify(payload)).not.to.contain('"nl"');
  });

  it('Dutch only in a Dutch studio: Alleen Nederlands is offered first after both', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl"></clearline-editor>`);
    await waitUntil(() => root(el).querySelector('fieldset.identity'), 'new feed fields');
    expect(choices(el).map((i) => i.closest('label')!.textContent!.trim())).to.deep.equal(['Nederlands en Engels', 'Alleen Nederlands', 'Alleen Engels']);
    await choose(el, 'Alleen Nederlands');
    await newIncident(el, 'water', true);
    expect(labels(el).filter((l) => /Engels/.test(l))).to.deep.equal(['Nederlands en Engels', 'Alleen Engels']);
    expect(labels(el)).to.include('Titel');
  });
});

describe('<clearline-editor> a new feed: its status page', () => {
  it('is asked beside the website; an http: address is refused in words to act on; the signed feed carries it', async () => {
    const el = await newEnglishFeed();
    await choose(el, 'English only');
    await fill(el, 'Status page address', 'http://www.example.co.uk/status');
    const input = root(el).querySelector<HTMLInputElement>('#f-status-url')!;
    const said = () => input.closest('[data-field]')!.querySelector('.findings')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(said()).to.contain('Give the full web address as your browser shows it, starting with https://');
    await newIncident(el, 'water');
    expect(!!root(el).querySelector('clearline-status'), 'the preview is not blanked by the address being typed').to.equal(true);
    // Typed as people type it: made into the https: address, as the website field does.
    await fill(el, 'Status page address', 'www.example.co.uk/status');
    expect(input.value).to.equal('https://www.example.co.uk/status');
    expect(said()).to.equal('');
    await writeIncident(el);
    const payload = await signed(el);
    expect(payload.status_url).to.equal('https://www.example.co.uk/status');
  });
});

describe('<clearline-editor> a new incident: when it started', () => {
  const MIN = 60_000;
  const feed = () => emptyFeed({ feed_id: 'example-water', publisher: { name: 'Example Water', url: 'https://www.example.co.uk' }, time_zone: 'Europe/London', channels: [{ id: 'phone', kind: 'phone', label: { en: 'Call us' }, href: 'tel:+441134960000' }] });
  const startedInput = (el: ClearlineEditor) => root(el).querySelector<HTMLInputElement>('#f-started')!;
  const said = (el: ClearlineEditor) => startedInput(el).closest('[data-field]')!.textContent!.replace(/\s+/g, ' ');

  it('40 minutes ago, or the clock time it began (yesterday when that time is still to come today): the signed incident starts then', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed()}></clearline-editor>`);
    await newIncident(el, 'water');
    expect(startedInput(el).value, 'empty: when it is published').to.equal('');
    await fill(el, 'Started at', '-40m');
    expect(said(el)).to.contain('Started: ').and.to.contain('40 minutes ago');
    await writeIncident(el);
    const before = Date.now();
    let payload = await signed(el);
    let incident = (payload.incidents as Record<string, string>[])[0]!;
    expect(Math.abs(Date.parse(incident.started_at!) - (before - 40 * MIN)) < 2 * MIN, incident.started_at).to.equal(true);
    expect(Date.parse(incident.updated_at!) >= Date.parse(incident.started_at!) + 38 * MIN).to.equal(true);

    // The clock time 50 minutes ago in the feed's zone (just after midnight: yesterday's).
    const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }).format(Date.now() - 50 * MIN);
    const el2 = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed()}></clearline-editor>`);
    await newIncident(el2, 'water');
    await fill(el2, 'Started at', clock);
    await writeIncident(el2);
    payload = await signed(el2);
    incident = (payload.incidents as Record<string, string>[])[0]!;
    expect(Math.abs(Date.parse(incident.started_at!) - (Date.now() - 50 * MIN)) < 2 * MIN, `${clock} -> ${incident.started_at}`).to.equal(true);
  });

  it('a start in the future or words that are no time: said next to the field, and signing is refused', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed()}></clearline-editor>`);
    await newIncident(el, 'water');
    await writeIncident(el);
    // "Half past one" is read now (feed/spoken-times.ts); "a while ago" is still no time.
    await fill(el, 'Started at', 'a while ago');
    expect(startedInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(said(el)).to.contain('“a while ago” is not a time');
    const later = new Date(Date.now() + 2 * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    await fill(el, 'Started at', later);
    expect(startedInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(said(el)).to.contain('which is in the future').and.to.contain('Give the time the problem began');
    await pickKey(el, key);
    let got = false;
    el.addEventListener('clearline-signed', () => (got = true));
    await click(el, 'Sign');
    await new Promise((r) => setTimeout(r, 200));
    expect(got).to.equal(false);
  });
});

describe('<clearline-editor> an English studio for a British or Irish feed', () => {
  const feed = (time_zone: string) => emptyFeed({ feed_id: 'example-water', time_zone, channels: [{ id: 'phone', kind: 'phone', label: { en: 'Call us' }, href: 'tel:+441134960000' }] });
  const chosen = (el: ClearlineEditor) => root(el).querySelector('.next .chosen')?.textContent?.trim() ?? '';
  const hint = (el: ClearlineEditor) => root(el).querySelector('#f-affects-en-hint')?.textContent?.trim() ?? '';
  const previewText = (el: ClearlineEditor) => root(el).querySelector('clearline-status')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

  it('writes times on the 24-hour clock of the feed\'s region, and gives places from there as examples', async () => {
    for (const [zone, places] of [['Europe/London', 'North Leeds, Harrogate'], ['Europe/Dublin', 'Cork city, Galway']] as const) {
      const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed(zone)}></clearline-editor>`);
      await newIncident(el, 'water');
      await click(el, '+30 min');
      // Within 30 minutes of midnight in the feed's zone the promise is tomorrow's, said as such.
      expect(chosen(el), zone).to.match(/^Promised: (?:\d{1,2}:\d{2} \(in 30 minutes\)|tomorrow at \d{1,2}:\d{2})$/);
      expect(hint(el), zone).to.equal(`Comma-separated, e.g. ${places}`);
      await waitUntil(() => /Next update/.test(previewText(el)), 'preview');
      expect(previewText(el), zone).not.to.match(/\d (?:AM|PM|am|pm)\b/);
    }
  });

  // A bank's desk read "e.g. Amsterdam, Utrecht" for an outage of card payments and the app (templates/affects.ts).
  it('a bank\'s incident gives services as examples of who is affected, not places', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed('Europe/London')}></clearline-editor>`);
    await newIncident(el, 'payments');
    expect(hint(el)).to.equal('Comma-separated, e.g. card payments, the app, online banking');
  });

  it('a feed in a US zone keeps its region\'s clock; a Dutch feed in an English studio keeps Dutch places', async () => {
    const us = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed('America/New_York')}></clearline-editor>`);
    await newIncident(us, 'water');
    await click(us, '+30 min');
    expect(chosen(us)).to.match(/^Promised: (?:\d{1,2}:\d{2} (?:AM|PM) \(in 30 minutes\)|tomorrow at \d{1,2}:\d{2} (?:AM|PM))$/);
    const nl = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed('Europe/Amsterdam')}></clearline-editor>`);
    await newIncident(nl, 'water');
    expect(hint(nl)).to.equal('Comma-separated, e.g. Amsterdam, Utrecht');
  });

  // A US fiber provider's desk (Prairie Fiber, America/Chicago) was shown 14:30, 01:35 and "Mon–Fri 8:00–17:00" as
  // examples, and its "2:30 PM" was not a time, while its customers read 2:30 PM.
  it('a feed on a US clock gets its examples on the 12-hour clock and reads 1:35 AM; a British one keeps 14:30', async () => {
    const hints = (el: ClearlineEditor) => [...root(el).querySelectorAll('.hint')].map((h) => h.textContent!.trim()).join(' | ');
    const us = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${{ ...feed('America/Chicago'), channels: [{ id: 'phone', kind: 'phone', label: { en: 'Call us' }, href: 'tel:+18005550199' }] }}></clearline-editor>`);
    await newIncident(us, 'telecom');
    expect(hints(us)).to.contain('a time such as 2:30 PM (America/Chicago)').and.to.contain('a time such as 1:35 AM (America/Chicago)').and.to.contain('Mon–Fri 8 AM–5 PM');
    // The template's suggestions and contact reasons in American English, with 911 (src/templates/american.ts).
    const said = root(us).textContent!.replace(/\s+/g, ' ');
    expect(said).to.contain('In an emergency, call 911 from a cell phone').and.to.contain('My medical alert device does not work');
    expect(said).not.to.contain('personal alarm');
    await fill(us, 'Started at', '13:30 PM');
    expect(root(us).querySelector('#f-started-problem')?.textContent).to.contain('type a time such as 1:35 AM');
    await fill(us, 'Started at', '12:05 AM');
    expect(root(us).querySelector('#f-started-problem')).to.equal(null);
    const uk = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed('Europe/London')}></clearline-editor>`);
    await newIncident(uk, 'water');
    expect(hints(uk)).to.contain('a time such as 14:30 (Europe/London)').and.to.contain('a time such as 01:35 (Europe/London)').and.to.contain('Mon–Fri 08:00–17:00');
    // Two-digit hours, as UK and Dutch notices write them (a UK water company's trial: "4:00" at 2 a.m. read as 4 am or 4 pm).
    const nl = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed('Europe/Amsterdam')}></clearline-editor>`);
    await newIncident(nl, 'water', true);
    expect(hints(nl)).to.contain('ma–vr 08.00–17.00 uur');
  });
});
