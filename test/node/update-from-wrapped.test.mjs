// `clearline update --from update.md`: a text wrapped at ~80 columns in the editor the desk writes it in went into the
// feed with its line ends, and readers (who keep every typed line, trial X) broke the sentence there on a phone. The
// lines are joined as faq build joins them; facts typed one per line and lists stay lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { parseUpdateFile } = await importTs('src/cli/update-from.ts');

test('update --from joins a wrapped sentence and keeps typed lines (Dutch and English)', () => {
  const file = [
    '## nl',
    '### known',
    'De hoofdleiding in de Biltstraat is gerepareerd en de meeste huizen hebben weer',
    'water. In een paar straten kan het water nog bruin zijn.',
    'Spoel de kraan een minuut door',
    '### unknown',
    '- Wanneer de Biltstraat weer open is',
    '- Hoeveel huizen nog bruin water hebben',
    '## en',
    '### known',
    'The main in Biltstraat has been repaired and most homes have water again, but in',
    'a few streets it may still be brown.',
    'Run the tap for a minute',
  ].join('\n');
  const texts = parseUpdateFile(file, 'update.md', ['nl', 'en']);
  assert.equal(texts.known.nl, 'De hoofdleiding in de Biltstraat is gerepareerd en de meeste huizen hebben weer water. In een paar straten kan het water nog bruin zijn.\nSpoel de kraan een minuut door');
  assert.equal(texts.known.en, 'The main in Biltstraat has been repaired and most homes have water again, but in a few streets it may still be brown.\nRun the tap for a minute');
  assert.equal(texts.unknown.nl, '- Wanneer de Biltstraat weer open is\n- Hoeveel huizen nog bruin water hebben');
});
