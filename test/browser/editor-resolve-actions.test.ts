// A bank's all-clear dropped "We never ask for your PIN" while scam texts went on: a resolved incident's actions are
// no longer shown to readers (nor in the e-mail or SMS). `clearline update --resolve` now says so; the studio says it
// above the actions when the phase is set to Resolved, with where to write what still holds.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import { statusFeed } from './helpers.js';
import { click, field, root } from './editor-helpers.js';

const note = (el: ClearlineEditor) => root(el).querySelector('fieldset.actions [data-note="resolve-actions"]')?.textContent?.trim() ?? null;

async function posting(lang: 'nl' | 'en'): Promise<ClearlineEditor> {
  const el = await fixture<ClearlineEditor>(html`<clearline-editor lang=${lang} .feed=${statusFeed()}></clearline-editor>`);
  await click(el, lang === 'nl' ? 'Update plaatsen' : 'Post update');
  return el;
}

async function setPhase(el: ClearlineEditor, name: string, phase: string) {
  const select = field(el, name) as unknown as HTMLSelectElement;
  select.value = phase;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<clearline-editor> resolving an incident with actions', () => {
  it('Dutch: said above the actions once the phase is Opgelost, gone again for another phase', async () => {
    const el = await posting('nl');
    expect(root(el).querySelectorAll('fieldset.actions .item').length, 'the fixture has actions').to.be.greaterThan(0);
    expect(note(el)).to.equal(null);
    await setPhase(el, 'Fase', 'resolved');
    expect(note(el)).to.equal('Opgelost: lezers zien deze acties niet meer. Geldt er een nog, zoals een waarschuwing voor nepberichten of -telefoontjes, of wat mensen doen nu het weer werkt (een apparaat opnieuw opstarten, de kraan laten lopen tot het water helder is)? Schrijf die dan als eerste bij “Wat we weten”: de sms houdt alleen de eerste zin.');
    await setPhase(el, 'Fase', 'monitoring');
    expect(note(el)).to.equal(null);
  });

  // Trial E: the desk read the note, and nobody retyped the warning; one press now writes it in, in every language.
  it('a button writes an action that still holds into Wat we weten, in every language, once; then says it is there', async () => {
    const el = await posting('nl');
    expect(root(el).querySelector('[data-keep]'), 'only when resolving').to.equal(null);
    await setPhase(el, 'Fase', 'resolved');
    await click(el, 'Zet actie 2 bij “Wat we weten”');
    expect(field(el, 'Wat we weten — Nederlands').value).to.equal('Schiphol heeft om 10:00 de **banen** gesloten.\n\nGa niet naar het vliegveld.');
    expect(field(el, 'Wat we weten — Engels').value).to.equal('Schiphol closed its **runways** at 10:00.\n\nDo not go to the airport.');
    expect(root(el).querySelector('[data-kept="1"]')?.textContent).to.equal('Actie 2 staat bij “Wat we weten”');
    expect(root(el).querySelector('[data-keep="0"]')?.textContent, 'the other one can still be kept').to.equal('Zet actie 1 bij “Wat we weten”');
  });

  it('English', async () => {
    const el = await posting('en');
    await setPhase(el, 'Phase', 'resolved');
    expect(note(el)).to.equal('Resolved: readers no longer see these actions. Does one still hold, such as a warning about fake messages or calls, or what to do now it works again (restart a device, run the tap until the water is clear)? Write it first in “What we know”: the SMS keeps only the first sentence.');
  });
});
