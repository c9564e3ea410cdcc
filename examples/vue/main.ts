// Vue 3: tell the compiler that clearline-* tags are custom elements (compilerOptions.isCustomElement);
// `:data` is then set as a DOM property and `@clearline-load` listens for the element's event.
// Built with vite (scripts/build-examples.mjs) using Vue's runtime + compiler build for the template string.
import { createApp, ref } from 'vue';
// In an app, import the elements it renders: they are defined before the first render, so
// Vue passes `:data` as a property. (The page script dist/clearline.js defines elements lazily, when
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

const app = createApp({
  setup() {
    const loaded = ref<ClearlineLoadDetail | null>(null);
    const failed = ref<ClearlineErrorDetail | null>(null);
    return {
      demo,
      publicKey: JSON.stringify(demo.publicKey),
      appStatus,
      loaded,
      failed,
      onLoad: (e: CustomEvent<ClearlineLoadDetail>) => (loaded.value = e.detail),
      onError: (e: CustomEvent<ClearlineErrorDetail>) => (failed.value = e.detail),
    };
  },
  template: `
    <main>
      <h1>clearline in Vue 3</h1>
      <clearline-status id="feed" :src="demo.src" :public-key="publicKey" :feed-id="demo.feedId" lang="en"
        @clearline-load="onLoad" @clearline-error="onError"></clearline-status>
      <p id="vue-state" role="status">
        {{ loaded ? 'Vue saw clearline-load: seq ' + loaded.seq : failed ? 'Vue saw clearline-error: ' + failed.code : 'Waiting for the feed…' }}
      </p>
      <h2>From the app, through the data property</h2>
      <clearline-status id="from-data" :data="appStatus" lang="en" heading-level="3"></clearline-status>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('clearline-');
app.mount('#app');
