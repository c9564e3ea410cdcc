// The studio page and the embedded editor said what went wrong outside the page in English, also in a
// Dutch editor: "the publish target answered HTTP 403", the browser's "Failed to fetch" when the studio
// was stopped, "HTTP 500". Now in the editor's language (problem-terms.ts), with what to do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts-import.mjs';

const { PublishController } = await importTs('src/components/editor/publish-controller.ts');

/** Publishes a signed feed with `answer` as the fetch; returns the phase and what the page says. */
async function publish(answer, lang, where = { publishUrl: 'https://opslag.example/feed.jws.json?sig=abc' }) {
  const host = { addController() {}, requestUpdate() {} };
  const p = new PublishController(host, () => ({ fetch: answer, validMs: 3_600_000, now: () => 0, lang, ...where }));
  p.signed = { envelope: { payload: 'e30', signatures: [] }, payload: { seq: 7 }, feedText: '{}\n' };
  await p.publish({ incidents: [], channels: [] }, lang);
  return [p.phase, p.message];
}
const status = (code, body = '') => async () => new Response(body, { status: code });
const offline = async () => {
  throw new TypeError('Failed to fetch');
};

test('the publish address refusing the feed: in the editor\'s language, with what to do (was "the publish target answered HTTP 403")', async () => {
  assert.deepEqual(await publish(status(403), 'nl'), ['error', 'het publicatieadres (publish-url) weigerde de feed (HTTP 403), dus hij staat niet op de website: de toestemming is verlopen of klopt niet. Vraag wie deze pagina heeft ingericht om die te vernieuwen en druk dan opnieuw op Publiceren.']);
  assert.deepEqual(await publish(status(403), 'en'), ['error', 'the publish address (publish-url) refused the feed (HTTP 403), so it is not on the website: its permission has expired or is wrong. Ask whoever set up this page to renew it, then press Publish again.']);
  assert.match((await publish(status(401), 'nl-BE'))[1], /^het publicatieadres \(publish-url\) weigerde de feed \(HTTP 401\)/);
  assert.match((await publish(status(404), 'nl'))[1], /^het publicatieadres \(publish-url\) bestaat niet \(HTTP 404\), dus de feed staat niet op de website\./);
  assert.match((await publish(status(503), 'nl'))[1], /^het publicatieadres \(publish-url\) gaf een fout \(HTTP 503\), dus de feed staat niet op de website\. Druk over een minuut opnieuw op Publiceren;/);
  assert.match((await publish(offline, 'nl'))[1], /^het publicatieadres \(publish-url\) is niet bereikbaar, dus de feed staat niet op de website\. Controleer de internetverbinding/);
  assert.match((await publish(offline, 'en'))[1], /^the publish address \(publish-url\) could not be reached, so the feed is not on the website\./);
});

test('the studio stopped, or answering an error without words: said in the editor\'s language (was "Failed to fetch", "HTTP 500")', async () => {
  const studio = { saveUrl: '/api/save' };
  globalThis.location = { port: '8361' };
  try {
    assert.deepEqual(await publish(offline, 'nl', studio), ['error', 'geen antwoord van de studio. Draait clearline studio nog? Zo niet, start hem dan opnieuw zoals eerst, op de poort van deze pagina (clearline studio feed.json --port 8361). Druk daarna nog eens op de knop: uw wijziging staat nog op deze pagina.']);
    assert.match((await publish(offline, 'en', studio))[1], /^no answer from the studio\. Is clearline studio still running\? If not, start it again as before, on this page's port \(clearline studio feed\.json --port 8361\)\. Then press the button again: your edit is still on this page\.$/);
  } finally {
    delete globalThis.location;
  }
  assert.match((await publish(status(500, 'Internal Server Error'), 'nl', studio))[1], /^de studio gaf een fout \(HTTP 500\)\. Druk nog eens op de knop;/);
  // What the studio says itself (already in its language) is shown as it is.
  assert.deepEqual(await publish(status(400, JSON.stringify({ message: 'niet bewaard: …' })), 'nl', studio), ['error', 'niet bewaard: …']);
});
