// The studio page names the signed file it saved by its full path when it has no publish command (publish-mode.ts): the
// path the studio answers, else the file in the folder it named, with that folder's own separator (a Windows folder).
import assert from 'node:assert/strict';
import test from 'node:test';
import { importTs } from './ts-import.mjs';

const { publishModeOf, signedPath, PUBLISH_MODE_TERMS } = await importTs('src/components/editor/publish-mode.ts');

test('signedPath: the studio\'s own path, else folder and file with the folder\'s separator', () => {
  assert.equal(signedPath({ files: ['feed.json', 'feed.jws.json'], folder: '/srv/status', signedFile: '/srv/status/feed.jws.json' }), '/srv/status/feed.jws.json');
  assert.equal(signedPath({ files: ['studio.json', 'studio.jws.json'], folder: '/srv/status' }), '/srv/status/studio.jws.json');
  assert.equal(signedPath({ files: ['feed.json', 'feed.jws.json'], folder: 'C:\\Status' }), 'C:\\Status\\feed.jws.json');
  assert.equal(signedPath({ files: [] }), 'feed.jws.json');
});

test('publishModeOf: only command or save; the words name the path and the next step in both languages', () => {
  assert.equal(publishModeOf('command'), 'command');
  assert.equal(publishModeOf('save'), 'save');
  assert.equal(publishModeOf(''), undefined);
  assert.equal(publishModeOf('Save'), undefined);
  assert.match(PUBLISH_MODE_TERMS.en.savedOnly('/srv/status/feed.jws.json'), /saved as \/srv\/status\/feed\.jws\.json: copy it to the website, or send it to your web team\.$/);
  assert.match(PUBLISH_MODE_TERMS.nl.savedOnly('/srv/status/feed.jws.json'), /opgeslagen als \/srv\/status\/feed\.jws\.json: zet het op de website, of stuur het naar uw webteam\.$/);
});
