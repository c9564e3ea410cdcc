// A contact channel's link as the desk knows it. A UK software company's desk, adding its support
// line and its phishing address in the studio, saw `tel:+442079460000` and
// `mailto:security@ledgerly.example` in the Link fields, a hint about "tel:, mailto: or https:", and a
// wrong number said as "the British number tel:+4480012 has 5 digits after +44". The studio now
// shows a number as dialled in the feed's country and an e-mail address as it is, stores the link
// the feed needs (channelLink, as `clearline new channel --link`), and says a wrong number in the
// form the desk typed it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import type { Channel } from '../../src/feed/schema.js';
import { keygen, type TestKey } from './helpers.js';
import { click, emptyFeed, field, fill, newIncident, pickKey, text } from './editor-helpers.js';

let key: TestKey;
before(async () => {
  key = await keygen();
});
afterEach(() => forgetKey());

const channels: Channel[] = [
  { id: 'phone', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+442079460000' },
  { id: 'email', kind: 'email', label: { nl: 'Verdachte e-mail melden', en: 'Report a suspicious e-mail' }, href: 'mailto:security@ledgerly.example' },
  { id: 'nl', kind: 'phone', label: { nl: 'Kantoor Utrecht', en: 'Utrecht office' }, href: 'tel:+31301234567' },
];
const ledgerly = () => emptyFeed({ feed_id: 'ledgerly', publisher: { name: 'Ledgerly', url: 'https://example.com' }, time_zone: 'Europe/London', channels });
const findingOf = (el: ClearlineEditor, name: string) => field(el, name).closest('[data-field]')!.querySelector('.findings')?.textContent?.replace(/\s+/g, ' ') ?? '';

async function outage(el: ClearlineEditor) {
  await newIncident(el, 'outage');
  await fill(el, 'Title — English', 'Ledgerly is down');
  await fill(el, 'Title — Dutch', 'Ledgerly werkt niet');
  await fill(el, 'What we know — English', 'Since 09:10 nobody can log in.');
  await fill(el, 'What we know — Dutch', 'Sinds 09:10 kan niemand inloggen.');
  await fill(el, "What we don't know yet — English", 'The cause.');
  await fill(el, "What we don't know yet — Dutch", 'De oorzaak.');
  await click(el, '+30 min');
}

describe('<clearline-editor> a channel link in the desk\'s words', () => {
  it('shows numbers as dialled (at home, or with + abroad) and e-mail addresses as they are; no tel: or mailto: anywhere', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${ledgerly()}></clearline-editor>`);
    await outage(el);
    expect(field(el, 'Link — Customer service').value).to.equal('020 7946 0000');
    expect(field(el, 'Link — Report a suspicious e-mail').value).to.equal('security@ledgerly.example');
    expect(field(el, 'Link — Utrecht office').value, 'a Dutch number in a British feed').to.equal('+31 30 123 4567');
    expect(text(el)).not.to.match(/tel:|mailto:/);
    expect(text(el)).to.contain('A phone number as you dial it (e.g. 020 7946 0000)');
  });

  it('stores what the desk types as the link the feed needs, and shows it back as dialled', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${ledgerly()}></clearline-editor>`);
    await outage(el);
    await fill(el, 'Link — Customer service', '+44 20 7946 0001');
    expect(field(el, 'Link — Customer service').value).to.equal('020 7946 0001');
    await click(el, 'Add channel');
    await fill(el, 'Name — English (Channel 4)', 'Billing');
    await fill(el, 'Name — Dutch (Channel 4)', 'Facturen');
    await fill(el, 'Link — Billing', 'billing@ledgerly.example');
    expect(field(el, 'Link — Billing').value).to.equal('billing@ledgerly.example');
    await pickKey(el, key);
    let payload: { channels: Channel[] } | undefined;
    el.addEventListener('clearline-signed', (e) => (payload = (e as CustomEvent).detail.payload), { once: true });
    await click(el, 'Sign');
    await waitUntil(() => payload, 'signed');
    expect(payload!.channels.map((c) => c.href)).to.deep.equal(['tel:+442079460001', 'mailto:security@ledgerly.example', 'tel:+31301234567', 'mailto:billing@ledgerly.example']);
  });

  it('a wrong number or a text that is no link is said as typed, with what to write instead', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${ledgerly()}></clearline-editor>`);
    await outage(el);
    await fill(el, 'Link — Customer service', '0800 12');
    const short = findingOf(el, 'Link — Customer service');
    expect(short).to.contain('the number 0800 12 has 6 digits; British numbers have 10 or 11, with the 0 at the start');
    await fill(el, 'Link — Customer service', 'call 0800 123 4567');
    const words = findingOf(el, 'Link — Customer service');
    expect(words).to.contain('“call 0800 123 4567” is not a phone number, e-mail address or web address');
    expect(words).to.contain('Write only a phone number as you dial it (e.g. 020 7946 0000)');
    for (const f of [short, words]) expect(f).not.to.match(/tel:|mailto:|https:|E\.164/);
  });

  it('a number still being typed is checked, and signed, as it will be stored (trial E, a bank\'s desk)', async () => {
    // A correct "058 212 3456" was "not a phone number" while the field had focus; a digit too many was that error
    // before the field was left and a suggestion (11 digits) after; and Sign must sign the link, not the typed text.
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed({ channels })}></clearline-editor>`);
    await newIncident(el, 'outage', true);
    const name = 'Link — Kantoor Utrecht';
    await fill(el, name, '030 123 456');
    expect(findingOf(el, name), 'left with a digit short').to.contain('heeft 9 cijfers');
    const typing = async (v: string) => {
      const f = field(el, name);
      f.value = v;
      f.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
    };
    await typing('058 212 3456');
    expect(findingOf(el, name), 'a right number while typing').to.equal('');
    expect(field(el, name).value, 'the field keeps what is typed').to.equal('058 212 3456');
    // A link's notes wait until it is left ("058 2" is no number yet); then they are about the number as stored.
    await typing('058 2123 4567');
    expect(findingOf(el, name), 'no note while typing').to.equal('');
    await fill(el, name, '058 2123 4567');
    expect(findingOf(el, name)).to.contain('heeft 11 cijfers');
    expect(findingOf(el, name)).not.to.contain('geen telefoonnummer');
    // Signed straight from the field (no change or blur): the link the feed needs.
    await fill(el, 'Titel — Nederlands', 'Ledgerly werkt niet');
    await fill(el, 'Titel — Engels', 'Ledgerly is down');
    await fill(el, 'Wat we weten — Nederlands', 'Sinds 09:10 kan niemand inloggen.');
    await fill(el, 'Wat we weten — Engels', 'Since 09:10 nobody can log in.');
    await fill(el, 'Wat we nog niet weten — Nederlands', 'De oorzaak.');
    await fill(el, 'Wat we nog niet weten — Engels', 'The cause.');
    await click(el, '+30 min');
    await typing('058 212 3456');
    await pickKey(el, key, 'Ondertekeningssleutel');
    let payload: { channels: Channel[] } | undefined;
    el.addEventListener('clearline-signed', (e) => (payload = (e as CustomEvent).detail.payload), { once: true });
    await click(el, 'Ondertekenen');
    await waitUntil(() => payload, 'signed');
    expect(payload!.channels.find((c) => c.id === 'nl')!.href).to.equal('tel:+31582123456');
  });

  it('a Dutch studio shows a Dutch feed\'s numbers as dialled in the Netherlands', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${emptyFeed({ channels })}></clearline-editor>`);
    await newIncident(el, 'outage', true);
    expect(field(el, 'Link — Kantoor Utrecht').value).to.equal('030 123 4567');
    expect(field(el, 'Link — Klantenservice').value).to.equal('+44 20 7946 0000');
    await fill(el, 'Link — Kantoor Utrecht', '030 123 456');
    expect(findingOf(el, 'Link — Kantoor Utrecht')).to.contain('het nummer 030123456 heeft 9 cijfers; Nederlandse nummers hebben er 10, met de 0 vooraan');
    // A freephone number a digit short is said as one: it has 8 or 11 (0800 and 4 or 7), not "Dutch numbers have 8 of 11".
    await fill(el, 'Link — Kantoor Utrecht', '0800 - 035');
    expect(findingOf(el, 'Link — Kantoor Utrecht')).to.contain('heeft 7 cijfers; 0800-nummers hebben er 8 of 11, met de 0 vooraan');
    // 0800 and 5 digits is no number either (before, any length from 8 to 11 passed).
    await fill(el, 'Link — Kantoor Utrecht', '0800 03591');
    expect(findingOf(el, 'Link — Kantoor Utrecht')).to.contain('heeft 9 cijfers; 0800-nummers hebben er 8 of 11');
  });
});
