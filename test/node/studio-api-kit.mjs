// POST to a running studio as its own page does (Host, Origin, JSON): for the studio refusal tests.
import { request } from 'node:http';

/** POST `body` as JSON to `path` of the studio at `url`; resolves with the status and the JSON answer. */
export function post(url, path, body) {
  const { port } = new URL(url);
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, 'Content-Type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => ok({ status: res.statusCode, body: JSON.parse(text) }));
    });
    req.on('error', fail);
    req.end(JSON.stringify(body));
  });
}

export const sign = (url, body) => post(url, '/api/sign', body);
