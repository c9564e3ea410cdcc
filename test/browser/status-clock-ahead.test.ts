// A reader whose phone's clock was set back a day saw the gas company's status refused as "not in a form this
// page can show": nothing to act on. The error stays `invalid` (a public code), with `clock: 'ahead'` in the
// event's detail, and the notice says what to check.
import { expect } from '@open-wc/testing';
import '../../src/components/status/status.js';
import { iso, keygen, MIN, nextSeq, outcome, serve, sign, statusFeed } from './helpers.js';

describe("<clearline-status> with a feed dated ahead of this device's clock", () => {
  for (const [lang, words] of [
    ['en', "The latest information is dated ahead of this device's clock. Check this device's date and time."],
    ['nl', 'De nieuwste informatie is van een tijd die op dit apparaat nog moet komen. Controleer de datum en tijd van dit apparaat.'],
  ] as const) {
    it(`says to check this device's date and time (${lang})`, async () => {
      const key = await keygen();
      const feed = statusFeed({ seq: nextSeq(), issued_at: iso(24 * 60 * MIN), expires_at: iso(25 * 60 * MIN) });
      const el = document.createElement('clearline-status');
      el.setAttribute('lang', lang);
      el.setAttribute('src', serve(JSON.stringify(await sign(feed, [key]))));
      el.setAttribute('public-key', JSON.stringify(key.publicJwk));
      const done = outcome(el);
      document.body.append(el);
      try {
        const e = await done;
        expect(e.type).to.equal('clearline-error');
        expect(e.detail).to.include({ code: 'invalid', clock: 'ahead' });
        await el.updateComplete;
        const notice = el.shadowRoot!.querySelector('[part~=notice]')!.textContent!.replace(/\s+/g, ' ').trim();
        expect(notice).to.equal(words);
      } finally {
        el.remove();
      }
    });
  }
});
