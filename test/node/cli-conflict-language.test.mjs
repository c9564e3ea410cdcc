// Two people editing the feed at once: the command that finds the file changed writes nothing and
// says so in the desk's language. It was English only, also to a Dutch desk whose every other
// line is Dutch.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { writeIfUnchanged } = await importTs('src/cli/channel-file.ts');

async function changedMeanwhile() {
  const file = join(await mkdtemp(join(tmpdir(), 'clearline-conflict-')), 'feed.json');
  await writeFile(file, '{"type":"status","by":"someone else"}\n');
  return file;
}

test('a feed changed meanwhile: nothing is written, said in Dutch to a Dutch desk and in English to an English one', async () => {
  const file = await changedMeanwhile();
  await assert.rejects(writeIfUnchanged(file, '{"type":"status"}\n', { type: 'status', mine: true }, 'reason', 'removed', 'nl'), {
    message: `${file} is gewijzigd terwijl de contactreden werd verwijderd (heeft iemand anders het bewerkt?); er is niets opgeslagen. Voer dezelfde opdracht opnieuw uit`,
  });
  await assert.rejects(writeIfUnchanged(file, '{"type":"status"}\n', { type: 'status', mine: true }, 'channel', 'added', 'en'), {
    message: `${file} changed while the channel was being added (someone else edited it?); nothing was written. Run the same command again`,
  });
  assert.equal(await readFile(file, 'utf8'), '{"type":"status","by":"someone else"}\n');
});

test('an unchanged feed is written', async () => {
  const file = await changedMeanwhile();
  await writeIfUnchanged(file, '{"type":"status","by":"someone else"}\n', { type: 'status', mine: true }, 'feed', 'changed', 'nl');
  assert.match(await readFile(file, 'utf8'), /"mine": true/);
});
