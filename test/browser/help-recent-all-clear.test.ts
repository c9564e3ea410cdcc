// A bus strike ended at 12:29 with "until about 13:30 buses may run late". The banner and the status page now keep
// that all-clear for an hour, but the help dialog on the home page showed only the FAQ (trial D): a reader who
// opened Help to ask "are the buses running?" did not see the answer the company had just given.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';
import { iso, MIN, shownTime, statusFeed } from './helpers.js';

const CLOSING = { en: 'The strike is over. Until about 13:30 buses may run late.', nl: 'De staking is voorbij. Tot ongeveer 13:30 kunnen bussen later rijden.' };
function resolvedFeed(resolvedAgo: number, over: Partial<StatusPayload> = {}): StatusPayload {
  const feed = helpFeed(over);
  Object.assign(feed.incidents[0]!, { title: { en: 'Strike over: buses starting again', nl: 'Staking voorbij: bussen komen weer op gang' }, phase: 'resolved', next_update_at: null, resolved_at: iso(-resolvedAgo), known: CLOSING, unknown: { en: '', nl: '' } });
  return feed;
}
async function opened(data: StatusPayload, lang = 'en') {
  const el = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${data} .entries=${HELP_ENTRIES}></clearline-help>`);
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
  await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'dialog opens');
  await el.updateComplete;
  return el;
}
const incident = (el: ClearlineHelp) => el.shadowRoot!.querySelector('[part~=incident]');

describe('<clearline-help> after an all-clear', () => {
  // Trial G: the report put the contacts of the hour after the all-clear under "No incident open", though readers
  // still saw it, so the desk could not tell its aftermath from a calm day.
  it('a reason chosen in that hour is reported as the all-clear\'s aftermath: its id, phase "resolved"', async () => {
    const token = `ac${Date.now()}`;
    const feed = resolvedFeed(6 * MIN);
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="en" report-url=${`/__collect/${token}`} .data=${feed} .entries=${HELP_ENTRIES}></clearline-help>`);
    const seen: Array<{ incidents: string[] }> = [];
    el.addEventListener('clearline-reason', (e) => seen.push((e as CustomEvent).detail));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=still-need-us]'), 'dialog opens');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.reason[data-reason="no-heating"]')!.click();
    await el.updateComplete;
    expect(seen.map((d) => d.incidents)).to.deep.equal([[feed.incidents[0]!.id]]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
    let lines: Array<{ type: string; incidents: string[]; phase: string }> = [];
    await waitUntil(async () => {
      const got: Array<{ body: string }> = await (await fetch(`/__collect/${token}`)).json();
      lines = got.flatMap((g) => g.body.trimEnd().split('\n').map((l) => JSON.parse(l)));
      return lines.length > 0;
    }, 'beacon arrives', { timeout: 5000 });
    const reason = lines.find((l) => l.type === 'reason')!;
    expect([reason.incidents, reason.phase]).to.deep.equal([[feed.incidents[0]!.id], 'resolved']);
  });

  it('shows the incident resolved within the last hour on the first screen, calm, with its closing text', async () => {
    const feed = resolvedFeed(6 * MIN);
    const el = await opened(feed);
    const box = incident(el)!;
    expect(box, 'all-clear shown').to.exist;
    expect(box.classList.contains('sev-ok')).to.equal(true);
    expect(box.querySelector('h3')!.textContent).to.equal('Strike over: buses starting again');
    const at = shownTime(Date.parse(feed.incidents[0]!.resolved_at!));
    expect(box.querySelector('p strong')!.textContent).to.equal(at.includes(',') ? `Resolved ${at}` : `Resolved at ${at}`);
    expect(box.querySelector('.gist')!.textContent).to.contain('Until about 13:30 buses may run late.');
    // What was to be done during the strike, and what was not known then, are history (as on the status page).
    expect(box.querySelector('[part~=actions]')).to.equal(null);
    expect(box.querySelector('[part~=can-wait]')).to.equal(null);
    expect(box.querySelector('[part~=next-update]')).to.equal(null);
    expect(box.textContent).not.to.contain('Major disruption');
    expect(el.shadowRoot!.querySelector('[part~=marker]'), 'no alarm dot on the button').to.equal(null);
    const nl = await opened(resolvedFeed(6 * MIN), 'nl');
    expect(incident(nl)!.querySelector('p strong')!.textContent).to.match(/^Opgelost (om \d{1,2}:\d{2}|\w{2} \d{1,2} \w{3}, \d{1,2}:\d{2})$/);
    expect(incident(nl)!.querySelector('.gist')!.textContent).to.contain('Tot ongeveer 13:30 kunnen bussen later rijden.');
  });

  it('not an hour later, nor in a document that has expired', async () => {
    expect(incident(await opened(resolvedFeed(61 * MIN)))).to.equal(null);
    expect(incident(await opened(resolvedFeed(6 * MIN, { issued_at: iso(-70 * MIN), expires_at: iso(-MIN) })))).to.equal(null);
  });

  it('an open incident comes first', async () => {
    const feed = resolvedFeed(6 * MIN);
    feed.incidents.push({ ...structuredClone(statusFeed().incidents[0]!), id: 'other' });
    const box = incident(await opened(feed))!;
    expect(box.querySelector('h3')!.textContent).to.equal('Storm: flights cancelled');
    expect(box.classList.contains('sev-major')).to.equal(true);
    expect(box.textContent).not.to.contain('Strike over');
  });
});
