// A forged FAQ document (signed with another key) was told to readers as "The questions could not be loaded",
// while <clearline-status> beside it said its forged status "could not be confirmed as genuine". The FAQ's
// notice follows the error code, as the status's does; and says what to check for a document dated ahead.
import { expect, html } from '@open-wc/testing';
import '../../src/components/faq/faq.js';
import type { FaqPayload } from '../../src/feed/schema.js';
import { iso, keygen, MIN, nextSeq, outcome, serve, sign } from './helpers.js';

const ENTRIES = [{ id: 'refund', question: { en: 'Can I get a refund?', nl: 'Krijg ik mijn geld terug?' }, answer: 'Yes.' }];
const faq = (over: Partial<FaqPayload> = {}): FaqPayload => ({ type: 'faq', version: 1, feed_id: 'words-faq', seq: nextSeq(), issued_at: iso(-MIN), expires_at: iso(60 * MIN), entries: ENTRIES, ...over });

/** Mounts an FAQ over `envelope`; its error code, its clock hint and the notice's text. */
async function notice(lang: string, envelope: unknown, publicJwk: unknown) {
  const el = document.createElement('clearline-faq');
  el.setAttribute('lang', lang);
  el.setAttribute('src', serve(JSON.stringify(envelope)));
  el.setAttribute('public-key', JSON.stringify(publicJwk));
  const done = outcome(el);
  document.body.append(el);
  try {
    const e = await done;
    await el.updateComplete;
    return { code: e.detail.code, clock: e.detail.clock, text: el.shadowRoot!.querySelector('[part~=notice]')!.textContent!.replace(/\s+/g, ' ').trim() };
  } finally {
    el.remove();
  }
}

describe('<clearline-faq> says why the latest questions are not shown', () => {
  it('a forged document: not confirmed as genuine, in English and Dutch (not "could not be loaded")', async () => {
    const [key, other] = [await keygen(), await keygen()];
    const forged = await sign(faq(), [other], 'faq');
    expect(await notice('en', forged, key.publicJwk)).to.deep.equal({ code: 'signature', clock: undefined, text: 'The latest questions could not be confirmed as genuine.' });
    expect(await notice('nl', forged, key.publicJwk)).to.deep.equal({ code: 'signature', clock: undefined, text: 'De nieuwste vragen konden niet als echt worden bevestigd.' });
  });

  it("a document dated hours ahead of this device's clock: check this device's date and time", async () => {
    const key = await keygen();
    const ahead = await sign(faq({ issued_at: iso(3 * 60 * MIN), expires_at: iso(4 * 60 * MIN) }), [key], 'faq');
    expect(await notice('en', ahead, key.publicJwk)).to.deep.equal({ code: 'invalid', clock: 'ahead', text: "The latest information is dated ahead of this device's clock. Check this device's date and time." });
    expect((await notice('nl', ahead, key.publicJwk)).text).to.equal('De nieuwste informatie is van een tijd die op dit apparaat nog moet komen. Controleer de datum en tijd van dit apparaat.');
  });

  it('a set-up mistake in the words of <clearline-status>', async () => {
    const el = document.createElement('clearline-faq');
    el.setAttribute('lang', 'en');
    el.setAttribute('src', serve('{}'));
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~=notice]')!.textContent!.trim()).to.equal('This status display is not set up correctly, so it cannot check where its information comes from.');
    } finally {
      el.remove();
    }
  });
});
void html;
