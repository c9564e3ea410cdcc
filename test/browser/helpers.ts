import type { JWK } from 'jose';
import { encodeBase64url } from '../../src/feed/base64url.js';
import type { GeneralJws } from '../../src/feed/envelope.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { generateSigningKey, signPayload } from '../../src/feed/sign.js';
import { sharedSources } from '../../src/feed/registry.js';

export const iso = (offsetMs = 0) => new Date(Math.floor((Date.now() + offsetMs) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
export const MIN = 60_000;

let seq = Date.now();
/** A strictly increasing seq across a test run. */
export const nextSeq = () => ++seq;

export function statusFeed(overrides: Partial<StatusPayload> = {}): StatusPayload {
  return {
    type: 'status',
    version: 1,
    feed_id: 'example-air',
    seq: nextSeq(),
    issued_at: iso(-MIN),
    expires_at: iso(60 * MIN),
    publisher: { name: 'Example Air', url: 'https://example.com' },
    channels: [
      { id: 'phone', kind: 'phone', label: { en: 'Call us', nl: 'Bel ons' }, href: 'tel:+31201234567', wait_minutes: 45, reason: { en: 'very many calls because of the storm', nl: 'heel veel telefoontjes door de storm' } },
      { id: 'callback', kind: 'callback', label: { en: 'Ask for a call back', nl: 'Vraag om terugbellen' }, href: 'https://example.com/callback' },
    ],
    incidents: [
      {
        id: 'storm',
        title: { en: 'Storm: flights cancelled', nl: 'Storm: vluchten geannuleerd' },
        severity: 'major',
        phase: 'identified',
        started_at: iso(-40 * MIN),
        updated_at: iso(-10 * MIN),
        known: { en: 'Schiphol closed its **runways** at 10:00.', nl: 'Schiphol heeft om 10:00 de **banen** gesloten.' },
        unknown: { en: 'When flights will resume.', nl: 'Wanneer de vluchten weer gaan.' },
        next_update_at: iso(20 * MIN),
        actions: [
          { label: { en: 'See rebooking options', nl: 'Bekijk omboekopties' }, href: 'https://example.com/rebook', who: { en: 'You fly later this week', nl: 'U vliegt later deze week' } },
          { label: { en: 'Do not go to the airport', nl: 'Ga niet naar het vliegveld' }, urgent: true, who: { en: 'You fly today', nl: 'U vliegt vandaag' } },
        ],
      },
    ],
    ...overrides,
  };
}

export interface TestKey {
  privateJwk: JWK;
  publicJwk: JWK;
  kid: string;
}

export const keygen = (alg: 'Ed25519' | 'ES256' = 'Ed25519'): Promise<TestKey> => generateSigningKey(alg);

export async function sign(payload: unknown, keys: TestKey[], kind: 'status' | 'faq' = 'status'): Promise<GeneralJws> {
  return signPayload(new TextEncoder().encode(JSON.stringify(payload)), keys.map((k) => k.privateJwk), kind);
}

/** A same-origin URL serving the text, so the element's real fetch path is used. */
export function serve(text: string, type = 'application/json'): string {
  return URL.createObjectURL(new Blob([text], { type }));
}

export const b64 = (s: string) => encodeBase64url(new TextEncoder().encode(s));
export const unb64 = (s: string) => new TextDecoder().decode(Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4)), (c) => c.charCodeAt(0)));

/** Resolves with the first clearline-load or clearline-error event of an element. */
export function outcome(el: HTMLElement): Promise<CustomEvent> {
  return new Promise((resolve) => {
    const done = (e: Event) => {
      el.removeEventListener('clearline-load', done);
      el.removeEventListener('clearline-error', done);
      resolve(e as CustomEvent);
    };
    el.addEventListener('clearline-load', done);
    el.addEventListener('clearline-error', done);
  });
}

export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

/**
 * A time as the elements write it in English: "11:45 PM" today, "Mon, Nov 30, 11:45 PM" on
 * another day (so tests that use "now − 30 minutes" also pass just after midnight).
 */
export function shownTime(ms: number): string {
  const sameDay = new Date(ms).toDateString() === new Date().toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay ? { hour: 'numeric', minute: '2-digit' } : { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat('en', options).format(ms);
}

/**
 * Ends every shared source, as a reload does: a source outlives its last element by a minute (registry.ts LINGER_MS), so a
 * test that removes an element and adds one for the same feed to act out a reload must call this in between.
 */
export function endSources(): void {
  for (const s of [...sharedSources()]) s.dispose();
}

// Each test starts as a new page would: no source of an earlier test lingers into it.
afterEach(endSources);

/** Opening hours "HH:MM-HH:MM" in UTC from `from` to `to` minutes after now (negative: before now), whole minutes. */
export function around(from: number, to: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const now = new Date();
  const at = (m: number) => {
    const t = (((now.getUTCHours() * 60 + now.getUTCMinutes() + m) % 1440) + 1440) % 1440;
    return `${pad(Math.floor(t / 60))}:${pad(t % 60)}`;
  };
  return `${at(from)}-${at(to)}`;
}
