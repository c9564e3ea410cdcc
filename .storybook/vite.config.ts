import { defineConfig } from 'vite';

/** Storybook's Vite config: only the dev-server host; the library build settings do not apply here. */
export default defineConfig({
  server: { host: '127.0.0.1' },
});
