// Trial Q (a hospital): the studio's SMS preview under "Wat bellers en de sms krijgen" showed "Storing... Heeft u nu dringend
// zorg nodig? …" with only "de titel ingekort": a tired officer had to work out that the news was lost. Now the title keeps
// its news, and when one SMS cannot carry the whole title and the whole urgent action, the preview says so and names the
// two-part SMS, in the studio's language (trial X: chosen above the SMS, not with a command the desk cannot run).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, root } from './editor-helpers.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function hospital(shortAction: boolean): FeedDraft {
  const now = Date.now();
  const known = { nl: 'Ons patiëntendossier werkt niet. Alle afspraken op de poli van dinsdag gaan niet door.', en: 'Our patient record system is down. All outpatient appointments on Tuesday are cancelled.' };
  return emptyFeed({
    feed_id: 'ziekenhuis-rijnoever',
    publisher: { name: 'Ziekenhuis Rijnoever', url: 'https://www.rijnoever.example/' },
    status_url: 'https://www.rijnoever.example/actueel',
    channels: [
      { id: 'alarm-112', kind: 'phone', label: { nl: 'Bij levensgevaar: bel 112', en: 'Life in danger? Call 112' }, href: 'tel:112', emergency: true },
      { id: 'huisartsenpost', kind: 'phone', label: { nl: 'Huisartsenpost', en: 'Out-of-hours GP service' }, href: 'tel:+319007008000', emergency: true, wait_minutes: 10 },
    ],
    incidents: [
      {
        id: 'epd',
        severity: 'critical',
        phase: 'investigating',
        title: shortAction ? { nl: 'Poli-afspraken gaan niet door', en: 'Appointments cancelled' } : { nl: 'Storing computersysteem: poli-afspraken dinsdag gaan niet door', en: 'Computer system failure: outpatient appointments on Tuesday cancelled' },
        known,
        unknown: { nl: 'Hoe lang de storing nog duurt.', en: 'How much longer the failure will last.' },
        started_at: iso(now - 3_600_000),
        updated_at: iso(now - 600_000),
        next_update_at: iso(now + 1_800_000),
        actions: [{
          urgent: true,
          href: 'tel:+319007008000',
          label: shortAction
            ? { nl: 'Dringend zorg nodig? Bel de huisartsenpost.', en: 'Urgent care needed? Call the GP service.' }
            : { nl: 'Heeft u nu dringend zorg nodig? Bel eerst de huisartsenpost: 0900 700 8000. Bij levensgevaar: bel 112.', en: 'Do you need urgent care now? Call the out-of-hours GP service first: 0900 700 8000. If a life is in danger: call 112.' },
        }],
      },
    ],
  } as Partial<FeedDraft>);
}

const sms = (el: ClearlineEditor) => root(el).querySelector('.channel-preview [data-channel="sms"] blockquote')?.textContent?.trim() ?? '';
const note = (el: ClearlineEditor) => root(el).querySelector('.channel-preview [data-channel="sms"] [data-note="sms-two-parts"]')?.textContent?.trim() ?? '';

describe('<clearline-editor> an SMS that cannot carry the title and the urgent action whole', () => {
  it('keeps the news and says to use two parts (Dutch studio)', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${hospital(false)}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    expect(sms(el).startsWith('Poli-afspraken dinsdag gaan niet door. Heeft u nu dringend zorg nodig? Bel eerst de huisartsenpost: 0900 700 8000.'), sms(el)).to.equal(true);
    expect(note(el)).to.equal('Let op: In één sms passen de hele titel en de hele dringende actie niet samen. In een sms van 2 delen passen ze wel heel: kies hierboven 2 delen.');
  });

  it('in English in an English studio', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${hospital(false)}></clearline-editor>`);
    await click(el, 'Post update');
    expect(note(el)).to.match(/^Warning: One SMS cannot carry the whole title and the whole urgent action\. Two SMS parts carry both whole: choose 2 parts above\.$/);
  });

  it('no such note when it fits', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${hospital(true)}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    expect(sms(el).includes('Poli-afspraken gaan niet door'), sms(el)).to.equal(true);
    expect(note(el)).to.equal('');
  });
});
