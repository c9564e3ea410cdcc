// Resolving: an action that still holds, written into "What we know" with one press (src/components/editor/keep-action.ts).
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { withActionKept, actionKept } = await importTs('src/components/editor/keep-action.ts');

test('the action goes after what we know in each language, as a sentence, once', () => {
  const known = { nl: 'Pinnen werkt weer. ', en: 'Card payments work again.' };
  const action = { label: { nl: 'Wij bellen nooit om uw pincode. Hang op', en: 'We never call for your PIN.' } };
  const kept = withActionKept(known, action);
  assert.deepEqual(kept, { nl: 'Pinnen werkt weer.\n\nWij bellen nooit om uw pincode. Hang op.', en: 'Card payments work again.\n\nWe never call for your PIN.' });
  assert.equal(actionKept(known, action), false);
  assert.equal(actionKept(kept, action), true);
  assert.deepEqual(withActionKept(kept, action), kept, 'a second press adds nothing');
  // A language without words for the action, or an empty text, as a desk would expect.
  assert.deepEqual(withActionKept({ nl: '', en: 'x' }, { label: { nl: 'Hang op', en: ' ' } }), { nl: 'Hang op.', en: 'x' });
  assert.equal(actionKept({ nl: 'Zeg: hang op' }, { label: { nl: 'hang op.' } }), true, 'there without its full stop');
});
