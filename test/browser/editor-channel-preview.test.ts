// A transport operator's desk posts "De seinen zijn gerepareerd" under the title "Geen treinen
// tussen Zwolle en Kampen". The phone line's waiting message leads with the title and the first
// sentence of what we know, so callers heard both, contradicting each other, and nothing in the
// studio showed it. Now the preview shows the phone message and the SMS, made by the same exporters
// as `clearline export`, and they follow the title as it is changed.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { click, fill, operatorFeed as operator, root } from './editor-helpers.js';


const said = (el: ClearlineEditor, channel: 'ivr' | 'sms') => root(el).querySelector(`.channel-preview [data-channel="${channel}"] blockquote`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<clearline-editor> what callers and the SMS get', () => {
  it('shows the phone message and the SMS for the incident in the form, and they follow the title', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${operator()}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    await fill(el, 'Wat we weten — Nederlands', 'De seinen zijn gerepareerd. De eerste treinen rijden weer.');
    expect(root(el).querySelector('#channel-preview-heading')?.textContent).to.equal('Wat bellers en de sms krijgen');
    expect(said(el, 'ivr')).to.contain('Geen treinen tussen Zwolle en Kampen. De seinen zijn gerepareerd.');
    expect(said(el, 'ivr')).to.contain('25 minuten');
    expect(root(el).querySelector('.channel-preview [data-channel="ivr"] figcaption')?.textContent).to.match(/^Wachtbericht telefoon \(lijn "Klantenservice"\), \d+(?:,\d)? van 45 seconden$/);
    // An update after the first: its phase before the title (export/phase-title.ts), so the SMS is not the previous one's.
    expect(said(el, 'sms')).to.match(/^Oorzaak gevonden: Geen treinen tussen Zwolle en Kampen\./);
    await fill(el, 'Titel — Nederlands', 'Treinen rijden weer tussen Zwolle en Kampen');
    expect(said(el, 'ivr')).to.contain('Treinen rijden weer tussen Zwolle en Kampen. De seinen zijn gerepareerd.');
    // Trial W: an update that changes the title says what moved on in it; the phase label is then not said (export/sms-phase.ts).
    expect(said(el, 'sms')).to.match(/^Treinen rijden weer tussen Zwolle en Kampen\./);
  });

  it('the seconds in a Dutch studio are written with a decimal comma (a housing corporation read "23.6 van 45 seconden")', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${operator()}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    // "Door een seinstoring rijden er geen treinen." is said in 17.2 seconds (17.6 when the next update is tomorrow).
    const caption = root(el).querySelector('.channel-preview [data-channel="ivr"] figcaption')?.textContent ?? '';
    expect(caption).to.match(/^Wachtbericht telefoon \(lijn "Klantenservice"\), \d+,\d van 45 seconden$/);
  });

  it('a phone line without a wait: the message is shown with what clearline export would refuse, in the studio\'s language', async () => {
    const feed = operator();
    delete feed.channels[0]!.wait_minutes;
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    const problems = [...root(el).querySelectorAll('.channel-preview [data-channel="ivr"] .problem')];
    expect(problems.map((p) => p.getAttribute('data-rule'))).to.deep.equal(['ivr-no-wait']);
    expect(problems[0]!.textContent).to.contain('heeft geen verwachte wachttijd');
    // In the studio's words: the line by its name and the field by its label, not the feed's id and
    // "wait_minutes" (a parcel company's desk read "(phone)" and "wait_minutes; 0 als …").
    expect(problems[0]!.textContent).to.contain('De telefoonlijn "Klantenservice" heeft').and.to.contain('“Wachttijd in minuten”');
    expect(problems[0]!.textContent).not.to.match(/wait_minutes|\(phone\)/);
  });

  it('every ordinary phone line gets its own waiting message, not only the first; an emergency line none (trial O: the Assisted travel line lost its action unseen)', async () => {
    const feed = operator();
    feed.channels.push(
      { id: 'phone-2', kind: 'phone', label: { nl: 'Assistentie', en: 'Assisted travel' }, href: 'tel:+31881234599', wait_minutes: 5, reason: { nl: 'veel reizigers boeken opnieuw', en: 'many passengers rebooking' } },
      { id: 'phone-3', kind: 'phone', label: { nl: 'Alarmnummer', en: 'Emergency' }, href: 'tel:112', emergency: true },
    );
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    const figures = [...root(el).querySelectorAll('.channel-preview [data-channel="ivr"]')];
    expect(figures.map((f) => f.getAttribute('data-line'))).to.deep.equal(['klantenservice', 'phone-2']);
    expect(figures[1]!.querySelector('figcaption')?.textContent).to.match(/^Wachtbericht telefoon \(lijn "Assistentie"\), /);
    expect(figures[1]!.querySelector('blockquote')?.textContent).to.contain('Geen treinen tussen Zwolle en Kampen').and.to.contain('5 minuten');
    expect(figures[0]!.querySelector('blockquote')?.textContent).to.contain('25 minuten');
  });

  it('in the language of the preview: English shows the English message', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${operator()}></clearline-editor>`);
    await click(el, 'Post update');
    const english = [...root(el).querySelectorAll<HTMLInputElement>('input[name="preview-lang"]')].find((r) => r.value === 'en')!;
    english.click();
    await el.updateComplete;
    expect(root(el).querySelector('#channel-preview-heading')?.textContent).to.equal('What callers and text messages get');
    expect(said(el, 'ivr')).to.contain('No trains between Zwolle and Kampen.');
  });
});

describe('<clearline-editor> the preview does not speak', () => {
  it('typing an update is not announced by the preview\'s status and banner (a screen-reader user at the desk heard "Nieuwe update: …" as they typed)', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${operator()}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    for (const text of ['De seinen zijn gerepareerd.', 'De seinen zijn gerepareerd. De eerste treinen rijden weer.', 'Alle treinen rijden weer.']) {
      await new Promise((r) => setTimeout(r, 20));
      el.tick(); // the studio's clock moves on, as it does every minute
      await fill(el, 'Wat we weten — Nederlands', text);
    }
    await new Promise((r) => setTimeout(r, 300)); // the banner fills its region 150 ms after a change
    const region = (tag: string) => root(el).querySelector(`.frame ${tag}`)?.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim() ?? '';
    expect(root(el).querySelector('.frame clearline-status'), 'the preview is there').to.not.equal(null);
    expect(region('clearline-status')).to.equal('');
    expect(region('clearline-banner')).to.equal('');
  });
});
