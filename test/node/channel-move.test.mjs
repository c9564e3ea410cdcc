// Moving a contact channel (feed/channel-edit.ts moveChannel), which the studio's Up / Down buttons use: the order is
// the order readers get, emergency lines first in it. A council put 112 above its own out-of-hours line.
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { moveChannel } = await importTs('src/feed/channel-edit.ts');
const { groupChannels } = await importTs('src/feed/channels.ts');

test('one place up or down, a new array; nothing past either end', () => {
  const cs = ['gemeente', 'storingslijn', '112'];
  assert.deepEqual(moveChannel(cs, 2, 'up'), ['gemeente', '112', 'storingslijn']);
  assert.deepEqual(moveChannel(cs, 0, 'down'), ['storingslijn', 'gemeente', '112']);
  assert.deepEqual(moveChannel(cs, 0, 'up'), cs);
  assert.deepEqual(moveChannel(cs, 2, 'down'), cs);
  assert.deepEqual(cs, ['gemeente', 'storingslijn', '112'], 'the input is not changed');
});

test('readers then get 112 before the out-of-hours line', () => {
  const cs = [
    { id: 'gemeente', kind: 'phone', href: 'tel:14038' },
    { id: 'storingslijn', kind: 'phone', href: 'tel:+31381234567', emergency: true },
    { id: '112', kind: 'phone', href: 'tel:112', emergency: true },
  ];
  assert.deepEqual(groupChannels(moveChannel(cs, 2, 'up')).emergency.map((c) => c.id), ['112', 'storingslijn']);
});
