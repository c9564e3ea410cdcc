// A broadband provider with two open incidents: broadband down in Leeds and Bradford (major) and its
// e-mail down nationally (minor). The home page's banner named the first and nothing else, so people
// whose e-mail was down read "No broadband in parts of Leeds" and concluded nothing was wrong for them.
// The banner now says how many more are open ("(and 1 more)"), inside the link to the full status.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/banner/banner.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import type { Incident } from '../../src/feed/schema.js';
import { iso, keygen, nextSeq, serve, sign, statusFeed } from './helpers.js';

const MIN = 60_000;
const incident = (id: string, severity: Incident['severity'], en: string, nl: string): Incident => ({
  id,
  title: { en, nl },
  severity,
  phase: 'investigating',
  started_at: iso(-30 * MIN),
  updated_at: iso(-5 * MIN),
  known: { en: 'We are working on it.', nl: 'We werken eraan.' },
  unknown: { en: 'When it is fixed.', nl: 'Wanneer het is opgelost.' },
  next_update_at: iso(40 * MIN),
});
const broadband = incident('broadband', 'major', 'No broadband in parts of Leeds', 'Geen internet in delen van Leeds');
const email = incident('email', 'minor', 'E-mail down', 'E-mail werkt niet');

async function banner(incidents: Incident[], lang: string) {
  const key = await keygen();
  const url = serve(JSON.stringify(await sign(statusFeed({ seq: nextSeq(), feed_id: 'northwire', incidents }), [key])));
  const el = await fixture<ClearlineBanner>(html`<clearline-banner lang=${lang} src=${url} public-key=${JSON.stringify(key.publicJwk)} feed-id="northwire"></clearline-banner>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~=title]'), 'banner shown', { timeout: 5000 });
  return el;
}
const link = (el: ClearlineBanner) => el.shadowRoot!.querySelector('[part~=link]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<clearline-banner> with more than one open incident', () => {
  afterEach(() => localStorage.clear());

  it('says how many more are open, inside the link to the full status (English and Dutch)', async () => {
    expect(link(await banner([broadband, email], 'en'))).to.equal('No broadband in parts of Leeds (and 1 more)');
    expect(link(await banner([broadband, email], 'nl'))).to.equal('Geen internet in delen van Leeds (en nog 1)');
  });

  it('one open incident: nothing added', async () => {
    expect(link(await banner([broadband], 'en'))).to.equal('No broadband in parts of Leeds');
  });

  it('after dismissing the first, the other is shown, with nothing more to count', async () => {
    const el = await banner([broadband, email], 'en');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~=dismiss]')!.click();
    await el.updateComplete;
    expect(link(el)).to.equal('E-mail down');
  });
});
