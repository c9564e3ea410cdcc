// A hospital's desk typed "from 07:00 on Thursday 18 December" in the studio (trial Z, step 12); 18 December 2026 is a
// Friday, and Sign went ahead without a word. Lint's weekday-date-mismatch is an error: said at the field, and Sign
// refuses until the day and the date agree. The year is written, so the test does not depend on today's date.
import { expect, waitUntil } from '@open-wc/testing';
import { forgetKey } from '../../src/components/editor/key-store.js';
import { keygen, type TestKey } from './helpers.js';
import { button, click, fill, root } from './editor-helpers.js';
import { FakeStudio, outageWritten, signAndPublish } from './fake-studio.js';

let key: TestKey;
let studio: FakeStudio | undefined;
before(async () => {
  key = await keygen();
  await forgetKey();
});
afterEach(() => studio?.uninstall());

const WRONG = 'The strike runs from 07:00 on Thursday 18 December 2026.';

describe('<clearline-editor>: a weekday that does not go with its date', () => {
  it('is said at its field and refused at Sign; with the right day it signs', async () => {
    const made = await outageWritten(key, undefined, { 'What we know — English': WRONG });
    studio = made.studio;
    const el = made.el;
    const at = () => root(el).querySelector('[data-field^="known"] .findings li[data-rule="weekday-date-mismatch"]');
    await waitUntil(() => at(), 'said at What we know');
    expect(at()!.textContent!.replace(/\s+/g, ' ')).to.match(/“Thursday 18 December 2026” in “What we know”: 18 December 2026 is a Friday.*Did you mean Thursday 17 December 2026 or Friday 18 December 2026\?/);
    await click(el, 'Sign');
    expect(button(el, 'Publish').hidden, 'not signed').to.equal(true);
    expect(root(el).querySelector('.blocked li[data-rule="weekday-date-mismatch"]'), 'listed at Sign').not.to.equal(null);
    await fill(el, 'What we know — English', 'The strike runs from 07:00 on Thursday 17 December 2026.');
    expect(at()).to.equal(null);
    await signAndPublish(el, /Saved feed\.json/);
  });
});
