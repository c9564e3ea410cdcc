import type { StorybookConfig } from '@storybook/web-components-vite';

/** Storybook for designers: every element in every state, with controls from custom-elements.json. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    // The project's vite.config.ts builds the library; Storybook gets its own, minimal one.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The 'Get started' checklist is about setting up Storybook, not about the elements: designers do not need it.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
};

export default config;
