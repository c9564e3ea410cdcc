// The studio's findings in the desk's words. A service desk at 2 a.m. read, under an urgent contact
// reason, 'Add the emergency line … to its "channels" in feed.json, e.g. "channels": ["gas-emergency"]',
// and under a channel 'Add a "reason"': words of a file they never see. The studio now names the
// field as it is labelled on screen and the lines as readers see them, in the studio's language;
// the CLI keeps the feed's words (test/node/lint-rules.test.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, fill, newIncident, root } from './editor-helpers.js';

const feed = (): FeedDraft =>
  emptyFeed({
    channels: [
      { id: 'service', kind: 'phone', label: { nl: 'Klantenservice', en: 'Customer service' }, href: 'tel:+31302345678', wait_minutes: 55 },
      { id: 'gas-emergency', kind: 'phone', emergency: true, label: { nl: 'Gaslucht', en: 'Gas smell' }, href: 'tel:+318009009', wait_minutes: 2 },
      { id: 'fraud', kind: 'phone', emergency: true, label: { nl: 'Fraude', en: 'Fraud' }, href: 'tel:+31201234567', wait_minutes: 1 },
    ],
    contact_reasons: [{ id: 'smell-gas', label: { nl: 'Ik ruik gas', en: 'I smell gas' }, urgent: true }],
  } as Partial<FeedDraft>);

/** Every finding the page shows, one string each. */
const findings = (el: ClearlineEditor) => [...root(el).querySelectorAll('.findings li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const JSON_WORDS = /"[a-z_]+"\s*:|\b[a-z]+_[a-z_]+\b|feed\.json|E\.164|\b(payload|array|string)\b|"reason"|"channels"|gas-emergency/;

describe('<clearline-editor> findings in the desk words', () => {
  it('English: the reason and the wait are named by their labels, no JSON', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed()}></clearline-editor>`);
    await newIncident(el, 'gas');
    const all = findings(el);
    expect(all.filter((f) => JSON_WORDS.test(f))).to.deep.equal([]);
    expect(all).to.include('Fix: the urgent contact reason “I smell gas” names none of the emergency lines, so readers who choose it are offered all of them (Gas smell, Fraud). Tick the emergency line that helps with this reason under “Channels for I smell gas”.');
    expect(all.some((f) => f.includes('Fill in “Reason for the wait”'))).to.equal(true);
  });

  it('Dutch: the same in Dutch, with the Dutch labels', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed()}></clearline-editor>`);
    await newIncident(el, 'gas', true);
    const all = findings(el);
    expect(all.filter((f) => JSON_WORDS.test(f))).to.deep.equal([]);
    expect(all).to.include('Oplossen: de dringende contactreden “Ik ruik gas” noemt geen van de noodnummers, dus wie hem kiest krijgt ze allemaal (Gaslucht, Fraude). Vink het noodnummer dat bij deze reden hoort aan onder “Kanalen voor Ik ruik gas”.');
  });

  it('English: a text missing its Dutch says "Dutch", not "nl"', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${feed()}></clearline-editor>`);
    await newIncident(el, 'gas');
    await fill(el, 'Title — English', 'No gas in Utrecht-Oost');
    await fill(el, 'Title — Dutch', '');
    await click(el, 'Sign');
    expect(findings(el).filter((f) => JSON_WORDS.test(f)), 'problems too, once Sign was pressed').to.deep.equal([]);
    // The field's own other language, not "while other texts do" (a water desk that emptied its Dutch title).
    const said = findings(el).filter((f) => f.includes('this text is empty in'));
    expect(said.length > 0, findings(el).join('\n')).to.equal(true);
    expect(said.every((f) => f.includes('this text is empty in Dutch, while its English is filled in. Add the Dutch text')), said.join('\n')).to.equal(true);
  });
});
