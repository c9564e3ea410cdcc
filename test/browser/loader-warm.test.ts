import { expect } from '@open-wc/testing';
import { outcome, shadowText } from './helpers.js';

// The loader (dist/clearline.js) loads the browser's date-formatting data while the element code
// and the feed download, so the first render does not pay for it (issue 13: first paint does not
// wait). Observed by counting Intl.DateTimeFormat constructions before the element is defined.
describe('loader: date formatting data is loaded while the code downloads', () => {
  it('creates a formatter in the element language before <clearline-status> is defined', async () => {
    const calls: { locale: unknown; defined: boolean }[] = [];
    const original = Intl.DateTimeFormat;
    const spy = new Proxy(original, {
      construct(target, args: unknown[]) {
        calls.push({ locale: args[0], defined: customElements.get('clearline-status') !== undefined });
        return Reflect.construct(target, args) as object;
      },
    });
    Intl.DateTimeFormat = spy;
    try {
      const pub = await (await fetch('/test/.generated/Ed25519.public.jwk.json')).text();
      const wrap = document.createElement('div');
      wrap.lang = 'nl';
      wrap.innerHTML = `<clearline-status src="/test/.generated/Ed25519.feed.jws.json" feed-id="e2e-air"></clearline-status>`;
      const el = wrap.firstElementChild!;
      el.setAttribute('public-key', pub);
      const done = outcome(el);
      document.body.append(wrap);
      await import(/* @vite-ignore */ '/dist/clearline.js');
      const event = await done;
      expect(event.type, JSON.stringify(event.detail)).to.equal('clearline-load');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(shadowText(el)).to.contain('Ondertekend door de CLI');
      const first = calls[0];
      expect(first, 'no date formatter was created').to.not.equal(undefined);
      expect(first.locale).to.equal('nl');
      expect(first.defined, 'the first formatter came only with the element code').to.equal(false);
      wrap.remove();
    } finally {
      Intl.DateTimeFormat = original;
    }
  });
});
