// The studio's "Elsewhere in the feed" named another incident by a number the desk never sees:
// a UK software company's desk, posting an update on its data breach, read "Incident 2, next update:
// you promised an update at 09:00, which has passed" and had to guess which. It knows that incident
// as "Ledgerly is down": the list now says its title, quoted (lint/place.ts, feed/incident-name.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/editor/editor.js';
import type { ClearlineEditor } from '../../src/components/editor/editor.js';
import type { FeedDraft } from '../../src/feed/update.js';
import { click, emptyFeed, root } from './editor-helpers.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function ledgerly(): FeedDraft {
  const now = Date.now();
  const incident = (id: string, en: string, nl: string, next: number) => ({
    id, severity: 'major', phase: 'investigating', title: { en, nl },
    known: { en: 'Nobody can log in.', nl: 'Niemand kan inloggen.' }, unknown: { en: 'The cause.', nl: 'De oorzaak.' },
    started_at: iso(now - 3 * 3_600_000), updated_at: iso(now - 3 * 3_600_000), next_update_at: iso(next),
  });
  return emptyFeed({
    feed_id: 'ledgerly', publisher: { name: 'Ledgerly', url: 'https://example.com' }, time_zone: 'Europe/London',
    incidents: [incident('cyber-2026-12-01', 'Our systems were attacked', 'Onze systemen zijn aangevallen', now + 1_800_000), incident('outage-2026-11-24', 'Ledgerly is down', 'Ledgerly werkt niet', now - 3_600_000)],
  } as Partial<FeedDraft>);
}

describe('<clearline-editor> another incident\'s finding names it by its title', () => {
  for (const [lang, post, sign, name] of [['en', 'Post update', 'Sign', 'Incident “Ledgerly is down”, next update:'], ['nl', 'Update plaatsen', 'Ondertekenen', 'Incident “Ledgerly werkt niet”, volgende update:']] as const) {
    it(`${lang}: under "Elsewhere in the feed", not "Incident 2" or its id`, async () => {
      const el = await fixture<ClearlineEditor>(html`<clearline-editor lang=${lang} .feed=${ledgerly()}></clearline-editor>`);
      await click(el, post);
      await click(el, sign);
      const items = [...root(el).querySelectorAll('.sign .findings li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items.some((t) => t.startsWith(name)), items.join(' | ')).to.equal(true);
      expect(items.join(' ')).not.to.match(/Incident 2|outage-2026-11-24/);
    });
  }
});
