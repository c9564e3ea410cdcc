// Trial H: a reader whose device clock was 7 minutes slow opened the status page after a new update and saw "Status
// unknown. The latest status was not in a form this page can show": no incident, no gas number. A document up to an hour
// ahead of the reader's clock is now shown, and "Updated …" says "now", not "in 7 minutes".
import { expect } from '@open-wc/testing';
import '../../src/components/status/status.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import { iso, keygen, MIN, outcome, serve, sign, statusFeed, type TestKey } from './helpers.js';

let key: TestKey;
before(async () => (key = await keygen()));
beforeEach(() => localStorage.clear());
afterEach(() => document.querySelectorAll('clearline-status').forEach((e) => e.remove()));

async function shown(ahead: number) {
  const feed = statusFeed({ issued_at: iso(ahead), expires_at: iso(ahead + 60 * MIN) });
  feed.incidents[0]!.updated_at = iso(ahead);
  const el = document.createElement('clearline-status') as ClearlineStatus;
  const done = outcome(el);
  el.lang = 'en';
  el.setAttribute('src', serve(JSON.stringify(await sign(feed, [key]))));
  el.setAttribute('public-key', JSON.stringify(key.publicJwk));
  el.setAttribute('feed-id', 'example-air');
  document.body.append(el);
  const event = await done;
  await el.updateComplete;
  return { el, event };
}

describe('<clearline-status> on a device whose clock is slow', () => {
  it('7 minutes behind the document: the incident, "Updated now"', async () => {
    const { el, event } = await shown(7 * MIN);
    expect(event.type).to.equal('clearline-load');
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Storm: flights cancelled');
    expect(text).not.to.match(/Updated in \d/);
    expect(text).to.contain('Updated now');
  });

  it('more than an hour behind: refused, as before', async () => {
    const { event } = await shown(61 * MIN);
    expect(event.type).to.equal('clearline-error');
    expect((event as CustomEvent).detail.code).to.equal('invalid');
  });
});
