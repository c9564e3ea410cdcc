// Trial W (an Irish gas network): `clearline export --to sms` told the desk "this SMS leaves out the urgent action "Keep
// your gas meter turned off …"" and that the fraud warning's urgent action did not fit, but the studio's SMS preview said
// neither, and the desk working there never learned it. Now the preview says both, in the CLI's words (sms-left-out.ts),
// in the studio's language.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, root } from './editor-helpers.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function gas(withScam: boolean): FeedDraft {
  const now = Date.now();
  const scam = {
    id: 'scam-engineers',
    severity: 'major',
    phase: 'identified',
    title: { en: 'People posing as Éirgas engineers' },
    known: { en: 'People posing as Éirgas engineers are calling at homes in Naas and asking for cash. Real engineers never ask for money.' },
    unknown: { en: 'Who is behind it.' },
    started_at: iso(now - 3_600_000),
    updated_at: iso(now - 600_000),
    next_update_at: iso(now + 3_600_000),
    actions: [{ urgent: true, who: { en: 'Someone at your door asks for money to relight the gas' }, label: { en: 'Do not let them in and do not pay. Close the door and call the Gardaí on 112 or 999' } }],
  };
  return emptyFeed({
    feed_id: 'eirgas',
    publisher: { name: 'Éirgas Networks', url: 'https://www.eirgas.example' },
    status_url: 'https://www.eirgas.example/status',
    time_zone: 'Europe/Dublin',
    channels: [{ id: 'emergency', kind: 'phone', label: { en: 'Smell gas? Call the 24-hour gas emergency line' }, href: 'tel:+3531800205555', emergency: true }],
    incidents: [
      {
        id: 'gas',
        severity: 'critical',
        phase: 'identified',
        title: { en: 'No gas in Naas and Newbridge' },
        known: { en: 'About 8,500 homes in Naas and Newbridge have no gas since 05:40. Engineers are visiting every home to make it safe.' },
        unknown: { en: 'When each home will have gas again.' },
        started_at: iso(now - 3_600_000),
        updated_at: iso(now - 600_000),
        next_update_at: iso(now + 3_600_000),
        actions: [
          { urgent: true, href: 'tel:+3531800205555', who: { en: 'You smell gas' }, label: { en: 'Smell gas? Go outside and call the emergency line at once' } },
          { urgent: true, who: { en: 'You live or work in the affected area' }, label: { en: 'Keep your gas meter turned off. Do not turn it back on yourself: an Éirgas engineer will relight it' } },
        ],
      },
      ...(withScam ? [scam] : []),
    ],
  } as Partial<FeedDraft>);
}

const sms = (el: ClearlineEditor) => root(el).querySelector('.channel-preview [data-channel="sms"] blockquote')?.textContent?.trim() ?? '';
const note = (el: ClearlineEditor, name: string) => root(el).querySelector(`.channel-preview [data-channel="sms"] [data-note="${name}"]`)?.textContent?.trim() ?? '';

describe('<clearline-editor> the SMS preview says which urgent action the SMS leaves out', () => {
  it('names the meter action and the two-part SMS (English studio)', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${gas(false)}></clearline-editor>`);
    await click(el, 'Post update');
    expect(sms(el).startsWith('No gas in Naas and Newbridge. Smell gas?'), sms(el)).to.equal(true);
    expect(sms(el).includes('meter'), sms(el)).to.equal(false);
    expect(note(el, 'sms-urgent-left-out')).to.equal('Warning: This SMS leaves out the urgent action "Keep your gas meter turned off …"; 2 SMS parts carry it: choose 2 parts above.');
  });

  it('in Dutch in a Dutch studio', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${gas(false)}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    expect(note(el, 'sms-urgent-left-out')).to.equal('Let op: Deze sms laat de dringende actie "Keep your gas meter turned off …" weg; een sms van 2 delen zegt die wel: kies hierboven 2 delen.');
  });

  // Trial X: it ended with `clearline export --to sms --incident scam-engineers`, a command the studio's desk cannot run.
  it('says when an open warning against fake messages does not fit either, and where the studio shows its own SMS', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${gas(true)}></clearline-editor>`);
    await click(el, 'Post update');
    expect(note(el, 'sms-fraud-line')).to.equal('Warning: Incident “People posing as Éirgas engineers” warns against fake messages in your name, but its urgent action does not fit in this SMS: send its own SMS too. It shows here when you press "Post update" next to it under "Open incidents".');
  });

  it('the same in Dutch, without a command', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${gas(true)}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    expect(note(el, 'sms-fraud-line')).to.equal('Let op: Incident “People posing as Éirgas engineers” waarschuwt voor valse berichten uit uw naam, maar de dringende actie daarvan past niet in deze sms: verstuur ook een eigen sms. Die ziet u hier als u onder "Open incidenten" bij dat incident op "Update plaatsen" drukt.');
  });

  it('no such note when the SMS carries every urgent action', async () => {
    const f = gas(false);
    f.incidents[0]!.actions = f.incidents[0]!.actions!.slice(0, 1);
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${f}></clearline-editor>`);
    await click(el, 'Post update');
    expect(note(el, 'sms-urgent-left-out')).to.equal('');
  });
});
