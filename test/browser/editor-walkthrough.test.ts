// <clearline-editor> as a Dutch water company met it in a walkthrough of `clearline studio` at
// 2 a.m.: a reload must not silently lose the update, a wrong key file is named for what it is
// (in Dutch), every suggestion that is counted is also said, the preview says when its next-update
// time is only an example, and the template names are in the studio's language.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey, readKeyFile } from '../../src/components/editor/key-store.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { keygen, sign, statusFeed, type TestKey } from './helpers.js';
import { button, click, field, fill, newIncident, root, text } from './editor-helpers.js';







const keyError = (el: ClearlineEditor) => root(el).querySelector('#f-key-error')?.textContent?.trim() ?? '';

/** Chooses a file as the signing key, as the file input does; resolves once the page says `expected` (or has the key, for ''). */
async function chooseFile(el: ClearlineEditor, file: File, expected: string, label = 'Ondertekeningssleutel') {
  const input = field(el, label);
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => (expected ? keyError(el) === expected : root(el).querySelector('.key-ready')), `"${expected}"; the page says "${keyError(el)}"`).catch(() => undefined);
  await el.updateComplete;
  expect(keyError(el), file.name).to.equal(expected);
}

/** What a reload or closing the tab would do: true when the page asks first. */
function leavingAsks(): boolean {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
}

const waterFeed = (): FeedDraft => ({ type: 'status', version: 1, feed_id: 'water-oost', publisher: { name: 'Waterbedrijf Oost', url: 'https://example.com' }, time_zone: 'Europe/Amsterdam', channels: [], incidents: [] });

const NL_TEXT: Record<string, string> = {
  'Titel — Engels': 'No tap water in Deventer',
  'Titel — Nederlands': 'Geen kraanwater in Deventer',
  'Wat we weten — Engels': 'A main pipe burst at 01:40. About 3,000 homes have no water.',
  'Wat we weten — Nederlands': 'Om 01:40 is een hoofdleiding gesprongen. Zo’n 3.000 woningen hebben geen water.',
  'Wat we nog niet weten — Engels': 'When the water comes back.',
  'Wat we nog niet weten — Nederlands': 'Wanneer het water terugkomt.',
};

let key: TestKey;
before(async () => {
  key = await keygen();
  await forgetKey();
});

describe('<clearline-editor> walkthrough: reloading does not silently lose the update', () => {
  let realFetch: typeof fetch;
  let saved: string | undefined;
  beforeEach(() => {
    realFetch = window.fetch;
    saved = undefined;
    let rev = 1;
    // The studio's /api/feed and /api/save (src/cli/studio.ts), in the page.
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url === '/api/feed') return new Response(saved ?? JSON.stringify(waterFeed()), { headers: { 'X-Clearline-Version': `rev-${rev}` } });
      if (url === '/api/save' && init?.method === 'POST') {
        saved = (JSON.parse(String(init.body)) as { feed: string }).feed;
        rev++;
        return Response.json({ files: ['feed.json', 'feed.jws.json'], folder: '/srv/water', version: `rev-${rev}` });
      }
      return realFetch(input, init);
    };
  });
  afterEach(() => (window.fetch = realFetch));

  it('asks before leaving while an edit is not saved; not when pristine, not after Publiceren, not once the element is gone', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
    await waitUntil(() => text(el).includes('Geen open incidenten'), 'opened');
    expect(leavingAsks(), 'nothing written yet').to.equal(false);
    await newIncident(el, 'water', true);
    expect(leavingAsks(), 'a new incident nobody has typed in yet').to.equal(false);
    await fill(el, 'Titel — Nederlands', NL_TEXT['Titel — Nederlands']!);
    expect(leavingAsks(), 'a title typed and not saved').to.equal(true);
    for (const [name, value] of Object.entries(NL_TEXT)) await fill(el, name, value);
    await click(el, '+30 min');
    await chooseFile(el, new File([JSON.stringify(key.privateJwk)], 'private.jwk.json'), '');
    await click(el, 'Ondertekenen');
    await waitUntil(() => !button(el, 'Publiceren').hidden, 'signed');
    expect(leavingAsks(), 'signed, but not saved').to.equal(true);
    await click(el, 'Publiceren');
    await waitUntil(() => text(el).includes('opgeslagen in /srv/water'), 'saved');
    await el.updateComplete;
    expect(saved, 'the studio has the update').to.contain('Geen kraanwater in Deventer');
    expect(leavingAsks(), 'everything is saved').to.equal(false);
    // A correction after the save is unsaved work again; typing it back to what was saved is not.
    const known = NL_TEXT['Wat we weten — Nederlands']!;
    await fill(el, 'Wat we weten — Nederlands', `${known} Monteurs zijn onderweg.`);
    expect(leavingAsks(), 'a correction not saved').to.equal(true);
    await fill(el, 'Wat we weten — Nederlands', known);
    expect(leavingAsks(), 'the form is as saved again').to.equal(false);
    await fill(el, 'Wat we weten — Nederlands', `${known} Monteurs zijn onderweg.`);
    expect(leavingAsks()).to.equal(true);
    el.remove();
    expect(leavingAsks(), 'the element is gone').to.equal(false);
    // An update still pending when it was removed (a late answer, the clock) does not ask again.
    el.requestUpdate();
    await el.updateComplete;
    expect(leavingAsks(), 'the element is gone, after an update').to.equal(false);
  });

  it('a new feed: the publisher typed in and a channel added count as unsaved work too', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl"></clearline-editor>`);
    await waitUntil(() => root(el).querySelector('fieldset.identity'), 'new feed fields');
    expect(leavingAsks()).to.equal(false);
    await fill(el, 'Naam van de afzender', 'Waterbedrijf Oost');
    expect(leavingAsks(), 'publisher typed').to.equal(true);
    el.remove();
    expect(leavingAsks()).to.equal(false);
    const withChannel = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${waterFeed()}></clearline-editor>`);
    await newIncident(withChannel, 'water', true);
    expect(leavingAsks()).to.equal(false);
    await click(withChannel, 'Kanaal toevoegen');
    expect(leavingAsks(), 'a channel added').to.equal(true);
  });
});

describe('<clearline-editor> walkthrough: a wrong key file is named for what it is, in Dutch', () => {
  const OUT = 'kies private.jwk.json, het bestand dat clearline keygen met --out heeft gemaakt.';

  it('public key, signed feed, other JSON, not JSON, too large; and Ondertekenen without a key', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${waterFeed()}></clearline-editor>`);
    await newIncident(el, 'water', true);
    await chooseFile(el, new File([JSON.stringify(key.publicJwk)], 'public.jwk.json'), 'Dit is geen privésleutel maar de openbare sleutel. Kies het privésleutelbestand (private.jwk.json, gemaakt door clearline keygen), niet de openbare sleutel.');
    await chooseFile(el, new File([JSON.stringify(await sign(statusFeed(), [key]))], 'feed.jws.json'), `Dit is een ondertekende feed, geen sleutelbestand: ${OUT}`);
    await chooseFile(el, new File([JSON.stringify({ hello: 'world' })], 'random.json'), `Dit is geen sleutelbestand: ${OUT}`);
    await chooseFile(el, new File(['-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI\n-----END PRIVATE KEY-----\n'], 'key.pem'), `Dit is geen sleutelbestand (het is geen JSON): ${OUT}`);
    await chooseFile(el, new File([JSON.stringify(waterFeed())], 'feed.json'), `Dit is geen sleutelbestand: ${OUT}`);
    await chooseFile(el, new File(['x'.repeat(70_000)], 'big.json'), `Dit bestand is te groot voor een sleutelbestand: ${OUT}`);
    // No key at all: said once, in Dutch.
    for (const [name, value] of Object.entries(NL_TEXT)) await fill(el, name, value);
    await click(el, '+30 min');
    await click(el, 'Ondertekenen');
    await waitUntil(() => keyError(el), 'no key said');
    expect(keyError(el)).to.equal('Kies eerst uw ondertekeningssleutel.');
    expect(text(el).split('Kies eerst uw ondertekeningssleutel.').length - 1, 'said once').to.equal(1);
    expect(text(el)).not.to.match(/choose|private key|not a key file|signing key/i);
    // A private key after all: the problem is gone.
    await chooseFile(el, new File([JSON.stringify(key.privateJwk)], 'private.jwk.json'), '');
  });

  it('in English: a signed feed or other JSON is not called a public key', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${waterFeed()}></clearline-editor>`);
    const select = field(el, 'Template');
    select.value = 'water';
    select.dispatchEvent(new Event('change'));
    await click(el, 'New incident');
    const OUT_EN = 'choose private.jwk.json, the file clearline keygen wrote with --out.';
    await chooseFile(el, new File([JSON.stringify({ hello: 'world' })], 'random.json'), `This is not a key file: ${OUT_EN}`, 'Signing key');
    await chooseFile(el, new File([JSON.stringify(await sign(statusFeed(), [key]))], 'feed.jws.json'), `This is a signed feed, not a key file: ${OUT_EN}`, 'Signing key');
    await chooseFile(el, new File(['{"kty":'], 'broken.json'), `This file is not a key file (it is not JSON): ${OUT_EN}`, 'Signing key');
    await chooseFile(el, new File([JSON.stringify(key.publicJwk)], 'public.jwk.json'), 'This is not a private key: it is the public key. Choose the private key file (private.jwk.json, made by clearline keygen), not the public key.', 'Signing key');
  });

  it('readKeyFile throws a FeedError with code config and a stable reason', async () => {
    const reasonOf = (text: string) => readKeyFile(new Blob([text])).then(() => 'accepted', (e: { code?: string; reason?: string; name?: string }) => `${e.code}/${e.reason}`);
    expect(await reasonOf(JSON.stringify(key.publicJwk))).to.equal('config/public-key');
    expect(await reasonOf(JSON.stringify({ keys: [key.publicJwk] }))).to.equal('config/public-key');
    expect(await reasonOf(JSON.stringify(await sign(statusFeed(), [key])))).to.equal('config/signed-feed');
    expect(await reasonOf('{"hello":1}')).to.equal('config/not-a-key');
    expect(await reasonOf('[1, 2]')).to.equal('config/not-a-key');
    expect(await reasonOf('not json')).to.equal('config/not-json');
    expect(await reasonOf('x'.repeat(70_000))).to.equal('config/too-large');
    expect(await reasonOf(JSON.stringify({ ...key.privateJwk, crv: 'X25519' }))).to.equal('config/unusable');
    expect(await reasonOf(JSON.stringify({ keys: [key.publicJwk, key.privateJwk] }))).to.equal('accepted');
  });
});

describe('<clearline-editor> walkthrough: every suggestion that is counted is said', () => {
  it('the suggestion "no contact reasons" is shown with its message and fix next to Contactredenen, where it is fixed', async () => {
    const feed = statusFeed() as unknown as FeedDraft;
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    const counted = /(\d+) suggesties? \(ondertekenen mag\)/.exec(text(el));
    expect(counted, 'the count is shown').to.not.equal(null);
    const notes = [...root(el).querySelectorAll('fieldset.reasons .findings li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(notes).to.include('Oplossen: er is een incident en er zijn contactkanalen, maar geen contactredenen. Geef contactredenen op (bijv. “Een probleem melden”, “Ik heb vandaag hulp nodig”, en een dringende voor noodgevallen), zodat mensen het juiste antwoord of kanaal vinden zonder eerst te bellen.');
    // Each counted suggestion is on screen: next to its field, or in the list above Ondertekenen.
    expect(root(el).querySelectorAll('.findings li.warning').length).to.equal(Number(counted![1]));
  });

  it('a suggestion on an urgent action\'s phone link is said at the action\'s link field, and counted', async () => {
    // On a Dutch clock, so the number is said as a Dutch desk dials it (without one, lint knows no country: +31 800 123 456).
    const feed = statusFeed({ time_zone: 'Europe/Amsterdam' }) as unknown as FeedDraft;
    feed.contact_reasons = [{ id: 'no-water', label: { nl: 'Geen water', en: 'No water' }, urgent: true }];
    feed.incidents[0]!.actions = [{ label: { nl: 'Bel de storingslijn', en: 'Call the outage line' }, href: 'tel:+31800123456', urgent: true }];
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    const counted = Number(/(\d+) suggesties? \(ondertekenen mag\)/.exec(text(el))?.[1] ?? 0);
    expect(counted).to.be.above(0);
    const notes = [...root(el).querySelectorAll('[data-field="actions/0/href"] .findings li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(notes.join(' | ')).to.contain('een actie om nu te doen belt 0800 123 456, maar dat nummer staat niet als noodnummer bij de contactkanalen');
    expect(root(el).querySelectorAll('.findings li.warning').length).to.equal(counted);
  });
});

describe('<clearline-editor> walkthrough: the preview says when its next update is only an example', () => {
  for (const [lang, template, newIncidentButton, said] of [
    ['nl', 'Sjabloon', 'Nieuw incident', 'De volgende update is nog niet gekozen. In het voorbeeld staat '],
    ['en', 'Template', 'New incident', 'The next update has not been chosen yet. The preview shows '],
  ] as const) {
    it(`said above the preview until a time is chosen (${lang})`, async () => {
      const el = await fixture<ClearlineEditor>(html`<clearline-editor lang=${lang} .feed=${waterFeed()}></clearline-editor>`);
      const select = field(el, template);
      select.value = 'water';
      select.dispatchEvent(new Event('change'));
      await click(el, newIncidentButton);
      const note = root(el).querySelector('.preview #preview-example');
      expect(note, 'said').to.not.equal(null);
      expect(note!.textContent).to.contain(said);
      // Above the preview elements.
      const frame = root(el).querySelector('.preview .frame')!;
      expect(note!.compareDocumentPosition(frame) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await click(el, lang === 'en' ? '+1 h' : '+1 uur');
      expect(root(el).querySelector('#preview-example'), 'gone once a time is chosen').to.equal(null);
    });
  }
});

describe('<clearline-editor> walkthrough: template names in the studio\'s language', () => {
  const options = (el: ClearlineEditor, name: string) => [...(field(el, name) as unknown as HTMLSelectElement).options].map((o) => [o.value, o.textContent!.trim()]);

  it('Dutch names in a Dutch studio, English names in an English one, for every template', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${waterFeed()}></clearline-editor>`);
    expect(options(el, 'Sjabloon')).to.deep.equal([
      ['power', 'Stroomstoring'],
      ['gas', 'Gasstoring'],
      ['water', 'Waterstoring'],
      ['water-quality', 'Kookadvies of niet drinken'],
      ['sewage', 'Rioolwateroverlast'],
      ['heating', 'Verwarming of warm water'],
      ['lift', 'Lift buiten werking'],
      ['telecom', 'Telecomprovider'],
      ['mobile', 'Mobiel netwerk'],
      ['public-transport', 'Openbaar vervoer'],
      ['payments', 'Betalen of bankieren'],
      ['merchant-payments', 'Pinapparaten, webshops'],
      ['cyberattack', 'Cyberaanval'],
      ['data-breach', 'Datalek'],
      ['phishing', 'Nepberichten, phishing'],
      ['doorstep', 'Nepmonteurs aan de deur'],
      ['strike', 'Staking'],
      ['storm', 'Storm of noodweer'],
      ['flood', 'Wateroverlast'],
      ['recall', 'Terugroepactie'],
      ['outage', 'Storing website, app of IT'],
      ['generic', 'Andere verstoring'],
    ]);
    el.lang = 'en';
    await el.updateComplete;
    expect(options(el, 'Template')).to.deep.equal([
      ['power', 'Power cut'],
      ['gas', 'Gas outage'],
      ['water', 'Water outage'],
      ['water-quality', 'Drinking water advice'],
      ['sewage', 'Sewer flooding'],
      ['heating', 'Heating or hot water'],
      ['lift', 'Lift out of order'],
      ['telecom', 'Telecom provider'],
      ['mobile', 'Mobile network'],
      ['public-transport', 'Public transport'],
      ['payments', 'Payments or banking'],
      ['merchant-payments', 'Card terminals, checkout'],
      ['cyberattack', 'Cyberattack'],
      ['data-breach', 'Data breach'],
      ['phishing', 'Fake messages, phishing'],
      ['doorstep', 'Fake engineers at the door'],
      ['strike', 'Strike'],
      ['storm', 'Storm or severe weather'],
      ['flood', 'Flooding'],
      ['recall', 'Product recall'],
      ['outage', 'Website, app or IT down'],
      ['generic', 'Other disruption'],
    ]);
  });
});

describe('<clearline-editor> walkthrough: a new feed in a Dutch studio', () => {
  it('the publisher\'s name and website hold Dutch guidance, not English, and it still blocks Ondertekenen', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl"></clearline-editor>`);
    await waitUntil(() => root(el).querySelector('fieldset.identity'), 'new feed fields');
    expect(field(el, 'Naam van de afzender').value).to.equal('[[TODO: naam van uw organisatie]]');
    expect(field(el, 'Website van de afzender').value).to.equal('https://example.com/[[TODO:uw-website]]');
    await newIncident(el, 'storm', true);
    await click(el, 'Ondertekenen');
    expect(field(el, 'Naam van de afzender').getAttribute('aria-invalid')).to.equal('true');
    const english = await fixture<ClearlineEditor>(html`<clearline-editor lang="en"></clearline-editor>`);
    await waitUntil(() => root(english).querySelector('fieldset.identity'), 'new feed fields');
    expect(field(english, 'Publisher name').value).to.equal('[[TODO: your organisation]]');
  });
});

describe('<clearline-editor> walkthrough: an update written in Dutch only', () => {
  it('says next to "Wat we weten — Engels" that the English is still the previous update\'s, before Ondertekenen', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${statusFeed() as unknown as FeedDraft}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    const note = () => field(el, 'Wat we weten — Engels').closest('[data-field]')!.querySelector('.findings')?.textContent ?? '';
    expect(note(), 'nothing changed yet').to.equal('');
    await fill(el, 'Wat we weten — Nederlands', 'Er zijn extra schade-experts ingezet.');
    expect(note()).to.contain('deze tekst in het Engels is nog die van de vorige update, terwijl de tekst in het Nederlands is veranderd');
    await fill(el, 'Wat we weten — Engels', 'We have brought in extra claims assessors.');
    expect(note()).to.equal('');
  });
});
