import { expect } from '@open-wc/testing';
import { outcome, shadowText } from './helpers.js';

// The built bundle, as a site loads it; the fixtures were signed by the built CLI (scripts/make-test-fixtures.mjs).
const bundle = '/dist/clearline.js';

describe('end to end: clearline sign -> dist/clearline.js', () => {
  before(async () => {
    await import(/* @vite-ignore */ bundle);
  });

  for (const alg of ['Ed25519', 'ES256']) {
    it(`renders a feed signed by the CLI with ${alg}`, async () => {
      const pub = await (await fetch(`/test/.generated/${alg}.public.jwk.json`)).text();
      const el = document.createElement('clearline-status');
      const done = outcome(el);
      el.setAttribute('lang', 'en');
      el.setAttribute('src', `/test/.generated/${alg}.feed.jws.json`);
      el.setAttribute('public-key', pub);
      el.setAttribute('feed-id', 'e2e-air');
      document.body.append(el);
      const event = await done;
      expect(event.type, JSON.stringify(event.detail)).to.equal('clearline-load');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(shadowText(el)).to.contain('This text was signed with clearline sign.');
      expect(shadowText(el)).to.contain('Signed by the CLI');
      el.remove();
    });
  }
});
