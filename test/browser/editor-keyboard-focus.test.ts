// A municipality's desk publishing a burst water main at night with the keyboard only: where the
// focus goes when a button changes the form under it. "Kanaal toevoegen" kept the focus on itself,
// pushed below the screen by the new channel; "+ Nu doen" left it on the next suggestion's button;
// "Actie verwijderen 1", "Contactreden verwijderen 1", "morgen om … gebruiken" and "Apply my edit on
// top of the newer feed" and, the morning after, "Nu opnieuw ondertekenen" removed the button it was
// on, so it fell back to the top of the page. And
// "Wat we weten" left empty said nothing until Ondertekenen, which then put the focus on a field further down.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { iso, keygen, MIN, statusFeed, type TestKey } from './helpers.js';
import { button, click, emptyFeed, field, fill, newIncident, root, text } from './editor-helpers.js';
import { FakeStudio, outageWritten, signAndPublish, unstamped } from './fake-studio.js';

const feed = () =>
  emptyFeed({ feed_id: 'gemeente', publisher: { name: 'Gemeente Voorbeeld', url: 'https://gemeente.example' }, channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Gemeente Voorbeeld' }, href: 'tel:14038' }] });

/** Focuses the button named `name` and presses it, as Enter does, then waits for the editor to render. */
async function press(el: ClearlineEditor, name: string | HTMLButtonElement) {
  const b = typeof name === 'string' ? button(el, name) : name;
  b.focus();
  b.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** The control with the keyboard focus, by what it is called on screen ("field Actie 1", "button Kanaal toevoegen"). */
function focused(el: ClearlineEditor): string {
  const a = root(el).activeElement as HTMLElement | null;
  if (!a) return 'nothing';
  if (a.tagName === 'BUTTON') return `button ${a.getAttribute('aria-label') ?? a.textContent!.trim()}`;
  const label = [...root(el).querySelectorAll('label')].find((l) => l.control === a);
  return `field ${label?.textContent!.trim().replace(/\s+/g, ' ') ?? a.id}`;
}

async function flood() {
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${feed()}></clearline-editor>`);
  await newIncident(el, 'flood', true);
  return el;
}

let key: TestKey;
let fake: FakeStudio | undefined;
before(async () => {
  key = await keygen();
  await forgetKey();
});
afterEach(() => fake?.uninstall());

describe('<clearline-editor> keeps the keyboard focus where the desk is working', () => {
  it('an action added (a suggestion or a blank one) takes the focus; a removed one passes it on', async () => {
    const el = await flood();
    const now = [...root(el).querySelectorAll('.suggestions button')].find((b) => b.getAttribute('aria-label')!.startsWith('Nu doen: ')) as HTMLButtonElement;
    await press(el, now);
    expect(focused(el), '+ Nu doen: the action added').to.equal('field Actie 1');
    await press(el, 'Actie toevoegen');
    expect(focused(el), 'Actie toevoegen: the new action').to.equal('field Actie 2');
    await press(el, 'Actie verwijderen 1');
    expect(focused(el), 'the action now first').to.equal('field Actie 1');
    await press(el, 'Actie verwijderen 1');
    expect(focused(el), 'none left: Actie toevoegen').to.equal('button Actie toevoegen');
  });

  it('a channel added takes the focus on its kind; removing the last passes it to Kanaal toevoegen', async () => {
    const el = await flood();
    // The feed has a channel: Contactkanalen is folded (fold.ts) until the desk opens it.
    root(el).querySelector<HTMLElement>('details[data-fold="channels"] summary')!.click();
    await el.updateComplete;
    await press(el, 'Kanaal toevoegen');
    expect(focused(el)).to.equal('field Soort — Kanaal 2');
    await press(el, 'Kanaal verwijderen 2');
    expect(focused(el)).to.equal('button Kanaal toevoegen');
    await press(el, 'Kanaal toevoegen');
    await press(el, 'Kanaal verwijderen 1');
    expect(focused(el), 'the channel now first').to.equal('field Soort — Kanaal 1');
  });

  it('a contact reason added (suggested or blank) takes the focus on its name; a removed one passes it on', async () => {
    const el = await flood();
    await press(el, 'Contactreden toevoegen: Iemand is in gevaar door het water');
    expect(focused(el)).to.equal('field Reden 1');
    await press(el, 'Contactreden toevoegen');
    expect(focused(el)).to.equal('field Reden 2');
    await press(el, 'Contactreden verwijderen 1');
    expect(focused(el)).to.equal('field Reden 1');
    await press(el, 'Contactreden verwijderen 1');
    expect(focused(el)).to.equal('button Contactreden toevoegen');
  });

  it('"morgen om … gebruiken" puts the focus back in Volgende update', async () => {
    // At 23:30 (Amsterdam) 00:15 has passed and tomorrow's is 45 minutes away: offered (a time more than 4 hours ahead is not).
    const realNow = Date.now;
    Date.now = () => Date.parse('2026-12-02T22:30:00Z');
    try {
      const el = await flood();
      const next = field(el, 'Volgende update');
      next.value = '00:15';
      next.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const use = [...root(el).querySelectorAll('button')].find((b) => /^morgen om .* gebruiken$/.test(b.textContent!.trim()))!;
      await press(el, use);
      expect(text(el)).to.contain('Beloofd: morgen om');
      expect(focused(el)).to.equal('field Volgende update');
    } finally {
      Date.now = realNow;
    }
  });

  it('"Wat we weten" left empty says so when the field is left, and Ondertekenen takes the focus there', async () => {
    const el = await flood();
    await fill(el, 'Titel', 'Waterleiding gesprongen: Stationsweg onder water');
    const known = field(el, 'Wat we weten');
    known.value = '';
    known.dispatchEvent(new Event('input'));
    await el.updateComplete;
    known.dispatchEvent(new FocusEvent('blur'));
    await el.updateComplete;
    const said = root(el).querySelector('#f-known-findings');
    expect(said?.textContent, 'said under the field').to.contain('staat niet wat we weten');
    expect(known.getAttribute('aria-invalid')).to.equal('true');
    expect(known.getAttribute('aria-describedby')).to.contain('f-known-findings');
    await press(el, 'Ondertekenen');
    expect(focused(el), 'the first field with a problem').to.equal('field Wat we weten');
  });

  it('Ondertekenen with only the English "Wat we nog niet weten" empty takes the focus to that field, not the Dutch one (trial R)', async () => {
    // A night desk with both languages filled but the English "unknown" left: the finding is about the part as a whole,
    // and every language's field was marked invalid, so the focus went to the filled Dutch field and the desk looked for the error.
    const both = emptyFeed({ ...feed(), channels: [{ id: 'phone', kind: 'phone', label: { nl: 'Gemeente Voorbeeld', en: 'Municipality' }, href: 'tel:14038' }] });
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" .feed=${both}></clearline-editor>`);
    await newIncident(el, 'flood', true);
    for (const [name, v] of [['Titel — Nederlands', 'Waterleiding gesprongen: Stationsweg onder water'], ['Titel — Engels', 'Burst water main: Stationsweg flooded'], ['Wat we weten — Nederlands', 'De Stationsweg staat onder water.'], ['Wat we weten — Engels', 'Stationsweg is flooded.']]) await fill(el, name!, v!);
    const unknown = [...root(el).querySelectorAll('label')].filter((l) => l.textContent!.trim().startsWith('Wat we nog niet weten'));
    expect(unknown.length, 'a field per language').to.equal(2);
    const [nlField, enField] = unknown.map((l) => l.control as HTMLTextAreaElement);
    for (const [f, v] of [[nlField!, 'Hoe lang het duurt.'], [enField!, '']] as const) {
      f.value = v;
      f.dispatchEvent(new Event('input'));
      await el.updateComplete;
      f.dispatchEvent(new FocusEvent('blur'));
      await el.updateComplete;
    }
    await press(el, 'Ondertekenen');
    expect(focused(el)).to.match(/^field Wat we nog niet weten .*(Engels|English)/);
    expect(nlField!.getAttribute('aria-invalid'), 'the filled Dutch field is not marked').to.equal('false');
    expect(enField!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('"Apply my edit on top of the newer feed" passes the focus to Sign, the next step; "Forget the key" to the key field', async () => {
    const made = await outageWritten(key);
    fake = made.studio;
    const el = made.el;
    fake.dropAnswer = true;
    await signAndPublish(el, /no answer from the studio/);
    await click(el, 'Publish');
    await waitUntil(() => text(el).includes('changed the feed after you opened it'), 'refused');
    await press(el, 'Apply my edit on top of the newer feed');
    expect(focused(el)).to.equal('button Sign');
    const remember = field(el, 'Remember the key in this browser (stored so that it cannot be read back)');
    remember.checked = true;
    remember.dispatchEvent(new Event('change'));
    await waitUntil(() => [...root(el).querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Forget the key'), 'remembered');
    await press(el, 'Forget the key');
    await waitUntil(() => !text(el).includes('Forget the key'), 'forgotten');
    expect(focused(el)).to.equal('field Signing key');
  });

  it('"Nu opnieuw ondertekenen" (the published feed expires soon) passes the focus to Ondertekenen', async () => {
    fake = new FakeStudio(unstamped(statusFeed()));
    fake.install();
    const fakeFetch = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const res = await fakeFetch(input, init);
      if (String(input) !== '/api/feed') return res;
      return new Response(await res.text(), { headers: { 'X-Clearline-Version': fake!.version, 'X-Clearline-Expires': iso(10 * MIN) } });
    };
    const el = await fixture<ClearlineEditor>(html`<clearline-editor lang="nl" feed-src="/api/feed" save-url="/api/save"></clearline-editor>`);
    await waitUntil(() => text(el).includes('Nu opnieuw ondertekenen'), 'expiry warning');
    await press(el, 'Nu opnieuw ondertekenen');
    expect(focused(el)).to.equal('button Ondertekenen');
  });
});
