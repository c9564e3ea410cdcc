// A bus strike's all-clear at 12:29: the status page's top box said "No known disruptions. Everything is running as
// normal as far as we know." right above the closing text "until about 13:30 buses may run late". In the hour after
// an all-clear it now says when the last disruption ended and points to what still applies below.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/status/status.js';
import type { ClearlineStatus } from '../../src/components/status/status.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { iso, MIN, statusFeed } from './helpers.js';

const mount = (data: StatusPayload, lang = 'en') => fixture<ClearlineStatus>(html`<clearline-status lang=${lang} .data=${data}></clearline-status>`);
const resolvedFeed = (ago: number) => statusFeed({ incidents: [{ ...statusFeed().incidents[0]!, phase: 'resolved', next_update_at: null, resolved_at: iso(-ago) }] });
const box = (el: ClearlineStatus) => el.shadowRoot!.querySelector('[part~=all-clear]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<clearline-status> all-clear box after an all-clear', () => {
  it('says when the last disruption ended and that what still applies is below, for an hour', async () => {
    expect(box(await mount(resolvedFeed(6 * MIN)))).to.match(/^No known disruptions The last disruption was resolved (at|on) .+: see below for what still applies\.$/);
    expect(box(await mount(resolvedFeed(6 * MIN), 'nl'))).to.match(/^Geen storingen bekend De laatste melding is (om|op) .+ opgelost: hieronder staat wat nog geldt\.$/);
  });

  it('after the hour, or with nothing resolved, it says everything is running as normal', async () => {
    expect(box(await mount(resolvedFeed(61 * MIN)))).to.equal('No known disruptions Everything is running as normal as far as we know.');
    expect(box(await mount(statusFeed({ incidents: [] }), 'nl'))).to.equal('Geen storingen bekend Voor zover wij weten werkt alles normaal.');
  });
});
