// The embedded editor that edits the published feed (src and public-key, no feed.json) said "the
// published feed could not be opened: the payload is not strict base64url" (or "Failed to fetch", or
// a signature error) in English, also in a Dutch editor. Now in the editor's language
// (problem-terms.ts), by what went wrong, with what to do; the English words stay as they were.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { EditorSession } = await importTs('src/components/editor/session.ts');
const { generateSigningKey, signPayload } = await importTs('src/feed/sign.ts');

const { privateJwk, publicJwk } = await generateSigningKey();
const other = await generateSigningKey();
const now = Date.now();
const payload = {
  type: 'status', version: 1, feed_id: 'water', time_zone: 'Europe/Amsterdam', publisher: { name: 'Water', url: 'https://water.example' },
  channels: [], incidents: [], issued_at: new Date(now - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  expires_at: new Date(now + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'), seq: now,
};
const good = await signPayload(new TextEncoder().encode(JSON.stringify(payload)), [privateJwk], 'status');
const text = (env) => async () => new Response(JSON.stringify(env));

/** What the editor says after opening the published feed that `fetcher` answers with, in `lang`. */
async function loadError(fetcher, lang, key = publicJwk) {
  const host = { addController() {}, requestUpdate() {} };
  const config = () => ({ feedSrc: '', src: 'https://water.example/feed.jws.json', publicKey: JSON.stringify(key), signUrl: '', saveUrl: '', publishUrl: '', publishHeaders: {}, valid: '1h', lang });
  const session = new EditorSession(host, config, fetcher);
  await session.open();
  return session.loadError;
}

test('a damaged published feed in a Dutch editor: said in Dutch, with what to do', async () => {
  const damaged = { ...good, payload: `${good.payload.slice(0, 10)}+${good.payload.slice(11)}` };
  assert.equal(await loadError(text(damaged), 'nl'), 'de gepubliceerde feed kon niet worden geopend: het bestand op zijn adres (src) is beschadigd of geen geldige statusfeed. Onderteken en publiceer de feed opnieuw (clearline sign), of meld het aan wie deze pagina heeft ingericht.');
  // In English, the words as before, with the feed layer's detail.
  assert.equal(await loadError(text(damaged), 'en'), 'the published feed could not be opened: the payload is not strict base64url');
});

test('no answer, or a signature that does not match the page\'s key: each in Dutch (nl-BE too)', async () => {
  const offline = async () => {
    throw new TypeError('Failed to fetch');
  };
  assert.equal(await loadError(offline, 'nl-BE'), 'de gepubliceerde feed kon niet worden geopend: hij kon niet worden opgehaald van zijn adres (src). Controleer de internetverbinding en laad de pagina opnieuw; blijft het mislukken, meld het dan aan wie deze pagina heeft ingericht.');
  assert.equal(await loadError(offline, 'en'), 'the published feed could not be opened: Failed to fetch');
  const wrongKey = await loadError(text(good), 'nl', other.publicJwk);
  assert.equal(wrongKey, 'de gepubliceerde feed kon niet worden geopend: zijn handtekening past niet bij de publieke sleutel (public-key) van deze pagina. Meld het aan wie deze pagina heeft ingericht: de sleutel of de feed is niet de goede.');
  // The right key: it opens.
  assert.equal(await loadError(text(good), 'nl'), '');
});

// A published feed address that answers 404 (nothing published there yet) was said as a damaged file:
// "the document is not valid JSON" in English, the "beschadigd" sentence in Dutch. Now: nothing published yet, with what to do.
test('a published feed address that answers 404: nothing published there yet, in the editor\'s language', async () => {
  const missing = async () => new Response('<h1>Not Found</h1>', { status: 404, headers: { 'Content-Type': 'text/html' } });
  assert.equal(await loadError(missing, 'nl'), 'de gepubliceerde feed kon niet worden geopend: op zijn adres (src) is nog niets gepubliceerd (HTTP 404). Publiceer de ondertekende feed (de feed.jws.json die clearline sign schrijft) op https://water.example/feed.jws.json, of controleer of dit adres klopt; klopt het, meld het dan aan wie deze pagina heeft ingericht.');
  assert.equal(await loadError(missing, 'en'), 'the published feed could not be opened: nothing has been published at its address (src) yet (HTTP 404). Publish the signed feed (the feed.jws.json clearline sign writes) at https://water.example/feed.jws.json, or check that this address is right; if it is, tell whoever set up this page.');
  // A damaged file at the address is still said as damaged.
  const damaged = { ...good, payload: `${good.payload.slice(0, 10)}+${good.payload.slice(11)}` };
  assert.match(await loadError(text(damaged), 'nl'), /is beschadigd of geen geldige statusfeed/);
});
