// The contact reasons in the studio, as an insurer's service desk met them the night after a storm,
// starting from scratch: the feed had no contact reasons, the studio said "give contact reasons"
// and had no field for them, so the only way was editing feed.json by hand. Now the form offers
// the template's typical reasons with "+", and a tick per channel says which channels each offers.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { AxeResults, default as AxeCore } from 'axe-core';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { verifyDocument } from '../../src/feed/verify.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { sendKeys } from '@web/test-runner-commands';
import { keygen, type TestKey } from './helpers.js';
import { button, click, emptyFeed, field, fill, newIncident, pickKey, root } from './editor-helpers.js';
import { contactReasonsFromTemplate, missingContactReasons } from '../../src/templates/index.js';
import { pickText } from '../../src/i18n/lang.js';

declare const axe: typeof AxeCore;
let key: TestKey;
before(async () => {
  key = await keygen();
});
afterEach(() => forgetKey());

const insurer = (over: Partial<FeedDraft> = {}): FeedDraft => emptyFeed({ feed_id: 'noorderlicht', publisher: { name: 'Verzekeraar Noorderlicht', url: 'https://example.com' }, ...over });

/** The storm template in Dutch, its texts written, and two channels: the claims line and the emergency line (after `had` channels of the feed). */
async function stormWithChannels(el: ClearlineEditor, had = 0) {
  await newIncident(el, 'storm', true);
  await fill(el, 'Titel — Nederlands', 'Stormschade: veel drukte');
  await fill(el, 'Titel — Engels', 'Storm damage: very busy');
  await fill(el, 'Wat we weten — Nederlands', 'Veel klanten melden schade.');
  await fill(el, 'Wat we weten — Engels', 'Many customers report damage.');
  await fill(el, 'Wat we nog niet weten — Nederlands', 'Wanneer een expert langskomt.');
  await fill(el, 'Wat we nog niet weten — Engels', 'When an assessor can visit.');
  await click(el, '+30 min');
  await click(el, 'Actie toevoegen');
  await fill(el, 'Actie 1 — Nederlands', 'Gebeld door een "schade-expert"? Hang op.');
  await fill(el, 'Actie 1 — Engels', 'Called by a "claims assessor"? Hang up.');
  field(el, 'Nu doen').click();
  await click(el, 'Kanaal toevoegen');
  await fill(el, `Naam — Nederlands (Kanaal ${had + 1})`, 'Schadelijn');
  await fill(el, `Naam — Engels (Kanaal ${had + 1})`, 'Claims line');
  await fill(el, 'Link — Schadelijn', '088-123 4567');
  await click(el, 'Kanaal toevoegen');
  await fill(el, `Naam — Nederlands (Kanaal ${had + 2})`, 'Noodlijn');
  await fill(el, `Naam — Engels (Kanaal ${had + 2})`, 'Emergency line');
  await fill(el, 'Link — Noodlijn', '0800-0246');
  field(el, 'Noodnummer (altijd bovenaan) — Noodlijn').click();
  await el.updateComplete;
}

/** The radio button `label` in the group "Hoe dringend is <reason>?" (reason-level.ts). */
function level(el: ClearlineEditor, reason: string, label: string): HTMLInputElement {
  const group = [...root(el).querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent?.trim() === `Hoe dringend is ${reason}?`);
  const found = [...(group?.querySelectorAll('label') ?? [])].find((l) => l.textContent!.trim() === label);
  if (!found) throw new Error(`no choice "${label}" for "${reason}"`);
  return found.querySelector('input')!;
}

/** The tick for `channel` in the group "Kanalen voor <reason>". */
function tick(el: ClearlineEditor, reason: string, channel: string): HTMLInputElement {
  const group = [...root(el).querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent?.trim() === `Kanalen voor ${reason}`);
  const label = [...(group?.querySelectorAll('label') ?? [])].find((l) => l.textContent!.trim() === channel);
  if (!label) throw new Error(`no tick "${channel}" for "${reason}"`);
  return label.querySelector('input')!;
}

async function signed(el: ClearlineEditor) {
  await pickKey(el, key, 'Ondertekeningssleutel');
  let detail: { envelope: unknown } | undefined;
  el.addEventListener('clearline-signed', (e) => (detail = (e as CustomEvent).detail));
  await click(el, 'Ondertekenen');
  await waitUntil(() => detail, 'signed');
  return (await verifyDocument(JSON.stringify(detail!.envelope), { kind: 'status', keys: key.publicJwk, store: null })).payload;
}

/** Picks the key and presses Ondertekenen; whether the feed was signed within half a second. */
async function signs(el: ClearlineEditor): Promise<boolean> {
  await pickKey(el, key, 'Ondertekeningssleutel');
  let signed = false;
  el.addEventListener('clearline-signed', () => (signed = true));
  await click(el, 'Ondertekenen');
  await new Promise((r) => setTimeout(r, 500));
  return signed;
}

describe('<clearline-editor> contact reasons', () => {
  it('from scratch: the template\'s reasons are offered with "+", each gets its channels by a tick, and they are signed into the feed', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${insurer()}></clearline-editor>`);
    await stormWithChannels(el);
    // The suggestion "no contact reasons" is said next to the section that fixes it, not as something elsewhere.
    const section = root(el).querySelector('fieldset.reasons');
    expect(section?.querySelector('legend')?.textContent?.trim()).to.equal('Contactredenen');
    expect(section!.querySelector('.findings li.warning')?.getAttribute('data-rule')).to.equal('contact-reasons-missing');
    expect(root(el).querySelector('.sign .notes')?.textContent ?? '').to.not.contain('contactredenen');
    await click(el, 'Contactreden toevoegen: Stormschade melden');
    tick(el, 'Stormschade melden', 'Schadelijn').click();
    await el.updateComplete;
    await click(el, 'Contactreden toevoegen');
    await fill(el, 'Reden 2 — Nederlands', 'Mijn huis is onbewoonbaar');
    await fill(el, 'Reden 2 — Engels', 'My home is uninhabitable');
    level(el, 'Mijn huis is onbewoonbaar', 'Dringend: gevaar of noodgeval').click();
    tick(el, 'Mijn huis is onbewoonbaar', 'Noodlijn').click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.findings li[data-rule="contact-reasons-missing"]').length).to.equal(0);
    const axeResults: AxeResults = await axe.run(root(el).querySelector('fieldset.reasons')!, { resultTypes: ['violations'] });
    expect(axeResults.violations.map((v) => v.id)).to.deep.equal([]);
    const payload = await signed(el);
    expect(payload.contact_reasons).to.deep.equal([
      { id: 'damage', label: { nl: 'Stormschade melden', en: 'Reporting storm damage' }, channels: ['phone'] },
      // Its id from its Dutch name, not "reason": reports count contact reasons by id.
      { id: 'mijn-huis-is-onbewoonbaar', label: { nl: 'Mijn huis is onbewoonbaar', en: 'My home is uninhabitable' }, urgent: true, channels: ['phone-2'] },
    ]);
  });

  it('a feed that has reasons shows them with their channels ticked and adds no template reasons unasked; untick the last channel and the reason offers none', async () => {
    const feed = insurer({
      channels: [{ id: 'claims', kind: 'phone', label: { nl: 'Schadelijn', en: 'Claims line' }, href: 'tel:+31881234567' }],
      contact_reasons: [{ id: 'claim', label: { nl: 'Schade melden', en: 'Report damage' }, channels: ['claims'] }],
    });
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
    await newIncident(el, 'storm', true);
    expect(field(el, 'Reden 1 — Nederlands').value).to.equal('Schade melden');
    expect(tick(el, 'Schade melden', 'Schadelijn').checked).to.equal(true);
    expect(root(el).querySelectorAll('fieldset.reasons .item').length, 'no template reasons mixed into the publisher\'s own').to.equal(1);
    expect(button(el, 'Contactreden toevoegen: Stormschade melden'), 'but offered with "+"').to.exist;
    tick(el, 'Schade melden', 'Schadelijn').click();
    await el.updateComplete;
    expect(tick(el, 'Schade melden', 'Schadelijn').checked).to.equal(false);
    await click(el, 'Contactreden verwijderen 1');
    expect(root(el).querySelectorAll('fieldset.reasons .item').length).to.equal(0);
  });

  it('a data breach a week after an outage: the feed keeps the outage\'s reasons, and the cyberattack template\'s that it lacks are offered, not added', async () => {
    // The reasons `clearline new incident --template outage` gave the feed a week before.
    const feed = emptyFeed({ feed_id: 'ledgerly', publisher: { name: 'Ledgerly', url: 'https://example.com' }, time_zone: 'Europe/London', contact_reasons: contactReasonsFromTemplate('outage', ['nl', 'en']) });
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed}></clearline-editor>`);
    await newIncident(el, 'cyberattack');
    const section = root(el).querySelector('fieldset.reasons')!;
    expect(section.querySelectorAll('.item').length, 'the feed\'s own four, nothing added unasked').to.equal(4);
    // The same list `clearline new incident` names (templates/index.ts missingContactReasons).
    const missing = missingContactReasons('cyberattack', ['en'], feed.contact_reasons!).map((r) => pickText(r.label, 'en'));
    expect(missing).to.include('A suspicious message or call');
    for (const label of missing) expect(button(el, `Add contact reason: ${label}`), label).to.exist;
    expect(section.querySelector('.suggestions .hint')?.textContent).to.contain('Typical for this template, and not among your reasons yet');
    await click(el, 'Add contact reason: A suspicious message or call');
    expect(section.querySelectorAll('.item').length).to.equal(5);
    expect(field(el, 'Reason 5 — English').value).to.equal('A suspicious message or call');
    expect(() => button(el, 'Add contact reason: A suspicious message or call'), 'offered once').to.throw();
  });

  it('a reason of the feed as opened keeps its id when renamed; a new one takes its id from its name, "-2" for the same name', async () => {
    const feed = insurer({
      channels: [{ id: 'claims', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31881234567' }],
      contact_reasons: [{ id: 'claim', label: { nl: 'Schade melden', en: 'Report damage' }, channels: ['claims'] }],
    });
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
    await stormWithChannels(el, 1);
    await fill(el, 'Reden 1 — Nederlands', 'Schade aan mijn huis melden');
    for (const n of [2, 3]) {
      await click(el, 'Contactreden toevoegen');
      await fill(el, `Reden ${n} — Nederlands`, 'Spoed: gevaar');
      await fill(el, `Reden ${n} — Engels`, 'Urgent: danger');
    }
    const payload = await signed(el);
    expect(payload.contact_reasons?.map((r) => r.id)).to.deep.equal(['claim', 'spoed-gevaar', 'spoed-gevaar-2']);
  });
});

describe('<clearline-editor> what readers of a contact reason are offered', () => {
  // A hospital's night desk ticked only its call-back line for "Ik heb een verdachte e-mail
  // gekregen", which the template had marked urgent; readers who chose it were told to call 112.
  it('says under each reason which channels readers get, and which ticked ones an urgent reason leaves out', async () => {
    const feed = insurer({
      feed_id: 'rivierenland',
      channels: [
        { id: 'phone', kind: 'phone', label: { nl: 'Spoed? Bel 112', en: 'Emergency? Call 112' }, href: 'tel:112', emergency: true },
        { id: 'callback', kind: 'callback', label: { nl: 'Terugbellijn ziekenhuis', en: 'Hospital call-back line' }, href: 'tel:+31344123456', wait_minutes: 90 },
      ],
      contact_reasons: [{ id: 'mail', label: { nl: 'Ik heb een verdachte e-mail gekregen', en: 'I received a suspicious e-mail' }, urgent: true, channels: ['callback'] }],
    });
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
    await newIncident(el, 'cyberattack', true);
    const offered = () => root(el).querySelector('fieldset.reasons .item .offered')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(offered()).to.equal('Wie deze reden kiest, krijgt: ‘Spoed? Bel 112’. Niet ‘Terugbellijn ziekenhuis’: bij een dringende reden krijgen lezers het noodnummer en niets waarop ze moeten wachten.');
    level(el, 'Ik heb een verdachte e-mail gekregen', 'Kan wachten').click();
    await el.updateComplete;
    expect(offered()).to.equal('Wie deze reden kiest, krijgt: ‘Terugbellijn ziekenhuis’.');
  });

  // Trial S: an airline's "Mijn vlucht vertrekt binnen 6 uur" could only be urgent (112 on top, the 45-minute customer
  // service dropped) or can-wait. A third choice, by keyboard: "Haast, geen gevaar" keeps the ticked lines.
  it('how urgent a reason is: three radio buttons under a legend, the arrow keys choose, the summary says what readers get', async () => {
    const feed = insurer({
      feed_id: 'noordzee-air',
      time_zone: 'Europe/Amsterdam',
      channels: [
        { id: '112', kind: 'phone', label: { nl: 'Levensgevaar: bel 112', en: 'Life in danger: call 112' }, href: 'tel:112', emergency: true },
        { id: 'klantenservice', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31207946000', wait_minutes: 45, reason: { nl: 'heel druk', en: 'very busy' } },
        { id: 'whatsapp', kind: 'chat', label: 'WhatsApp', href: 'https://wa.me/31207946000' },
      ],
      contact_reasons: [{ id: 'vandaag', label: { nl: 'Mijn vlucht vertrekt binnen 6 uur', en: 'My flight leaves within 6 hours' }, urgent: true, channels: ['klantenservice', 'whatsapp'] }],
    });
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
    await newIncident(el, 'outage', true);
    const name = 'Mijn vlucht vertrekt binnen 6 uur';
    const offered = () => root(el).querySelector('fieldset.reasons .item .offered')?.textContent?.replace(/\s+/g, ' ').trim();
    const urgent = level(el, name, 'Dringend: gevaar of noodgeval');
    const soon = level(el, name, 'Haast, geen gevaar (bijv. vandaag nodig)');
    expect(urgent.type).to.equal('radio');
    expect(urgent.checked).to.equal(true);
    expect(level(el, name, 'Kan wachten').name === soon.name && soon.name === urgent.name).to.equal(true);
    expect(offered()).to.contain('‘Levensgevaar: bel 112’');
    // By keyboard: from "Dringend", the arrow up chooses "Haast, geen gevaar".
    // The section is folded in a feed that has reasons: open it, as the desk does with Enter on its summary.
    const fold = root(el).querySelector<HTMLDetailsElement>('details[data-fold="contact_reasons"]')!;
    if (!fold.open) fold.querySelector('summary')!.click();
    await el.updateComplete;
    urgent.focus();
    expect(el.shadowRoot!.activeElement === urgent).to.equal(true);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(soon.checked).to.equal(true);
    expect(el.shadowRoot!.activeElement === soon).to.equal(true);
    expect(offered()).to.equal(
      'Wie deze reden kiest, krijgt: ‘Klantenservice’ en ‘WhatsApp’. De reden staat na de dringende redenen en vóór de andere, zonder noodnummer boven deze lijnen; een lijn met een lange wachttijd krijgen lezers mét die wachttijd.',
    );
    const axeResults: AxeResults = await axe.run(root(el).querySelector('fieldset.reasons')!, { resultTypes: ['violations'] });
    expect(axeResults.violations.map((v) => v.id)).to.deep.equal([]);
    // "Kan wachten": the ticked lines in the can-wait order, no note.
    level(el, name, 'Kan wachten').click();
    await el.updateComplete;
    expect(offered()).to.equal('Wie deze reden kiest, krijgt: ‘WhatsApp’ en ‘Klantenservice’.');
  });

  // A municipality's storm night: 112 and "Politie, geen spoed" (0900-8844) for "Een gevaarlijke situatie" read
  // "krijgt: Alarmnummer 112 bij gevaar, Politie, geen spoed." — two channels or three?
  it('names each channel in quotes, so a name with a comma is one channel', async () => {
    const feed = insurer({
      feed_id: 'gemeente-voorbeeld',
      time_zone: 'Europe/Amsterdam',
      channels: [
        { id: 'phone', kind: 'phone', label: { nl: 'Gemeente', en: 'Municipality' }, href: 'tel:14050', wait_minutes: 45 },
        { id: 'phone-2', kind: 'phone', label: { nl: 'Alarmnummer 112 bij gevaar', en: 'Emergency number 112 for danger' }, href: 'tel:112', emergency: true },
        { id: 'phone-3', kind: 'phone', label: { nl: 'Politie, geen spoed', en: 'Police, non-urgent' }, href: 'tel:+319008844' },
      ],
      contact_reasons: [{ id: 'danger', label: { nl: 'Een gevaarlijke situatie', en: 'A dangerous situation' }, urgent: true }],
    });
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
    await newIncident(el, 'storm', true);
    const offered = root(el).querySelector('fieldset.reasons .item .offered')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(offered).to.equal('Wie deze reden kiest, krijgt: ‘Alarmnummer 112 bij gevaar’ en ‘Politie, geen spoed’.');
  });
});

describe('<clearline-editor> a contact reason without a name', () => {
  it('a new reason holds Dutch guidance that blocks Ondertekenen, with the finding next to its field, so no empty button is published', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${insurer()}></clearline-editor>`);
    await stormWithChannels(el);
    await click(el, 'Contactreden toevoegen');
    expect(field(el, 'Reden 1 — Nederlands').value).to.equal('[[TODO: reden, bijv. Schade melden]]');
    expect(field(el, 'Reden 1 — Engels').value).to.equal('[[TODO: reason, e.g. Report damage]]');
    expect(await signs(el), 'not signed').to.equal(false);
    expect(field(el, 'Reden 1 — Nederlands').getAttribute('aria-invalid')).to.equal('true');
  });
});

describe('<clearline-editor> a name cleared by mistake', () => {
  it('a contact reason whose name was emptied blocks Ondertekenen, said at its name field (the same lint rule as clearline lint)', async () => {
    const feed = insurer({ contact_reasons: [{ id: 'claim', label: { nl: 'Schade melden', en: 'Report damage' } }] });
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
    await stormWithChannels(el);
    await fill(el, 'Reden 1 — Nederlands', '');
    await fill(el, 'Reden 1 — Engels', '');
    expect(await signs(el), 'not signed').to.equal(false);
    const name = field(el, 'Reden 1 — Nederlands');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.closest('[data-field]')!.querySelector('.findings')?.textContent).to.contain('lezers zouden een lege knop zien');
  });
});

describe('<clearline-editor> contact reasons are an edit like any other', () => {
  it('leaving the page after changing only a contact reason asks first', async () => {
    const feed = insurer({
      channels: [{ id: 'claims', kind: 'phone', label: { nl: 'Schadelijn', en: 'Claims line' }, href: 'tel:+31881234567' }],
      contact_reasons: [{ id: 'claim', label: { nl: 'Schade melden', en: 'Report damage' } }],
    });
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
    await newIncident(el, 'storm', true);
    const leaving = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(leaving(), 'nothing typed yet').to.equal(false);
    tick(el, 'Schade melden', 'Schadelijn').click();
    await el.updateComplete;
    expect(leaving(), 'a channel ticked for a reason').to.equal(true);
  });
});

describe('<clearline-editor> a channel added as a phone line and made a website', () => {
  const kindOf = async (el: ClearlineEditor, name: string, kind: string) => {
    const select = field(el, `Soort — ${name}`) as unknown as HTMLSelectElement;
    select.value = kind;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
  };

  it('takes an id of its kind ("web", not "phone-3"), also in the reason that offers it', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${insurer()}></clearline-editor>`);
    await stormWithChannels(el);
    await click(el, 'Kanaal toevoegen');
    await fill(el, 'Naam — Nederlands (Kanaal 3)', 'Schade melden (online formulier)');
    await fill(el, 'Naam — Engels (Kanaal 3)', 'Report damage (online form)');
    await click(el, 'Contactreden toevoegen: Stormschade melden');
    tick(el, 'Stormschade melden', 'Schade melden (online formulier)').click();
    await el.updateComplete;
    await kindOf(el, 'Schade melden (online formulier)', 'web');
    await fill(el, 'Link — Schade melden (online formulier)', 'https://noorderlicht.example/schade');
    const payload = await signed(el);
    expect(payload.channels.map((c) => `${c.id}:${c.kind}`)).to.deep.equal(['phone:phone', 'phone-2:phone', 'web:web']);
    expect(payload.contact_reasons?.[0]?.channels).to.deep.equal(['web']);
  });

  it('a channel of the feed as opened keeps its id when its kind changes (reports and reasons already use it)', async () => {
    const feed = insurer({
      channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Terugbelverzoek', en: 'Call-back request' }, href: 'https://noorderlicht.example/terugbellen' }],
      contact_reasons: [{ id: 'claim', label: { nl: 'Schade melden', en: 'Report damage' }, channels: ['phone'] }],
    });
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
    await stormWithChannels(el, 1);
    await kindOf(el, 'Terugbelverzoek', 'callback');
    expect(tick(el, 'Schade melden', 'Terugbelverzoek').checked).to.equal(true);
    const payload = await signed(el);
    expect(payload.channels.map((c) => `${c.id}:${c.kind}`)).to.deep.equal(['phone:callback', 'phone-2:phone', 'phone-3:phone']);
    expect(payload.contact_reasons?.[0]?.channels).to.deep.equal(['phone']);
  });
});
