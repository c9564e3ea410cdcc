// <clearline-editor>: an update's actions as a desk meets them (trial F, a municipality). Folded in an update, the
// section said only "4 acties", so the morning's "Kom vandaag niet naar de balie" stayed live after the counter
// reopened unless the desk thought to open it: the summary now names each action readers still see by its first
// words. And an action's text (150 to 200 characters) showed only its start in a one-line input ("Kom vandaag naar het
// Stadhuis, Markt 1 ("), so it was checked in the preview, not where it was typed: it now wraps and grows.
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, field, fill, root } from './editor-helpers.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const both = (nl: string, en: string) => ({ nl, en });
const LONG_NL = 'Kom vandaag tot 17.00 uur naar het Stadhuis, Markt 1 (balie Inkomen) voor een noodbetaling. Neem uw ID-kaart of paspoort mee. Na 17.00 uur: bel de Spoedlijn Inkomen, tot 20.00 uur.';
const LONG_EN = 'Come to the Town Hall, Markt 1 (Income desk) today until 5 pm for an emergency payment. Bring your ID card or passport. After 5 pm: call the Urgent line Income, until 8 pm.';

function municipality(): FeedDraft {
  const now = Date.now();
  return emptyFeed({
    feed_id: 'gemeente-zuiderhaven',
    publisher: { name: 'Gemeente Zuiderhaven', url: 'https://example.com' },
    incidents: [
      {
        id: 'cyberattack-1',
        severity: 'major',
        phase: 'identified',
        title: both('Digitale balie en afspraken liggen eruit', 'Online services and appointments are down'),
        known: both('Sinds 07:30 werken onze formulieren niet.', 'Our forms have not worked since 07:30.'),
        unknown: both('Wanneer het weer werkt.', 'When it will work again.'),
        started_at: iso(now - 3_600_000),
        updated_at: iso(now - 1_800_000),
        next_update_at: iso(now + 1_800_000),
        actions: [
          { label: both(LONG_NL, LONG_EN), who: both('Uw uitkering is niet binnen en u heeft vandaag geen geld voor eten', 'Your benefit has not arrived and you have no money for food today'), urgent: true },
          { label: both('Kom vandaag niet naar de balie: uw afspraak gaat niet door', 'Do not come to the desk today: your appointment is off'), who: both('U heeft vandaag een afspraak', 'You have an appointment today') },
        ],
      },
    ],
  } as Partial<FeedDraft>);
}

// What the summary says the section holds; a count of things to check may follow (' · '), tested in editor-phone-update.
const summary = (el: ClearlineEditor) => root(el).querySelector('details[data-fold="actions"] summary')!.textContent!.replace(/\s+/g, ' ').trim().split(' · ')[0];

async function update(lang: 'en' | 'nl', width = 360): Promise<ClearlineEditor> {
  const wrap = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}><clearline-editor lang=${lang} .feed=${municipality()}></clearline-editor></div>`);
  const el = wrap.querySelector('clearline-editor')!;
  await el.updateComplete;
  await click(el, lang === 'nl' ? 'Update plaatsen' : 'Post update');
  return el;
}

describe('<clearline-editor> an update’s actions', () => {
  it('the folded summary names each action readers still see by its first words, in the desk’s language', async () => {
    const en = await update('en');
    expect(root(en).querySelector<HTMLDetailsElement>('details[data-fold="actions"]')!.open).to.equal(false);
    expect(summary(en)).to.equal('What readers can do 2 actions readers still see: “Come to the Town Hall, Markt 1 (Income…”, “Do not come to the desk today: your…”');
    const nl = await update('nl');
    expect(summary(nl)).to.equal('Wat lezers kunnen doen 2 acties lezers zien nog: “Kom vandaag tot 17.00 uur naar het…”, “Kom vandaag niet naar de balie: uw…”');
  });

  // Trial M: a screen reader heard "Actie verwijderen1": the space between two bindings is a text node of its own, which
  // the accessibility tree leaves out.
  it('the remove buttons are named with a space before their number ("Actie verwijderen 1")', async () => {
    const el = await update('nl', 1280);
    root(el).querySelector('details[data-fold="actions"] summary')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    const names: string[] = [];
    const walk = (n: { role?: string; name?: string; children?: unknown[] }) => {
      if (n.role === 'button' && n.name) names.push(n.name);
      for (const c of n.children ?? []) walk(c as typeof n);
    };
    walk((await a11ySnapshot({})) as unknown as { children?: unknown[] });
    expect(names).to.include('Actie verwijderen 1');
    expect(names.filter((n) => /verwijderen\d/.test(n))).to.deep.equal([]);
  });

  it('the summary follows the form: an action removed is no longer named, a changed text is', async () => {
    const el = await update('en', 1280);
    root(el).querySelector('details[data-fold="actions"] summary')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    await click(el, 'Remove action 1');
    await fill(el, 'Action 1 — English', 'Come to the desk again from tomorrow');
    expect(summary(el)).to.equal('What readers can do 1 action readers still see: “Come to the desk again from tomorrow”');
  });

  it('an action’s text and who it is for wrap and grow at 360 px: all of it is in view where it is typed', async () => {
    const el = await update('nl');
    root(el).querySelector('details[data-fold="actions"] summary')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    for (const name of ['Actie 1 — Nederlands', 'Actie 1 — Engels', 'Voor wie (actie 1) — Nederlands', 'Voor wie (actie 1) — Engels']) {
      const f = field(el, name);
      expect(f.tagName, name).to.equal('TEXTAREA');
      expect(f.scrollHeight - f.clientHeight, `${name}: hidden below`).to.be.at.most(1);
      expect(f.scrollWidth - f.clientWidth, `${name}: hidden beside`).to.be.at.most(1);
      expect(f.getBoundingClientRect().width, `${name}: as wide as the field`).to.be.above(250);
    }
    expect(field(el, 'Actie 1 — Nederlands').value).to.equal(LONG_NL);
    // A short text takes one line's height, not four.
    const short = field(el, 'Actie 2 — Engels');
    await fill(el, 'Actie 2 — Engels', 'Come again');
    expect(short.getBoundingClientRect().height).to.be.below(60);
  });

  it('Enter in an action’s text adds no line (a label is one paragraph); the text still changes as typed', async () => {
    const el = await update('en', 1280);
    root(el).querySelector('details[data-fold="actions"] summary')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    const f = field(el, 'Action 2 — English');
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    f.dispatchEvent(enter);
    expect(enter.defaultPrevented).to.equal(true);
    const letter = new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true });
    f.dispatchEvent(letter);
    expect(letter.defaultPrevented).to.equal(false);
    // "What we know" is a paragraph field: Enter adds a line there.
    const known = field(el, 'What we know — English');
    const enterKnown = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    known.dispatchEvent(enterKnown);
    expect(enterKnown.defaultPrevented).to.equal(false);
  });
});
