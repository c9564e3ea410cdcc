// React 19 passes props to custom elements as properties when the element has one (`data`, `src`),
// as attributes otherwise (`public-key`), and `on<event-name>` props become event listeners.
// Built with vite (scripts/build-examples.mjs); no JSX, so no React plugin is needed.
import { createElement as h, StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
// In an app, import the elements it renders: they are defined before the first render, so
// React passes `data` as a property. (The page script dist/clearline.js defines elements lazily, when
// their tags appear: too late for a framework that checks for the property on first render.)
import 'clearline/status';
import type { ClearlineErrorDetail, ClearlineLoadDetail } from 'clearline';
import type { StatusPayload } from 'clearline/feed';

declare global {
  interface Window {
    CLEARLINE_DEMO: { src: string; publicKey: object; feedId: string };
  }
}

const demo = window.CLEARLINE_DEMO;
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** Status the app already has from its own trusted channel, handed over as a property. */
const appStatus: StatusPayload = {
  type: 'status',
  version: 1,
  feed_id: 'example-app',
  seq: 1,
  issued_at: iso(Date.now()),
  expires_at: iso(Date.now() + 3_600_000),
  publisher: { name: 'Example Air app', url: 'https://www.example-air.example/' },
  channels: [],
  incidents: [
    {
      id: 'maintenance',
      title: 'Planned maintenance of the app tonight',
      severity: 'info',
      phase: 'identified',
      started_at: iso(Date.now() - 600_000),
      updated_at: iso(Date.now() - 600_000),
      known: 'The app is unavailable between 02:00 and 03:00. Your boarding passes stay on your phone.',
      unknown: 'Nothing: this is planned.',
      next_update_at: iso(Date.now() + 3_600_000),
    },
  ],
};

function App() {
  const [loaded, setLoaded] = useState<ClearlineLoadDetail | null>(null);
  const [failed, setFailed] = useState<ClearlineErrorDetail | null>(null);
  return h(
    'main',
    null,
    h('h1', null, 'clearline in React 19'),
    h('clearline-status', {
      id: 'feed',
      src: demo.src,
      'public-key': JSON.stringify(demo.publicKey),
      'feed-id': demo.feedId,
      lang: 'en',
      'onclearline-load': (e: CustomEvent<ClearlineLoadDetail>) => setLoaded(e.detail),
      'onclearline-error': (e: CustomEvent<ClearlineErrorDetail>) => setFailed(e.detail),
    }),
    h('p', { id: 'react-state', role: 'status' }, loaded ? `React saw clearline-load: seq ${loaded.seq}` : failed ? `React saw clearline-error: ${failed.code}` : 'Waiting for the feed…'),
    h('h2', null, 'From the app, through the data property'),
    h('clearline-status', { id: 'from-data', data: appStatus, lang: 'en', 'heading-level': 3 }),
  );
}

createRoot(document.getElementById('app')!).render(h(StrictMode, null, h(App)));
