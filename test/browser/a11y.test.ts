import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults, default as AxeCore } from 'axe-core';
import '../../src/components/badge/badge.js';
import '../../src/components/banner/banner.js';
import '../../src/components/status/status.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { iso, keygen, MIN, serve, sign, statusFeed } from './helpers.js';

const axe = (window as unknown as { axe: typeof AxeCore }).axe;

type El = HTMLElement & { updateComplete: Promise<unknown> };

async function violations(el: El): Promise<string[]> {
  await el.updateComplete;
  // Open every collapsed part so that its content is checked too.
  el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
  const results: AxeResults = await axe.run(el, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(' | ')}`);
}

function full(): StatusPayload {
  const feed = statusFeed({ status_url: 'https://example.com/status' });
  const first = feed.incidents[0]!;
  first.affects = [{ en: 'Flights from Amsterdam', nl: 'Vluchten vanaf Amsterdam' }, 'KLM'];
  first.updates = [{ at: iso(-30 * MIN), note: 'Runways **closed**.' }];
  feed.incidents.push(
    { ...structuredClone(first), id: 'late', severity: 'critical', title: 'Payments down', next_update_at: iso(-10 * MIN) },
    { ...structuredClone(first), id: 'minor', severity: 'minor', title: 'App slow', actions: undefined },
    { ...structuredClone(first), id: 'info', severity: 'info', title: 'New timetable', actions: undefined },
    { ...structuredClone(first), id: 'done', phase: 'resolved', next_update_at: null, resolved_at: iso(-5 * MIN), title: 'Check-in fixed' },
  );
  return feed;
}

const key = await keygen();
const STATES: Record<string, () => Promise<El>> = {
  'status: incidents, triage, channels, self-service, timeline, resolved': () =>
    fixture(html`<clearline-status faq-href="https://example.com/faq" .data=${full()}></clearline-status>`),
  'status: all clear': () => fixture(html`<clearline-status .data=${statusFeed({ incidents: [] })}></clearline-status>`),
  'status: outdated': () => fixture(html`<clearline-status .data=${statusFeed({ issued_at: iso(-120 * MIN), expires_at: iso(-60 * MIN) })}></clearline-status>`),
  'status: skeleton': () => fixture(html`<clearline-status src="/never-answers" public-key=${JSON.stringify(key.publicJwk)}></clearline-status>`),
  'status: last confirmed data after a failed refresh': async () => {
    const url = serve(JSON.stringify(await sign(statusFeed(), [key])));
    const el = await fixture<El>(html`<clearline-status src=${url} public-key=${JSON.stringify(key.publicJwk)}></clearline-status>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=incident]'), 'first load', { timeout: 5000 });
    const source = (el as unknown as { feed: { source: { options: { url: string }; refresh(): Promise<void> } } }).feed.source;
    source.options.url = serve('this is not a signed feed');
    await source.refresh();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=notice]'), 'last confirmed notice', { timeout: 5000 });
    return el;
  },
  'status: error, nothing verified': () => fixture(html`<clearline-status src="/never-answers"></clearline-status>`),
  'banner': () => fixture(html`<clearline-banner .data=${full()}></clearline-banner>`),
  'banner: late update': () => {
    const feed = statusFeed();
    feed.incidents[0]!.next_update_at = iso(-5 * MIN);
    return fixture(html`<clearline-banner .data=${feed}></clearline-banner>`);
  },
  'banner: expired feed': () => fixture(html`<clearline-banner .data=${statusFeed({ issued_at: iso(-120 * MIN), expires_at: iso(-60 * MIN) })}></clearline-banner>`),
  'badge: disruption': () => fixture(html`<clearline-badge .data=${full()}></clearline-badge>`),
  'badge: disruption, link': () => fixture(html`<clearline-badge href="https://example.com/status" .data=${full()}></clearline-badge>`),
  'badge: all clear': () => fixture(html`<clearline-badge .data=${statusFeed({ incidents: [] })}></clearline-badge>`),
  'badge: unknown': () => fixture(html`<clearline-badge .data=${statusFeed({ issued_at: iso(-120 * MIN), expires_at: iso(-60 * MIN) })}></clearline-badge>`),
  'badge: checking': () => fixture(html`<clearline-badge src="/never-answers" public-key=${JSON.stringify(key.publicJwk)}></clearline-badge>`),
};

beforeEach(() => localStorage.clear());
after(() => emulateMedia({ colorScheme: 'light' }));

describe('axe-core: zero violations', () => {
  for (const lang of ['en', 'nl']) {
    for (const [theme, scheme] of [['light', 'light'], ['dark', 'light'], ['', 'dark'], ['light', 'dark']] as const) {
      for (const [name, make] of Object.entries(STATES)) {
        it(`${name} | ${lang} | theme=${theme || '(none)'} prefers ${scheme}`, async () => {
          await emulateMedia({ colorScheme: scheme });
          document.documentElement.lang = lang;
          const el = await make();
          if (theme) el.setAttribute('theme', theme);
          const found = await violations(el);
          expect(el.shadowRoot!.textContent!.trim().length, 'something was checked').to.be.greaterThan(0);
          expect(found, found.join('\n')).to.deep.equal([]);
        });
      }
    }
  }
});
