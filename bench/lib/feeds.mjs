// Signed feeds for the bench, made with the built library (dist/feed.js), the same code as the CLI.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const MARKER = 'Storm: flights cancelled at Amsterdam';

export async function feedLib() {
  return import(pathToFileURL(join(ROOT, 'dist', 'feed.js')).href);
}

const iso = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
const MIN = 60_000;

const para = (i) =>
  `Update ${i}: because of the **severe storm** (code orange) Schiphol handles fewer flights. ` +
  `If your flight is cancelled you have had an email and a text message; you are rebooked onto the first flight with seats, ` +
  `shown in *My booking*. See [the rebooking page](https://www.example-air.example/rebook) or call us.\n\n` +
  `- Departures from Amsterdam today\n- Arrivals at Amsterdam today\n- Connections through Amsterdam\n`;

function incident(i, now, updates) {
  return {
    id: `inc-${i}`,
    title: i === 0 ? { en: MARKER, nl: 'Storm: vluchten geannuleerd op Amsterdam' } : { en: `Disruption ${i}`, nl: `Storing ${i}` },
    severity: 'major',
    phase: 'identified',
    started_at: iso(now - 40 * MIN),
    updated_at: iso(now - 10 * MIN),
    known: { en: para(0), nl: para(0) },
    unknown: { en: 'When flights will resume.', nl: 'Wanneer de vluchten weer gaan.' },
    next_update_at: iso(now + 20 * MIN),
    actions: [{ label: { en: 'See rebooking options', nl: 'Bekijk omboekopties' }, href: 'https://www.example-air.example/rebook' }],
    updates: Array.from({ length: updates }, (_, u) => ({ at: iso(now - (30 - (u % 30)) * MIN), text: { en: para(u + 1), nl: para(u + 1) } })),
  };
}

/** A status payload (within LIMITS) whose signed envelope is close to `targetBytes`. */
export function statusPayload(targetBytes, now = Date.now()) {
  const base = {
    type: 'status',
    version: 1,
    feed_id: 'example-air',
    seq: now,
    issued_at: iso(now - MIN),
    expires_at: iso(now + 60 * MIN),
    publisher: { name: 'Example Air', url: 'https://www.example-air.example/' },
    channels: [{ id: 'phone', kind: 'phone', label: { en: 'Call us', nl: 'Bel ons' }, href: 'tel:+31201234567', wait_minutes: 45 }],
    incidents: [],
  };
  const size = (p) => Math.ceil((JSON.stringify(p).length * 4) / 3) + 300; // base64url payload + one signature
  // Add incidents (each up to 100 updates) until the envelope reaches the target.
  for (let i = 0; i < 50 && size(base) < targetBytes; i++) {
    base.incidents.push(incident(i, now, 0));
    const inc = base.incidents[i];
    while (inc.updates.length < 100 && size(base) < targetBytes) inc.updates.push(incident(i, now, inc.updates.length + 1).updates.at(-1));
  }
  return base;
}

export async function signStatus(lib, payload, privateJwk) {
  const env = await lib.signPayload(new TextEncoder().encode(JSON.stringify(payload)), [privateJwk], 'status');
  return JSON.stringify(env);
}

/** A key pair and the small demo-like feed the timing pages show. */
export async function benchKeyAndFeed() {
  const lib = await feedLib();
  const key = await lib.generateSigningKey('Ed25519');
  const payload = statusPayload(3000);
  const small = { ...payload, incidents: payload.incidents.slice(0, 1) };
  small.incidents[0].updates = small.incidents[0].updates.slice(0, 2);
  return { lib, key, payload: small, envelope: await signStatus(lib, small, key.privateJwk) };
}
