import { setCustomElementsManifest, type ArgTypesEnhancer, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@fontsource/nunito/latin-400.css';
import '@fontsource/nunito/latin-700.css';
import './host-page.css';
// Written by the Custom Elements Manifest analyzer (`npm run manifest`, also run by build-storybook).
import manifest from '../dist/custom-elements.json';
import { forgetStoredFeeds } from '../stories/mock-feed.js';
import { LANGUAGES } from '../stories/languages.js';
import { themeDefaults } from '../stories/theme-playground.js';
import { publicManifest } from './public-manifest.js';

// The docs table lists the public API only (no private, protected or static members).
setCustomElementsManifest(publicManifest(manifest));

/** The host page's font, from the toolbar: the elements inherit it (unless `--clearline-font` is set). */
export const HOST_FONTS = {
  system: { title: 'System sans (default)', stack: 'var(--host-font-system)' },
  serif: { title: 'Serif', stack: 'var(--host-font-serif)' },
  rounded: { title: 'Rounded sans', stack: 'var(--host-font-rounded)' },
} as const;
type HostFont = keyof typeof HOST_FONTS;

/**
 * Every story sits on a stand-in host page: the chosen host font, and a background matching the
 * story's `theme` arg (or the reader's colour scheme when the story sets none). Stories therefore
 * draw no page frame of their own.
 */
const hostPage: Decorator = (story, { args, globals }) => {
  const font = HOST_FONTS[(globals.hostFont as HostFont) ?? 'system'] ?? HOST_FONTS.system;
  const theme = args.theme === 'dark' || args.theme === 'light' ? args.theme : 'auto';
  return html`<div class="clearline-host" data-theme=${theme} style="font-family:${font.stack}">${story()}</div>`;
};

const READ_ONLY = ['events', 'css custom properties', 'css shadow parts'];
const defaults = themeDefaults();
/**
 * The docs table's rows for events, CSS custom properties and parts describe; they take no value
 * (a "Set object" button there set nothing on the element). A CSS property's Default column shows
 * its light and dark defaults, read from the shared theme styles. (The theme playgrounds have
 * their own controls for the properties, in their own category.)
 */
const referenceRows: ArgTypesEnhancer = ({ argTypes }) => {
  const out = { ...argTypes };
  for (const [key, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    if (!category || !READ_ONLY.includes(category)) continue;
    const light = defaults.light[argType.name];
    const dark = defaults.dark[argType.name];
    const fallback =
      category !== 'css custom properties'
        ? undefined
        : light
          ? { summary: light, detail: dark && dark !== light ? `dark theme: ${dark}` : undefined }
          : argType.name === '--clearline-font'
            ? { summary: "the page's font" }
            : undefined;
    out[key] = { ...argType, control: false, table: { ...argType.table, ...(fallback ? { defaultValue: fallback } : {}) } };
  }
  return out;
};

const preview: Preview = {
  argTypesEnhancers: [referenceRows],
  // Every story's `lang` arg: English as a US or a British page writes it, or Dutch.
  argTypes: { lang: { control: 'inline-radio', options: [...LANGUAGES] } },
  tags: ['autodocs'],
  decorators: [hostPage],
  loaders: [
    async ({ parameters, viewMode }) => {
      // Every story starts without kept copies or remembered seq numbers from an earlier story.
      forgetStoredFeeds();
      // A story's `deepLink` (e.g. '#faq-hotel') is followed on its own canvas only: on a docs
      // page it would open, scroll and focus in every story at once.
      const hash = viewMode === 'story' ? ((parameters.deepLink as string | undefined) ?? '') : '';
      if (location.hash !== hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
      return {};
    },
  ],
  globalTypes: {
    hostFont: {
      description: "The host page's font: clearline elements inherit it",
      toolbar: {
        title: 'Host font',
        icon: 'paragraph',
        items: Object.entries(HOST_FONTS).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { hostFont: 'system' },
  parameters: {
    controls: { expanded: true, matchers: { color: /(background|color|colour)$/i } },
    a11y: { test: 'error' },
    backgrounds: { disable: true },
    layout: 'fullscreen',
    options: {
      // Elements first, then whole pages per sector, each element's states in the order written. (The
      // sidebar still shows Sectors, a title without a group, above the Elements group.)
      storySort: { order: ['Elements', 'Sectors'] },
    },
  },
};

export default preview;
