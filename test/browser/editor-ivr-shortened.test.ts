// A hospital's communications officer (trial 2026-12-05): the studio's phone-message preview for the switchboard left
// out "If we did not phone you, please come to your appointment as planned" and the A&E advice to stay within 45 seconds,
// and said nothing; only `lint --for ivr` named them. Now the preview says under the message what it left out, in the
// words the CLI prints, with the same fix.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, root } from './editor-helpers.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function hospital(long: boolean): FeedDraft {
  const now = Date.now();
  const known = long
    ? { en: 'Our hospital IT systems are still down after a ransomware attack on Saturday. Outpatient appointments today: we phoned every patient whose appointment is cancelled. If we did not phone you, please come to your appointment as planned. A&E is open but very busy: please come only for emergencies. Pharmacy prescriptions are written by hand and take longer. Visiting hours are as usual.' }
    : { en: 'Our hospital IT systems are down.' };
  return emptyFeed({
    feed_id: 'riverside-nhs',
    time_zone: 'Europe/London',
    publisher: { name: 'Riverside NHS Foundation Trust', url: 'https://www.riverside-nhs.example/' },
    status_url: 'https://www.riverside-nhs.example/status',
    channels: [
      { id: 'emergency', kind: 'phone', label: { en: 'Life-threatening emergency: call 999' }, href: 'tel:999', emergency: true },
      { id: 'switchboard', kind: 'phone', label: { en: 'Switchboard' }, href: 'tel:+441632960000', wait_minutes: 20, reason: { en: 'many calls about the cyberattack' } },
    ],
    incidents: [
      {
        id: 'cyber',
        severity: 'critical',
        phase: 'identified',
        title: { en: 'Cyberattack: hospital IT systems down' },
        known,
        unknown: { en: 'Whether patient data was taken.' },
        started_at: iso(now - 7_200_000),
        updated_at: iso(now - 600_000),
        next_update_at: iso(now + 3_600_000),
        actions: [
          { label: { en: 'We will never ask for your bank details by phone or text message. If someone does, hang up.' }, urgent: true },
          { label: { en: 'Bring a list of the medicines you take to your appointment.' }, urgent: true },
        ],
        updates: [{ at: iso(now - 7_200_000), known }],
      },
    ],
  } as Partial<FeedDraft>);
}

const note = (el: ClearlineEditor) => root(el).querySelector('.channel-preview [data-channel="ivr"] [data-note="ivr-shortened"]')?.textContent?.trim() ?? '';

describe('<clearline-editor> a phone message shortened to fit', () => {
  it('says under the message which sentences it left out, and what to do', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${hospital(true)}></clearline-editor>`);
    await click(el, 'Post update');
    const said = root(el).querySelector('.channel-preview [data-channel="ivr"] blockquote')?.textContent ?? '';
    expect(said).not.to.contain('Visiting hours are as usual');
    expect(note(el)).to.match(/^The English waiting message for "Switchboard" left out .*sentences? (?:[\d, ]+ (?:and|to) )?\d of what we know.* to stay within 45 s\. /);
  });

  it('no note when the message says it all', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${hospital(false)}></clearline-editor>`);
    await click(el, 'Post update');
    expect(root(el).querySelector('.channel-preview [data-channel="ivr"] blockquote')?.textContent).to.contain('Our hospital IT systems are down');
    expect(note(el)).to.equal('');
  });
});
