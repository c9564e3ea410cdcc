// Trial S, finding 11: the accessibility tree of a home page during the check-in outage read "button: Hulp", as if the
// red dot were the only sign of the incident. The tester's tool printed names only: the button has had the description
// "Er is nu een storing" / "There is a disruption right now" (aria-describedby) while one is going on, and Chromium gives
// it to screen readers ("Hulp, knop, Er is nu een storing"), as the badge says "Status dienstverlening: Storing". This
// checks it in the accessibility tree itself, beside the name that stays the visible word (voice control says "Hulp").
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { iso, MIN } from './helpers.js';
import { helpFeed } from './help-fixtures.js';

type AxNode = { name?: string; role?: string; description?: string; children?: AxNode[] };

/** The launcher as a screen reader gets it: its role, name and description. */
async function launcher(lang: string, feed: StatusPayload): Promise<AxNode> {
  const el = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${feed}></clearline-help>`);
  await el.updateComplete;
  let found: AxNode | undefined;
  const walk = (n: AxNode) => {
    if (n.role === 'button' && (n.name === 'Help' || n.name === 'Hulp')) found = n;
    for (const c of n.children ?? []) walk(c);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  expect(found !== undefined, 'a button named as its visible word').to.equal(true);
  return found!;
}

describe('the help launcher in the accessibility tree', () => {
  it('says there is a disruption in its description while one is going on (nl, en)', async () => {
    expect((await launcher('nl', helpFeed())).description).to.equal('Er is nu een storing');
    expect((await launcher('en', helpFeed())).description).to.equal('There is a disruption right now');
  });

  it('says nothing of the kind for an incident announced for later, nor for a notice', async () => {
    const later = helpFeed();
    later.incidents[0]!.starts_at = iso(3 * 24 * 60 * MIN);
    expect((await launcher('nl', later)).description ?? '').to.equal('');
    const notice = helpFeed();
    Object.assign(notice.incidents[0]!, { severity: 'info', next_update_at: null });
    expect((await launcher('nl', notice)).description ?? '').to.equal('');
  });
});
