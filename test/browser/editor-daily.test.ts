// Trial V, a UK water company's 3-day Boil Water Notice. `clearline update --daily` could mark it as updated once a
// day, but the studio's next update went up to 4 hours only: a desk using the studio could not promise "tomorrow 09:00"
// and the notice went "Outdated" overnight. The studio now has a "Daily updates" box beside Next update: it sets the same
// `cadence: "daily"` (lint then allows 26 hours), and 09:00 typed at 14:00 reads as tomorrow's, as the CLI reads it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { verifyDocument } from '../../src/feed/verify.js';
import type { Incident, StatusPayload } from '../../src/feed/schema.js';
import { keygen, type TestKey } from './helpers.js';
import { click, emptyFeed, field, fill, pickKey, root, text } from './editor-helpers.js';

const NOW = Date.parse('2026-12-09T14:00:00Z'); // Wed 9 Dec 14:00 London
const BOX_EN = 'Daily updates (long-running notice): next update may be up to 26 hours ahead';
const BOX_NL = 'Eén update per dag (langlopende mededeling): de volgende update mag tot 26 uur vooruit liggen';

let key: TestKey;
const realNow = Date.now;
before(async () => {
  key = await keygen();
});
beforeEach(() => (Date.now = () => NOW));
afterEach(() => {
  Date.now = realNow;
  forgetKey();
});

function waterFeed(daily: boolean, lang: 'en' | 'nl', zone = 'Europe/London') {
  const t = (en: string, nl: string) => (lang === 'en' ? en : nl);
  const incident = {
    id: 'boil-upton',
    title: t('Boil Water Notice in Upton upon Severn', 'Kookadvies in Upton upon Severn'),
    severity: 'major',
    phase: 'identified',
    started_at: '2026-12-08T18:00:00Z',
    updated_at: '2026-12-09T13:00:00Z',
    known: t('Boil all tap water in Upton upon Severn before drinking it.', 'Kook al het kraanwater in Upton upon Severn voordat u het drinkt.'),
    unknown: t('When the notice will be lifted.', 'Wanneer het advies wordt opgeheven.'),
    next_update_at: '2026-12-09T15:00:00Z',
    ...(daily ? { cadence: 'daily' } : {}),
  } as unknown as Incident;
  return emptyFeed({ time_zone: zone, channels: [{ id: 'line', kind: 'phone', label: t('Supply line', 'Storingslijn'), href: 'tel:+448003164000' }], contact_reasons: [{ id: 'boil', label: t('Boil Water Notice', 'Kookadvies'), channels: ['line'] }], incidents: [incident] });
}

async function signed(el: ClearlineEditor, sign: string): Promise<StatusPayload | undefined> {
  let detail: { envelope: unknown } | undefined;
  el.addEventListener('clearline-signed', (e) => (detail = (e as CustomEvent).detail));
  await click(el, sign);
  await waitUntil(() => detail || root(el).querySelector('.findings li.error'), 'signed or refused', { timeout: 5000 }).catch(() => undefined);
  await el.updateComplete;
  if (!detail) return undefined;
  await verifyDocument(JSON.stringify(detail.envelope), { kind: 'status', keys: key.publicJwk, store: null, now: () => NOW });
  // As signed (readers' schema leaves `cadence` out of what they read): the payload's own bytes.
  const b64 = (detail.envelope as { payload: string }).payload.replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)))) as StatusPayload;
}

describe('<clearline-editor>: daily updates for a long-running notice (trial V)', () => {
  it('English desk: 09:00 at 14:00 is refused until "Daily updates" is ticked, then it is tomorrow 09:00 and signs as daily', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${waterFeed(false, 'en')}></clearline-editor>`);
    await click(el, 'Post update');
    await fill(el, 'Next update', '09:00');
    expect(text(el)).to.contain('09:00 has passed');
    const box = field(el, BOX_EN);
    expect(box.type).to.equal('checkbox');
    expect(box.checked).to.equal(false);
    // Trial W, a gas network: relights stop at 22:00 until 07:00; the hint names an overnight pause, not only a boil water notice.
    expect(root(el).getElementById(box.getAttribute('aria-describedby')!)!.textContent).to.contain('When work stops overnight').and.contain('(a boil water notice)');
    box.click();
    await el.updateComplete;
    expect(text(el)).not.to.contain('09:00 has passed');
    expect(text(el)).to.contain('tomorrow at 09:00');
    await pickKey(el, key);
    const payload = await signed(el, 'Sign');
    expect(payload, 'signed').to.exist;
    const inc = payload!.incidents[0] as Incident & { cadence?: string };
    expect(inc.next_update_at).to.equal('2026-12-10T09:00:00Z');
    expect(inc.cadence).to.equal('daily');
  });

  // Trial Y, a Chicago water utility: the button and the hint said "09:00" to a desk whose readers read "9:00 AM".
  it('English desk on a US clock: "Tomorrow 9:00 AM", read as typed and signed; the hint says 9:00 AM', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${waterFeed(true, 'en', 'America/Chicago')}></clearline-editor>`);
    await click(el, 'Post update');
    const box = field(el, BOX_EN);
    expect(root(el).getElementById(box.getAttribute('aria-describedby')!)!.textContent).to.contain('such as 9:00 AM typed in the afternoon').and.not.contain('09:00');
    expect([...root(el).querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Tomorrow 09:00')).to.equal(false);
    await click(el, 'Tomorrow 9:00 AM');
    expect(field(el, 'Next update').value).to.equal('Dec 10 9:00 AM', 'read, and held as the desk reads it');
    await pickKey(el, key);
    const payload = await signed(el, 'Sign');
    expect(payload, 'signed').to.exist;
    // Wed 9 Dec 8:00 AM in Chicago: Thu 10 Dec 9:00 AM CST.
    expect(payload!.incidents[0].next_update_at).to.equal('2026-12-10T15:00:00Z');
  });

  it('Dutch desk: a notice marked daily opens ticked, with "Morgen 09:00"; unticked, tomorrow is too far again', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${waterFeed(true, 'nl')}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    const box = field(el, BOX_NL);
    expect(box.checked).to.equal(true);
    await click(el, 'Morgen 09:00');
    expect(text(el)).to.contain('morgen om 09:00');
    box.click();
    await el.updateComplete;
    expect([...root(el).querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Morgen 09:00')).to.equal(false);
    await pickKey(el, key, 'Ondertekeningssleutel');
    expect(await signed(el, 'Ondertekenen'), 'refused: more than 4 hours ahead').to.equal(undefined);
    const why = root(el).querySelector('.findings li.error[data-rule="next-update-too-far"]');
    expect(why, 'lint says why').to.exist;
    expect(why!.textContent).to.contain('Vink „Eén update per dag (langlopende mededeling)” aan onder Volgende update: dan mag het tot 26 uur.');
    expect(why!.textContent).not.to.contain('clearline');
  });
});
