// A reader whose phone's clock was set back a day saw the gas company's status refused as "not in a form this
// page can show": nothing to act on. The error stays `invalid` (a public code), with `clock: 'ahead'` in the
// event's detail, and the notice says what to check.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import '../../src/components/status/status.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';
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

describe("<clearline-help> with a feed dated ahead of this device's clock", () => {
  it("says, in its dialog, to check this device's date and time", async () => {
    const key = await keygen();
    const ahead = await sign(helpFeed({ seq: nextSeq(), issued_at: iso(24 * 60 * MIN), expires_at: iso(25 * 60 * MIN) }), [key]);
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="nl" src=${serve(JSON.stringify(ahead))} public-key=${JSON.stringify(key.publicJwk)} .entries=${HELP_ENTRIES}></clearline-help>`);
    const view = () => (el as unknown as { feed: { view: { loading: boolean; error?: unknown } } }).feed.view;
    await waitUntil(() => !view().loading && view().error, 'the check failed', { timeout: 5000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'dialog opens');
    await el.updateComplete;
    const notice = el.shadowRoot!.querySelector('[part~=notice]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(notice).to.equal('Status onbekend. De nieuwste informatie is van een tijd die op dit apparaat nog moet komen. Controleer de datum en tijd van dit apparaat.');
  });
});
