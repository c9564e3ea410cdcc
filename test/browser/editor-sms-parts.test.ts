// Trial X (a Dutch university, ransomware): the studio's SMS preview cut "Bel direct de IT-servicedesk als u uw..." before
// the number, and its advice was "In een sms van 2 delen passen ze wel heel: clearline export --to sms --parts 2", a command
// the desk staff could not run; the studio had no way to see or copy the 2-part SMS. Now a choice above the SMS, "1 sms" /
// "2 sms'en (2 delen)", shows the SMS chosen with its count, made by the exporter (`exportSms` with `parts`), the note
// points at that choice, and the choice stays while the page is open.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { previewPayload } from '../../src/components/editor/preview.js';
import { exportSms } from '../../src/export/sms.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, field, root } from './editor-helpers.js';

const NOW = Date.parse('2026-12-14T06:55:00Z');
const realNow = Date.now;
afterEach(() => (Date.now = realNow));

const cyberattack = (): FeedDraft =>
  emptyFeed({
    feed_id: 'hzk',
    publisher: { name: 'Hogeschool Zuidkust', url: 'https://www.hzk.example' },
    status_url: 'https://status.hzk.example',
    channels: [
      { id: 'it-desk', kind: 'phone', label: { nl: 'IT-servicedesk', en: 'IT service desk' }, href: 'tel:+31118555010', hours: { nl: '24 uur per dag', en: '24 hours a day' }, opening_hours: '24/7', emergency: true },
      { id: 'studentdesk', kind: 'phone', label: { nl: 'Studentenbalie', en: 'Student desk' }, href: 'tel:+31118555020', opening_hours: 'Mo-Fr 08:30-17:00' },
    ],
    incidents: [
      {
        id: 'cyberattack-2026-12-14-0750',
        title: { nl: 'Cyberaanval: e-mail, Brightspace, studentportaal, wifi en printen uit', en: 'Cyberattack: e-mail, Brightspace, student portal, wifi and printing down' },
        severity: 'critical',
        phase: 'investigating',
        started_at: '2026-12-14T06:52:37Z',
        updated_at: '2026-12-14T06:52:37Z',
        known: { nl: 'Vanochtend om 06:40 zijn onze IT-systemen aangevallen met ransomware. We hebben uit voorzorg alle systemen uitgezet.', en: 'At 06:40 this morning our IT systems were hit by a ransomware attack. As a precaution we have switched off all systems.' },
        unknown: { nl: 'Wanneer de systemen weer werken.', en: 'When the systems will work again.' },
        next_update_at: '2026-12-14T09:00:00Z',
        actions: [
          { urgent: true, href: 'tel:+31118555010', who: { nl: 'U heeft uw wachtwoord ingevuld na een link in een e-mail', en: 'You entered your password after clicking a link in an e-mail' }, label: { nl: 'Bel direct de IT-servicedesk als u uw wachtwoord heeft ingevuld na een link in een e-mail', en: 'Call the IT service desk at once if you entered your password after clicking a link in an e-mail' } },
          { urgent: true, who: { nl: 'U krijgt een e-mail of sms van ons', en: 'You get an e-mail or text message from us' }, label: { nl: 'Klik niet op links in e-mails of sms-berichten die van ons lijken te komen', en: 'Do not click links in e-mails or text messages that seem to come from us' } },
        ],
      },
    ],
  } as Partial<FeedDraft>);

const figure = (el: ClearlineEditor) => root(el).querySelector('.channel-preview [data-channel="sms"]')!;
const sms = (el: ClearlineEditor) => figure(el).querySelector('blockquote')!.textContent!.trim();
const caption = (el: ClearlineEditor) => figure(el).querySelector('figcaption')!.textContent!.trim();
const notes = (el: ClearlineEditor) => [...figure(el).querySelectorAll('[data-note]')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const legend = (el: ClearlineEditor) => root(el).querySelector('.channel-preview fieldset.sms-parts legend')?.textContent?.trim();

/** The studio on trial X's 07:50 feed, with Post update pressed on the cyberattack. */
async function studio(lang: 'nl' | 'en'): Promise<ClearlineEditor> {
  Date.now = () => NOW;
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang=${lang} .feed=${cyberattack()}></clearline-editor>`);
  await click(el, lang === 'nl' ? 'Update plaatsen' : 'Post update');
  return el;
}

/** What `clearline export --to sms [--parts 2]` makes of the feed the preview shows. */
const exported = (lang: string, parts: number) => exportSms(previewPayload(cyberattack(), NOW)!, { lang, incident: 'cyberattack-2026-12-14-0750', now: NOW, parts }).text;

async function choose(el: ClearlineEditor, label: string) {
  field(el, label).click();
  await el.updateComplete;
}

describe('<clearline-editor> the SMS preview in one or two parts', () => {
  it('offers 1 sms / 2 sms\'en, shows the 2-part SMS with the number, and the note points at the choice (Dutch studio)', async () => {
    const el = await studio('nl');
    expect(legend(el)).to.equal('Sms versturen als');
    expect(field(el, '1 sms').checked).to.equal(true);
    expect(field(el, "2 sms'en (2 delen)").checked).to.equal(false);
    expect(caption(el)).to.match(/^Sms, \d+ van 160 tekens$/);
    expect(sms(el)).to.equal(exported('nl', 1));
    // One SMS cannot carry the whole title and the whole urgent action: it cuts one of them.
    expect(sms(el).includes('...'), sms(el)).to.equal(true);
    const advice = notes(el).filter((n) => n.includes('2 delen'));
    expect(advice.length, notes(el).join('\n')).to.be.greaterThan(0);
    for (const n of advice) expect(n.endsWith('kies hierboven 2 delen.'), n).to.equal(true);
    expect(notes(el).some((n) => n.includes('clearline export')), notes(el).join('\n')).to.equal(false);

    await choose(el, "2 sms'en (2 delen)");
    expect(field(el, "2 sms'en (2 delen)").checked).to.equal(true);
    expect(figure(el).getAttribute('data-parts')).to.equal('2');
    expect(caption(el)).to.match(/^Sms in 2 delen, \d+ van 306 tekens$/);
    expect(sms(el)).to.equal(exported('nl', 2));
    expect(sms(el)).to.contain('Cyberaanval: e-mail, Brightspace, studentportaal, wifi en printen uit.');
    expect(sms(el)).to.contain('Bel direct de IT-servicedesk (0118 555 010) als u uw wachtwoord heeft ingevuld na een link in een e-mail.');
    expect(sms(el).includes('...'), sms(el)).to.equal(false);
    expect(notes(el).some((n) => n.includes('2 delen')), notes(el).join('\n')).to.equal(false);

    await choose(el, '1 sms');
    expect(sms(el)).to.equal(exported('nl', 1));
    expect(caption(el)).to.match(/^Sms, \d+ van 160 tekens$/);
  });

  it('in English in an English studio, following the preview language', async () => {
    const el = await studio('en');
    expect(legend(el)).to.equal('Send the SMS as');
    expect(field(el, '1 text').checked).to.equal(true);
    const advice = notes(el).filter((n) => n.includes('2 SMS parts') || n.includes('Two SMS parts'));
    expect(advice.length, notes(el).join('\n')).to.be.greaterThan(0);
    for (const n of advice) expect(n.endsWith('choose 2 parts above.'), n).to.equal(true);
    await choose(el, '2 texts (2 parts)');
    expect(caption(el)).to.match(/^SMS in 2 parts, \d+ of 306 characters$/);
    expect(sms(el)).to.equal(exported('en', 2));
    expect(sms(el)).to.contain('Cyberattack: e-mail, Brightspace, student portal, wifi and printing down.');
    expect(sms(el)).to.contain('(0118 555 010)');
    await choose(el, 'Dutch');
    expect(sms(el)).to.equal(exported('nl', 2));
  });

  it('keeps the choice while the page is open: another form shows the SMS in 2 parts too', async () => {
    const el = await studio('nl');
    await choose(el, "2 sms'en (2 delen)");
    await click(el, 'Nieuw incident');
    expect(field(el, "2 sms'en (2 delen)").checked).to.equal(true);
    expect(caption(el)).to.match(/^Sms in 2 delen, /);
  });

  it('is one stop for the keyboard: the arrow keys choose, and the focus stays on the choice', async () => {
    const el = await studio('en');
    field(el, '1 text').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(field(el, '2 texts (2 parts)').checked).to.equal(true);
    expect(caption(el)).to.match(/^SMS in 2 parts, /);
    expect(root(el).activeElement).to.equal(field(el, '2 texts (2 parts)'));
  });
});
