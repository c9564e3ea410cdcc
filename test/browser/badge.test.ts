import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/components/badge/badge.js';
import type { ClearlineBadge } from '../../src/components/badge/badge.js';
import { overallState } from '../../src/feed/incidents.js';
import type { StatusPayload } from '../../src/feed/schema.js';
import { iso, keygen, MIN, outcome, serve, sign, statusFeed } from './helpers.js';

const mount = (data: StatusPayload | undefined, lang = 'en', href = '') =>
  fixture<ClearlineBadge>(html`<clearline-badge lang=${lang} href=${href} .data=${data}></clearline-badge>`);

/** The accessible name as a screen reader gets it: the badge's text, hidden prefix included. */
const name = (el: ClearlineBadge) => el.shadowRoot!.querySelector('[part~=badge]')!.textContent!.replace(/\s+/g, ' ').trim();

const expired = () => statusFeed({ issued_at: iso(-120 * MIN), expires_at: iso(-60 * MIN) });

describe('<clearline-badge>', () => {
  for (const [lang, disruption, ok, unknown, prefix, since] of [
    ['en', 'Disruption', 'No known disruptions', 'Status unknown', 'Service status', 'Not confirmed since'],
    ['nl', 'Melding', 'Geen storingen bekend', 'Status onbekend', 'Status dienstverlening', 'Niet meer bevestigd sinds'],
  ] as const) {
    it(`says disruption, all clear or unknown, with an accessible name (${lang})`, async () => {
      const d = await mount(statusFeed(), lang);
      expect(d.state).to.equal('disruption');
      expect(name(d)).to.equal(`${prefix}: ${disruption}`);
      expect(d.shadowRoot!.querySelector('svg')).to.exist;
      const o = await mount(statusFeed({ incidents: [] }), lang);
      expect(o.state).to.equal('ok');
      expect(name(o)).to.equal(`${prefix}: ${ok}`);
      const e = expired();
      e.incidents = [];
      const u = await mount(e, lang);
      expect(u.state).to.equal('unknown');
      expect(name(u)).to.equal(`${prefix}: ${unknown}`);
    });

    it(`keeps an expired feed's open incident as a disruption, marked as the banner marks it (${lang})`, async () => {
      // The banner still shows the last verified incident with "Not confirmed since …"; the badge must not tell another story.
      const el = await mount(expired(), lang);
      expect(el.state).to.equal('disruption');
      expect(name(el)).to.match(new RegExp(`^${prefix}: ${disruption}\\. ${since} \\S`));
      expect(el.shadowRoot!.querySelector('.badge')!.classList.contains('stale')).to.equal(true);
      const current = await mount(statusFeed(), lang);
      expect(current.shadowRoot!.querySelector('.badge')!.classList.contains('stale')).to.equal(false);
    });
  }

  it('with --clearline-badge-width in a narrow phone header: exactly that width, the page no wider than the screen, the label whole for screen readers', async () => {
    const header = await fixture<HTMLElement>(html`<header style="display:flex;align-items:center;gap:8px;inline-size:360px;overflow:visible">
      <span style="flex:none;inline-size:110px">Logo</span>
      <clearline-badge lang="nl" style="--clearline-badge-width: 7em; font-size: 16px" .data=${statusFeed({ incidents: [] })}></clearline-badge>
      <button style="flex:none;inline-size:44px">☰</button>
    </header>`);
    const badge = header.querySelector('clearline-badge')!;
    await badge.updateComplete;
    expect(badge.getBoundingClientRect().width).to.be.closeTo(112, 1);
    const menu = header.querySelector('button')!.getBoundingClientRect();
    expect(menu.right, 'the menu button stays on the screen').to.be.at.most(header.getBoundingClientRect().left + 360);
    const label = badge.shadowRoot!.querySelector<HTMLElement>('.label')!;
    // Cut, "Geen storin…" told the reader nothing (trials D, E): a shorter label that fits, the whole one for screen readers.
    expect(label.scrollWidth, 'the label fits on screen').to.be.at.most(label.clientWidth);
    expect(label.textContent).to.be.oneOf(['Geen storingen', 'Geen storing', 'Normaal']);
    expect(label.getAttribute('aria-hidden')).to.equal('true');
    expect(name(badge)).to.equal(`Status dienstverlening: Geen storingen bekend${label.textContent}`);
    expect(badge.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal('Status dienstverlening: Geen storingen bekend');
    // Without the setting the badge keeps its reserved 15em, grown to its longest label.
    badge.style.removeProperty('--clearline-badge-width');
    await new Promise((r) => requestAnimationFrame(r));
    expect(badge.getBoundingClientRect().width).to.be.at.least(240);
    await waitUntil(() => label.textContent === 'Geen storingen bekend', 'a wider badge says it whole again');
    expect(label.hasAttribute('aria-hidden')).to.equal(false);
  });

  for (const [lang, state, feed, whole, short] of [
    ['en', 'ok', () => statusFeed({ incidents: [] }), 'No known disruptions', ['No disruptions', 'All normal']],
    ['nl', 'ok', () => statusFeed({ incidents: [] }), 'Geen storingen bekend', ['Geen storingen', 'Geen storing', 'Normaal']],
    ['en', 'unknown', () => Object.assign(expired(), { incidents: [] }), 'Status unknown', ['Unknown']],
    ['nl', 'unknown', () => Object.assign(expired(), { incidents: [] }), 'Status onbekend', ['Onbekend']],
  ] as const) {
    it(`at the README's 9em for phones, ${lang} ${state}: a shorter label that fits, not "${whole.slice(0, 9)}…"`, async () => {
      const el = await fixture<ClearlineBadge>(html`<clearline-badge lang=${lang} style="--clearline-badge-width: 9em; font: 14px sans-serif" .data=${feed()}></clearline-badge>`);
      await el.updateComplete;
      const label = el.shadowRoot!.querySelector<HTMLElement>('.label')!;
      expect(el.state).to.equal(state);
      expect(label.scrollWidth, `"${label.textContent}" fits`).to.be.at.most(label.clientWidth);
      expect(label.textContent).to.be.oneOf(short as unknown as string[]);
      expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.match(new RegExp(`: ${whole}$`));
      // What a screen reader reads: the whole label once, not the short one after it.
      type AxNode = { name?: string; children?: AxNode[] };
      const names: string[] = [];
      const walk = (n: AxNode) => (n.name && names.push(n.name), (n.children ?? []).forEach(walk));
      walk((await a11ySnapshot({})) as unknown as AxNode);
      const said = names.join(' / ');
      expect(said).to.contain(whole);
      expect(names, said).not.to.include(label.textContent!);
    });
  }

  it('a label that no shorter one fits still ends in "…" (a badge narrower than any)', async () => {
    const el = await fixture<ClearlineBadge>(html`<clearline-badge lang="en" style="--clearline-badge-width: 4em; font: 14px sans-serif" .data=${statusFeed({ incidents: [] })}></clearline-badge>`);
    await el.updateComplete;
    const label = el.shadowRoot!.querySelector<HTMLElement>('.label')!;
    expect(label.textContent).to.equal('All normal');
    expect(label.scrollWidth).to.be.greaterThan(label.clientWidth);
    expect(getComputedStyle(label).textOverflow).to.equal('ellipsis');
  });

  it('in large text on a phone, its longest label (kept invisibly for its width) does not make the page scroll sideways', async () => {
    // 32 px text on a 360 px phone: the reserve is 100vw - 2rem and "Geen storingen bekend", the longest label, is wider.
    // The invisible copy that sizes the badge overflowed it and widened the page to 430 px; the banner's close button went off-screen.
    const page = await fixture<HTMLElement>(html`<div style="inline-size:300px;overflow:auto;font-size:32px">
      <clearline-badge lang="nl" style="--clearline-badge-width: 280px" .data=${statusFeed()}></clearline-badge>
    </div>`);
    const badge = page.querySelector('clearline-badge')!;
    await badge.updateComplete;
    const ghost = badge.shadowRoot!.querySelector<HTMLElement>('.labels')!;
    expect(ghost.scrollWidth, 'the longest label is wider than the badge').to.be.greaterThan(ghost.clientWidth);
    expect(page.scrollWidth, 'nothing to scroll sideways').to.equal(page.clientWidth);
  });

  it('is unknown without data, and never all-clear for expired data', async () => {
    expect((await mount(undefined)).state).to.equal('unknown');
    const e = expired();
    e.incidents = [];
    expect((await mount(e)).state).to.equal('unknown');
  });

  it('is unknown when the feed fails verification', async () => {
    const el = document.createElement('clearline-badge');
    el.setAttribute('src', serve(JSON.stringify(await sign(statusFeed(), [await keygen()]))));
    el.setAttribute('public-key', JSON.stringify((await keygen()).publicJwk));
    const done = outcome(el);
    document.body.append(el);
    expect((await done).detail.code).to.equal('signature');
    await el.updateComplete;
    expect(el.state).to.equal('unknown');
    expect(name(el)).to.contain('Status unknown');
    el.remove();
  });

  it('keeps a last-known disruption when a later load fails, but never a last-known all-clear', () => {
    const now = Date.now();
    expect(overallState(statusFeed(), now, true)).to.deep.equal({ state: 'disruption', severity: 'major' });
    expect(overallState(statusFeed({ incidents: [] }), now, true).state).to.equal('unknown');
    expect(overallState(statusFeed({ incidents: [] }), now, false).state).to.equal('ok');
    expect(overallState(expired(), now)).to.deep.equal({ state: 'disruption', severity: 'major' });
  });

  it('is a link when href is set', async () => {
    const el = await mount(statusFeed(), 'en', 'https://example.com/status');
    const a = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~=badge]')!;
    expect(a.href).to.equal('https://example.com/status');
    expect(a.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Service status: Disruption');
    const plain = await mount(statusFeed());
    expect(plain.shadowRoot!.querySelector('a')).to.equal(null);
    const relative = await mount(statusFeed(), 'nl', 'storingen'); // as a CMS writes a link to the status page
    expect(relative.shadowRoot!.querySelector('a[part~=badge]')?.getAttribute('href')).to.equal('storingen');
    const hostile = await mount(statusFeed(), 'en', 'javascript:alert(1)');
    expect(hostile.shadowRoot!.querySelector('a'), 'unsafe href is ignored').to.equal(null);
  });

  it('shows a neutral checking state while loading, with the same shape', async () => {
    const key = await keygen();
    const el = await fixture<ClearlineBadge>(html`<clearline-badge lang="en" src="/never-answers" public-key=${JSON.stringify(key.publicJwk)}></clearline-badge>`);
    expect(el.state).to.equal('loading');
    expect(name(el)).to.equal('Service status: Checking status…');
  });
});
