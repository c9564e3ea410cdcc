// Trial Z, a UK hospital trust announcing a doctors' strike from Thu 17 Dec 07:00: the studio's "Daily updates" box, ticked
// for Monday's announcement, stayed ticked after the strike began, and an update 24 hours away signed clean. Now an update
// opened after the start begins with the box unticked and a note saying why; ticking it again is the desk's own choice. And
// the announced refusal says how far away the next update is and the latest time allowed, not "or more than 4 hours after
// the start" when that is not what was passed.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import type { Incident } from '../../src/feed/schema.js';
import { keygen, type TestKey } from './helpers.js';
import { click, emptyFeed, field, fill, pickKey, root, text } from './editor-helpers.js';

const START = '2026-12-17T07:00:00Z'; // Thu 17 Dec 07:00 London
const STRIKE_DAY = Date.parse(START) + 2 * 60_000;
const BOX_EN = 'Daily updates (long-running notice): next update may be up to 26 hours ahead';
const BOX_NL = 'Eén update per dag (langlopende mededeling): de volgende update mag tot 26 uur vooruit liggen';

let key: TestKey;
let now = STRIKE_DAY;
const realNow = Date.now;
before(async () => {
  key = await keygen();
});
beforeEach(() => (Date.now = () => now));
afterEach(() => {
  Date.now = realNow;
  forgetKey();
});

function hospital(lang: 'en' | 'nl', over: Record<string, unknown> = {}) {
  const t = (en: string, nl: string) => (lang === 'en' ? en : nl);
  const incident = {
    id: 'strike',
    title: t("Doctors' strike Thursday 17 to Saturday 19 December: A&E stays open", 'Staking artsen donderdag 17 tot zaterdag 19 december: spoedeisende hulp blijft open'),
    severity: 'major',
    phase: 'identified',
    started_at: '2026-12-14T16:00:00Z',
    updated_at: '2026-12-16T12:00:00Z',
    starts_at: START,
    cadence: 'daily',
    known: t('Resident doctors strike from 07:00 on Thursday 17 December to 07:00 on Saturday 19 December.', 'Artsen in opleiding staken van donderdag 17 december 07:00 tot zaterdag 19 december 07:00.'),
    unknown: t('Which clinics will be cancelled.', 'Welke poliklinieken niet doorgaan.'),
    next_update_at: START,
    actions: [{ label: t('In an emergency call 999 or go to A&E: it stays open.', 'Bel bij nood 999 of ga naar de spoedeisende hulp: die blijft open.'), href: 'tel:999', urgent: true }],
    ...over,
  } as unknown as Incident;
  return emptyFeed({ time_zone: 'Europe/London', channels: [{ id: 'switchboard', kind: 'phone', label: t('Switchboard', 'Centrale'), href: 'tel:+441614960000', wait_minutes: 5 }], contact_reasons: [{ id: 'appt', label: t('My appointment', 'Mijn afspraak'), channels: ['switchboard'] }], incidents: [incident] });
}

async function signOrRefuse(el: ClearlineEditor, sign: string): Promise<{ signed: boolean; error?: Element | null }> {
  let signed = false;
  el.addEventListener('clearline-signed', () => (signed = true));
  await click(el, sign);
  await waitUntil(() => signed || root(el).querySelector('.findings li.error'), 'signed or refused', { timeout: 5000 }).catch(() => undefined);
  await el.updateComplete;
  return { signed, error: root(el).querySelector('.findings li.error[data-rule="next-update-too-far"]') };
}

describe('<clearline-editor>: daily updates for an announcement end when it begins (trial Z)', () => {
  it('English desk at 07:02 on strike day: the box opens unticked with a note; "tomorrow 07:00" is refused until ticked again', async () => {
    now = STRIKE_DAY;
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${hospital('en')}></clearline-editor>`);
    await click(el, 'Post update');
    const box = field(el, BOX_EN);
    expect(box.checked, 'unticked: daily was for the announcement').to.equal(false);
    expect(root(el).querySelector('#f-daily-ended')!.textContent).to.equal('Daily updates were for the announcement, so they are off now that it has begun (07:00): promise the next update within 4 hours. Only if nothing will change for a whole day, tick the box again.');
    await fill(el, 'Next update', 'tomorrow 07:00');
    await pickKey(el, key);
    const refused = await signOrRefuse(el, 'Sign');
    expect(refused.signed).to.equal(false);
    expect(refused.error, 'next-update-too-far').to.exist;
    expect(refused.error!.textContent).to.contain('more than 4 hours of silence makes people call').and.contain('It began at 07:00');
    expect(refused.error!.textContent).not.to.contain('Daily updates');
    // The desk's own choice: ticked again, the note goes and it signs.
    field(el, BOX_EN).click();
    await el.updateComplete;
    expect(root(el).querySelector('#f-daily-ended')).to.equal(null);
    expect((await signOrRefuse(el, 'Sign')).signed).to.equal(true);
  });

  it('Dutch desk: the same note; a boil water notice (daily, no start) still opens ticked', async () => {
    now = STRIKE_DAY;
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${hospital('nl')}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    expect(field(el, BOX_NL).checked).to.equal(false);
    expect(root(el).querySelector('#f-daily-ended')!.textContent).to.contain('Eén update per dag gold voor de aankondiging en staat nu uit, want het is begonnen (07:00)');
    const notice = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${hospital('nl', { starts_at: undefined })}></clearline-editor>`);
    await click(notice, 'Update plaatsen');
    expect(field(notice, BOX_NL).checked).to.equal(true);
    expect(root(notice).querySelector('#f-daily-ended')).to.equal(null);
  });

  it('announced on Monday a few seconds before 16:00: "same time tomorrow" is refused with its distance and the latest time allowed', async () => {
    now = Date.parse('2026-12-14T15:59:50Z');
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${hospital('en', { cadence: undefined, updated_at: '2026-12-14T15:50:00Z', next_update_at: '2026-12-14T17:00:00Z' })}></clearline-editor>`);
    await click(el, 'Post update');
    await fill(el, 'Next update', '15 Dec 16:00');
    await pickKey(el, key);
    const refused = await signOrRefuse(el, 'Sign');
    expect(refused.signed).to.equal(false);
    expect(text(el)).to.contain('the next update is just over 24 hours away (Tue 15 Dec 16:00); before the start, promise one within 24 hours: by Tue 15 Dec 15:59 at the latest');
    expect(refused.error!.textContent).not.to.contain('after the start (');
  });
});
