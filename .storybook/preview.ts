import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Written by the Custom Elements Manifest analyzer (`npm run manifest`, also run by build-storybook).
import manifest from '../dist/custom-elements.json';
import { forgetStoredFeeds } from '../stories/mock-feed.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  // Every story starts without kept copies or remembered seq numbers from an earlier story.
  loaders: [async () => (forgetStoredFeeds(), {})],
  parameters: {
    controls: { expanded: true, matchers: { color: /(background|color|colour)$/i } },
    a11y: { test: 'error' },
    backgrounds: { disable: true },
    layout: 'padded',
  },
};

export default preview;
