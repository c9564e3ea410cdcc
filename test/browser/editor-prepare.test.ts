// <clearline-editor prepare> as `clearline studio prepared.json --prepare` serves it: a comms officer writes the
// organisation's prepared texts on a quiet day. Before, the editor could only sign and publish, so prepared texts were
// written with `new incident --feed prepared.json` and `update` by an engineer; a [[TODO: …]] left for the street
// blocked signing. Now the page says nothing is published, the save button saves the file of prepared texts (no key, no
// Sign, no Publish), placeholders are named but do not block, and an edit replaces the text in place (no history).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { button, click, emptyFeed, fill, field, root, text } from './editor-helpers.js';

const BURST = {
  id: 'burst-main',
  title: { nl: 'Leidingbreuk: geen water in [[TODO: wijk]]', en: 'Burst main: no water in [[TODO: area]]' },
  severity: 'major' as const,
  phase: 'identified' as const,
  started_at: '2026-11-02T10:00:00Z',
  updated_at: '2026-11-02T10:20:00Z',
  known: { nl: 'Een hoofdleiding is gesprongen.', en: 'A water main has burst.' },
  unknown: { nl: 'Hoe lang het duurt.', en: 'How long it takes.' },
  next_update_at: null,
  actions: [{ label: { nl: 'Laat de koude kraan lopen als het water terugkomt', en: 'Run the cold tap when the water comes back' }, urgent: true }],
};
const COMPUTERS = { ...BURST, id: 'computers-down', title: { nl: 'Onze computersystemen zijn uitgevallen', en: 'Our computer systems are down' }, phase: 'investigating' as const, actions: [] };

const realFetch = window.fetch;
let posted: { feed: FeedDraft; version?: string }[] = [];
beforeEach(() => {
  posted = [];
  window.fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    const b = JSON.parse(String(init?.body)) as { feed: string; version?: string };
    posted.push({ feed: JSON.parse(b.feed) as FeedDraft, version: b.version });
    return new Response(JSON.stringify({ files: ['prepared.json'], folder: '/srv/teksten', version: `v${posted.length}` }), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
});
afterEach(() => (window.fetch = realFetch));

const prepared = () => fixture<ClearlineEditor>(html`<clearline-editor lang="nl" prepare save-url="/api/save" .feed=${emptyFeed({ feed_id: 'prepared', incidents: [structuredClone(BURST), structuredClone(COMPUTERS)] as FeedDraft['incidents'] })}></clearline-editor>`);

describe('<clearline-editor prepare>: writing prepared texts, nothing published', () => {
  it('says it is the prepared texts, lists each with Edit, and has Save instead of a key, Sign and Publish', async () => {
    const el = await prepared();
    expect(text(el)).to.contain('Voorbereide teksten: dit wordt niet gepubliceerd');
    expect(root(el).querySelector('#open-heading')?.textContent).to.equal('Uw voorbereide teksten');
    expect([...root(el).querySelectorAll('.incidents li .title')].map((t) => t.textContent)).to.deep.equal([BURST.title.nl, COMPUTERS.title.nl]);
    await click(el, 'Nieuwe voorbereide tekst');
    expect(root(el).querySelector('#form-heading')?.textContent).to.equal('Nieuwe voorbereide tekst');
    expect(button(el, 'Voorbereide tekst opslaan').classList.contains('primary')).to.equal(true);
    const words = [...root(el).querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(words.some((w) => /Ondertekenen|Publiceren/.test(w))).to.equal(false);
    expect(root(el).querySelector('#f-key') === null).to.equal(true);
    // A copy sets the next update and the start afresh, and starts as looking for the cause or cause found.
    expect(() => field(el, 'Volgende update')).to.throw();
    expect([...(field(el, 'Fase') as unknown as HTMLSelectElement).options].map((o) => o.value)).to.deep.equal(['investigating', 'identified']);
  });

  it('saves a new text with its [[TODO: …]]s: named as notes, not blocking; its id is the template\'s name', async () => {
    const el = await prepared();
    const select = field(el, 'Sjabloon') as unknown as HTMLSelectElement;
    select.value = 'water';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await click(el, 'Nieuwe voorbereide tekst');
    expect(field(el, 'Titel — Nederlands').value).to.contain('[[TODO:');
    // Named at the field as a note that may stay, not "replace it" alone.
    expect(text(el)).to.contain('Laat dit staan als het pas bij gebruik bekend is (zoals de straat)');
    expect(root(el).querySelector('h2')?.textContent).to.equal('Voorbereide teksten: dit wordt niet gepubliceerd');
    await click(el, 'Voorbereide tekst opslaan');
    await waitUntil(() => posted.length === 1, 'saved');
    const saved = posted[0]!.feed;
    expect(saved.incidents.map((i) => i.id)).to.deep.equal(['water', 'burst-main', 'computers-down']);
    expect((saved.incidents[0]!.title as Record<string, string>).nl).to.contain('[[TODO:');
    expect(saved.incidents[0]!.next_update_at).to.equal(null);
    await waitUntil(() => text(el).includes('Opgeslagen in prepared.json (/srv/teksten). Er is niets gepubliceerd.'), 'said where');
    expect(text(el)).to.contain('in een voorbereide tekst mag dat');
    expect(text(el)).not.to.contain('Niet opgeslagen');
    // The template's major text has no "Nu doen" action: a suggestion that no longer speaks of signing, where nothing is signed.
    const urgent = root(el).querySelector('li[data-rule="urgent-action-missing"]')?.textContent ?? '';
    expect(urgent).to.contain('deze waarschuwing houdt het opslaan of gebruiken van de voorbereide tekst niet tegen');
    expect(/ondertek/i.test(urgent)).to.equal(false);
  });

  it('Edit replaces a text in place, without history; an empty title is refused before anything is sent', async () => {
    const el = await prepared();
    await click(el, 'Bewerken');
    expect(field(el, 'Titel — Nederlands').value).to.equal(BURST.title.nl);
    expect(root(el).querySelector('#form-heading')?.textContent).to.equal(`Voorbereide tekst: ${BURST.title.nl}`);
    await fill(el, 'Wat we weten — Nederlands', 'Een hoofdleiding is gesprongen. Flessenwater: Sporthal De Bron.');
    await click(el, 'Voorbereide tekst opslaan');
    await waitUntil(() => posted.length === 1, 'saved');
    const [burst, computers] = posted[0]!.feed.incidents;
    expect(burst!.id).to.equal('burst-main');
    expect((burst!.known as Record<string, string>).nl).to.equal('Een hoofdleiding is gesprongen. Flessenwater: Sporthal De Bron.');
    expect(burst!.title).to.deep.equal(BURST.title);
    expect([burst!.phase, burst!.updates === undefined, burst!.started_at]).to.deep.equal(['identified', true, BURST.started_at]);
    expect(computers!.id).to.equal('computers-down');

    await fill(el, 'Titel — Nederlands', '');
    await fill(el, 'Titel — Engels', '');
    await click(el, 'Voorbereide tekst opslaan');
    await el.updateComplete;
    expect(posted.length).to.equal(1);
    expect(text(el)).to.contain('Niet opgeslagen: eerst');
  });

  it('Remove this prepared text takes it out of the file once confirmed; the form closes and the page says so', async () => {
    const el = await prepared();
    const realConfirm = window.confirm;
    let asked = '';
    window.confirm = (q?: string) => ((asked = String(q)), true);
    try {
      await click(el, 'Nieuwe voorbereide tekst');
      expect(() => button(el, 'Deze voorbereide tekst verwijderen')).to.throw();
      [...root(el).querySelectorAll('.incidents li button')].find((b) => b.getAttribute('aria-describedby') === 'inc-computers-down')!.dispatchEvent(new MouseEvent('click'));
      await el.updateComplete;
      await click(el, 'Deze voorbereide tekst verwijderen');
      await waitUntil(() => posted.length === 1, 'saved');
      expect(asked).to.contain(COMPUTERS.title.nl);
      expect(posted[0]!.feed.incidents.map((i) => i.id)).to.deep.equal(['burst-main']);
      await waitUntil(() => root(el).querySelector('#form-heading') === null, 'the form closes');
      expect(text(el)).to.contain(`“${COMPUTERS.title.nl}” verwijderd uit prepared.json. Er is niets gepubliceerd.`);
      expect([...root(el).querySelectorAll('.incidents li .title')].map((t) => t.textContent)).to.deep.equal([BURST.title.nl]);
      // The last in the list removed: the focus on the Edit button of the one before it, not lost to the page's body.
      const edit = root(el).querySelector('.incidents li button');
      expect(edit !== null && root(el).activeElement === edit).to.equal(true);
    } finally {
      window.confirm = realConfirm;
    }
  });

  // Keyboard focus after Remove: the Remove button was in the form, which closes, so the focus fell to the page's body and
  // only the status line under the list said what happened. Now the text that took its place, else New prepared text.
  it('after Remove this prepared text the focus goes to the next text\'s Edit, and to Nieuwe voorbereide tekst when none is left', async () => {
    const el = await prepared();
    const realConfirm = window.confirm;
    window.confirm = () => true;
    const edit = (id: string) => [...root(el).querySelectorAll('.incidents li button')].find((b) => b.getAttribute('aria-describedby') === `inc-${id}`)!;
    try {
      edit('burst-main').dispatchEvent(new MouseEvent('click'));
      await el.updateComplete;
      await click(el, 'Deze voorbereide tekst verwijderen');
      await waitUntil(() => root(el).querySelector('#form-heading') === null, 'the form closes');
      await waitUntil(() => root(el).activeElement !== null, 'the focus is in the editor');
      expect(root(el).activeElement === edit('computers-down')).to.equal(true);
      expect(document.activeElement === el).to.equal(true);
      edit('computers-down').dispatchEvent(new MouseEvent('click'));
      await el.updateComplete;
      await click(el, 'Deze voorbereide tekst verwijderen');
      await waitUntil(() => posted.length === 2, 'saved again');
      // (The focus was on the Edit pressed, now gone with the list.)
      await waitUntil(() => root(el).activeElement === button(el, 'Nieuwe voorbereide tekst'), 'the focus on New prepared text');
      expect(text(el)).to.contain(`“${COMPUTERS.title.nl}” verwijderd uit prepared.json.`);
    } finally {
      window.confirm = realConfirm;
    }
  });

  it('Save prepared text keeps the focus (Chromium dropped it from the button disabled while saving)', async () => {
    const el = await prepared();
    (root(el).querySelector('.incidents li button') as HTMLButtonElement).click();
    await el.updateComplete;
    const save = button(el, 'Voorbereide tekst opslaan');
    save.focus();
    save.click();
    await waitUntil(() => text(el).includes('Opgeslagen in prepared.json'), 'saved');
    await waitUntil(() => root(el).activeElement === button(el, 'Voorbereide tekst opslaan'), 'the focus back on Save');
  });

  it('a removal the studio refused leaves the form open with the focus back on its Remove button (disabled while saving)', async () => {
    const el = await prepared();
    const realConfirm = window.confirm;
    window.confirm = () => true;
    window.fetch = (async () => new Response(JSON.stringify({ message: 'the file changed' }), { status: 409, headers: { 'Content-Type': 'application/json' } })) as typeof fetch;
    try {
      (root(el).querySelector('.incidents li button') as HTMLButtonElement).click();
      await el.updateComplete;
      const remove = button(el, 'Deze voorbereide tekst verwijderen');
      remove.focus();
      remove.click();
      await waitUntil(() => text(el).includes('Niet opgeslagen: the file changed'), 'said');
      await waitUntil(() => root(el).activeElement === button(el, 'Deze voorbereide tekst verwijderen'), 'the focus back on Remove');
      expect(root(el).querySelector('#form-heading') !== null).to.equal(true);
    } finally {
      window.confirm = realConfirm;
    }
  });
});
