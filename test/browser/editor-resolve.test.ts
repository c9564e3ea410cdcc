// The all-clear in the studio: resolving empties "what we don't know yet" unless it is rewritten
// (as `clearline update --resolve`). A hospital's night desk resolved its cyberattack with
// "whether patient data was stolen" still in that field; it vanished from the feed without a word.
// The hint's example fits any sector ("such as the cause?"; it asked a school "whether data was
// stolen"). And the title: a school resolved "Storm: campus Hoboken blijft dicht" and readers got
// "Opgelost: Storm: campus Hoboken blijft dicht"; the title field now says what readers will see.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { verifyDocument } from '../../src/feed/verify.js';
import { keygen, statusFeed, type TestKey } from './helpers.js';
import { click, field, fill, pickKey, resolveWith, root } from './editor-helpers.js';

let key: TestKey;
before(async () => {
  key = await keygen();
});
afterEach(() => forgetKey());

/** The hint the field is described by, or '' when none. */
const hintOf = (el: ClearlineEditor, name: string, start = /^(Resolved|Opgelost)/) =>
  (field(el, name).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => (id ? root(el).getElementById(id)?.textContent?.trim() ?? '' : ''))
    .filter((t) => start.test(t))
    .join(' ');
const titleHint = (el: ClearlineEditor, name: string) => hintOf(el, name, /^(Readers see|Lezers zien)/);
// Trial Q, a hospital: resolved at 15:00 while its emergency department took no ambulances until Wednesday 07:00.
const STILL = ' Does something still not work until later, say until tomorrow 07:00? Then do not resolve yet: choose a lower severity and say in the title what still does not work and until when.';
const NOG = ' Werkt iets nog niet tot later, bijvoorbeeld tot morgen 07:00? Los dan nog niet op: kies een lagere ernst en zeg in de titel wat nog niet werkt en tot wanneer.';

/** A Dutch studio's Post update with the phase set to Opgelost (resolved). */
async function resolvingInDutch(): Promise<ClearlineEditor> {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${statusFeed()}></clearline-editor>`);
    await click(el, 'Update plaatsen');
    const phase = field(el, 'Fase') as unknown as HTMLSelectElement;
    phase.value = 'resolved';
    phase.dispatchEvent(new Event('change'));
    await el.updateComplete;
  return el;
}

describe('<clearline-editor> resolving an incident', () => {
  it('says at "What we don\'t know yet" that its text is removed unless rewritten; a rewritten text is published', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${statusFeed()}></clearline-editor>`);
    await click(el, 'Post update');
    expect(hintOf(el, "What we don't know yet — English"), 'not before the phase is Resolved').to.equal('');
    await resolveWith(el, 'Flights run normally again.', 'Vluchten gaan weer normaal.');
    expect(hintOf(el, "What we don't know yet — English")).to.equal(
      'Resolved: this text is published only if you rewrite it now; as it stands it is removed. Still unsure about something, such as the cause? Write it here again.',
    );
    expect(hintOf(el, "What we don't know yet — Dutch")).to.not.equal('');
    expect(hintOf(el, "What we don't know yet — English")).to.not.match(/stolen/);
    await fill(el, "What we don't know yet — English", 'Whether passenger data was stolen.');
    await fill(el, "What we don't know yet — Dutch", 'Of gegevens van reizigers zijn gestolen.');
    await pickKey(el, key);
    let envelope: unknown;
    el.addEventListener('clearline-signed', (e) => (envelope = (e as CustomEvent).detail.envelope), { once: true });
    await click(el, 'Sign');
    await waitUntil(() => envelope, 'signed');
    const { payload } = await verifyDocument(JSON.stringify(envelope), { kind: 'status', keys: key.publicJwk, store: null });
    expect(payload.incidents[0]!.phase).to.equal('resolved');
    expect(payload.incidents[0]!.unknown).to.deep.equal({ en: 'Whether passenger data was stolen.', nl: 'Of gegevens van reizigers zijn gestolen.' });
  });

  it('in a Dutch studio, in Dutch', async () => {
    const el = await resolvingInDutch();
    expect(hintOf(el, 'Wat we nog niet weten — Nederlands')).to.equal(
      'Opgelost: deze tekst wordt alleen gepubliceerd als u hem nu herschrijft; zoals hij er staat, valt hij weg. Is iets nog onzeker, zoals de oorzaak? Schrijf het hier opnieuw.',
    );
  });

  it('says at the title what readers will see after "Resolved", in the field\'s language, until it is rewritten', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${statusFeed()}></clearline-editor>`);
    await click(el, 'Post update');
    expect(titleHint(el, 'Title — English'), 'not before the phase is Resolved').to.equal('');
    await resolveWith(el, 'Flights run normally again.', 'Vluchten gaan weer normaal.');
    expect(titleHint(el, 'Title — English')).to.equal('Readers see “Resolved: Storm: flights cancelled”. Is that title no longer true? Write one that says how it ended.' + STILL);
    expect(titleHint(el, 'Title — Dutch')).to.equal('Readers see “Opgelost: Storm: vluchten geannuleerd”. Is that title no longer true? Write one that says how it ended.' + STILL);
    await fill(el, 'Title — English', 'Storm: some flights late');
    expect(titleHint(el, 'Title — English')).to.equal('Readers see “Resolved: Storm: some flights late”. Is that title no longer true? Write one that says how it ended.' + STILL);
    // A title that says how it ended is said without "Resolved:" (trial O: "Resolved: Strike over: …").
    await fill(el, 'Title — English', 'Flights run again');
    expect(titleHint(el, 'Title — English')).to.equal('Readers see “Flights run again”: it says how it ended, so without “Resolved:” before it.' + STILL);
    // Trial U: it says it ended ("works again") and that something is still going on ("still slow"): said as still going on.
    await fill(el, 'Title — English', 'App works again, online banking still slow');
    expect(titleHint(el, 'Title — English')).to.equal('Readers see “Resolved: App works again, online banking still slow”, but the title says something is still going on (“still slow”). Write one that says how it ended.' + STILL);
    await fill(el, 'Title — Dutch', 'App werkt weer, online bankieren nog traag');
    expect(titleHint(el, 'Title — Dutch')).to.equal('Readers see “Opgelost: App werkt weer, online bankieren nog traag”, but the title says something is still going on (“nog traag”). Write one that says how it ended.' + STILL);
  });

  it('the title hint in a Dutch studio, in Dutch', async () => {
    const el = await resolvingInDutch();
    expect(titleHint(el, 'Titel — Nederlands')).to.equal('Lezers zien “Opgelost: Storm: vluchten geannuleerd”. Klopt die titel niet meer? Schrijf er een die zegt hoe het afliep.' + NOG);
  });

  // Trial T, a US electric co-op: every other time in its studio was on the 12-hour clock, this one read "tomorrow 7:00".
  it('on a US desk the example time is on the 12-hour clock', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en-US" .feed=${statusFeed({ time_zone: 'America/Chicago' })}></clearline-editor>`);
    await click(el, 'Post update');
    await resolveWith(el, 'Flights run normally again.', 'Vluchten gaan weer normaal.');
    const hint = titleHint(el, 'Title — English');
    expect(hint).to.contain('say until tomorrow 7:00 AM? Then do not resolve yet');
    expect(hint.includes('tomorrow 7:00?')).to.equal(false);
  });

  // Trial R, a grid operator: "Gevolgen voor" had been narrowed to the last street without power, and its all-clear for
  // 38,000 households kept only "Etten-Leur (Hoge Berg)".
  it('says at "Affects" that readers keep the list under the all-clear, while it is not empty', async () => {
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="en" .feed=${statusFeed()}></clearline-editor>`);
    await click(el, 'Post update');
    await fill(el, 'Affects — English', 'Etten-Leur (Hoge Berg)');
    await fill(el, 'Affects — Dutch', 'Etten-Leur (Hoge Berg)');
    const affectsHint = () => hintOf(el, 'Affects — English') + hintOf(el, 'Affects — Dutch');
    expect(affectsHint(), 'not before the phase is Resolved').to.equal('');
    await resolveWith(el, 'Power is back for everyone.', 'Iedereen heeft weer stroom.');
    expect(affectsHint()).to.equal('Resolved: readers and the e-mail keep this list under the all-clear. Does it name only the last ones affected? Then name everyone who was, or empty it.');
    await fill(el, 'Affects — English', '');
    await fill(el, 'Affects — Dutch', '');
    expect(affectsHint(), 'an empty list needs no hint').to.equal('');
  });
});
