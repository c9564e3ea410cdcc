import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/badge/badge.js';
import '../../src/components/banner/banner.js';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import '../../src/components/status/status.js';
import { statusFeed } from './helpers.js';
import { BANNER_SPACE } from '../../src/components/banner/page-space.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';

// Reflow (WCAG 1.4.10) and zoom: a desktop window at 200% or 400%, or a phone on its side, leaves
// a short viewport: 256 CSS px for a 1280x1024 screen at 400%.

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('narrow and short viewports (zoomed in, phones)', () => {
  it('640x256 with a banner taller than the room left: the help launcher rises above it as far as it can, and stays on screen', async () => {
    // It rose by the banner's whole room; a lifted banner (--clearline-banner-offset) that wraps to many
    // lines at 400% zoom took more than the viewport, and the launcher went off the top.
    await setViewport({ width: 640, height: 256 });
    const help = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${helpFeed()} .entries=${HELP_ENTRIES}></clearline-help>`);
    help.style.transition = 'none'; // its rise is animated; the end position is what counts here
    const launcher = help.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!;
    const rest = launcher.getBoundingClientRect().top;
    document.documentElement.style.setProperty(BANNER_SPACE, '100px');
    const lifted = launcher.getBoundingClientRect().top;
    document.documentElement.style.setProperty(BANNER_SPACE, '400px');
    const top = launcher.getBoundingClientRect().top;
    document.documentElement.style.removeProperty(BANNER_SPACE);
    expect(rest - lifted, 'an ordinary banner: lifted by its room').to.be.closeTo(100, 1);
    expect(top, 'launcher top on screen').to.be.at.least(0);
    expect(top, 'still above most of the banner').to.be.below(32);
  });

  for (const [width, height] of [[900, 400]] as const) {
    it(`${width}x${height} with a floating banner: the help panel shows its answers, scrolls, and its close button is on screen`, async () => {
      // The panel kept its desktop size: 6rem and the banner's room less than the viewport. At 640x256
      // it was 12 px tall (a white bar, the close button cut off); at 900x400 the answers had a 104 px slit
      // between the heading and the "Still need us?" button.
      await setViewport({ width, height });
      const wrap = await fixture<HTMLElement>(html`<div>
        <clearline-banner lang="en" .data=${helpFeed()}></clearline-banner>
        <clearline-help lang="en" .data=${helpFeed()} .entries=${HELP_ENTRIES}></clearline-help>
      </div>`);
      await waitUntil(() => document.documentElement.style.getPropertyValue(BANNER_SPACE), 'the banner takes its room');
      const help = wrap.querySelector<ClearlineHelp>('clearline-help')!;
      await help.updateComplete;
      help.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
      await waitUntil(() => help.shadowRoot!.querySelector('dialog')?.open, 'dialog open');
      await help.updateComplete;
      const dialog = help.shadowRoot!.querySelector('dialog')!;
      const body = dialog.querySelector<HTMLElement>('.body')!;
      expect(body.clientHeight, 'answers area, px').to.be.at.least(height * 0.4);
      expect(body.scrollHeight, 'more answers than fit').to.be.greaterThan(body.clientHeight);
      expect(getComputedStyle(body).overflowY).to.equal('auto');
      const d = dialog.getBoundingClientRect();
      expect(d.top, 'panel top on screen').to.be.at.least(0);
      expect(d.bottom, 'panel bottom on screen').to.be.at.most(height);
      const close = dialog.querySelector('.close')!.getBoundingClientRect();
      expect(close.top, 'close button inside the panel').to.be.at.least(d.top);
      expect(close.bottom, 'close button inside the panel').to.be.at.most(d.bottom);
      dialog.close();
    });
  }

  it('180 px wide (a phone at 200%): the help panel\'s heading breaks between words, not inside "Waarmee"', async () => {
    // Trial L: the 1.2em heading beside the close button broke as "Waarme / e / kunnen / we / helpen?".
    await setViewport({ width: 180, height: 390 });
    // In a host page's sans-serif type, as the demo's (the test page's serif is narrower).
    const help = await fixture<ClearlineHelp>(html`<clearline-help lang="nl" style="font-family: system-ui, sans-serif" .data=${helpFeed()} .entries=${HELP_ENTRIES}></clearline-help>`);
    help.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
    await waitUntil(() => help.shadowRoot!.querySelector('dialog')?.open, 'dialog open');
    await help.updateComplete;
    const h2 = help.shadowRoot!.querySelector<HTMLElement>('dialog .head h2')!;
    const text = [...h2.childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE && !!n.textContent!.trim())!;
    expect(text.data).to.equal('Waarmee kunnen we helpen?');
    const range = document.createRange();
    for (const m of text.data.matchAll(/\S+/g)) {
      range.setStart(text, m.index);
      range.setEnd(text, m.index + m[0].length);
      expect(range.getClientRects().length, `"${m[0]}" on one line`).to.equal(1);
    }
    help.shadowRoot!.querySelector('dialog')!.close();
  });

  // 400% zoom on 1280x720 and 1280x1024 screens. The fixed heading and "Still need us?" footer left the answers a 38 px
  // slit at 320x180 (trial L); in so short a viewport the whole panel scrolls, heading and footer with the answers.
  for (const [width, height] of [[320, 180], [640, 256]] as const) {
    it(`${width}x${height}: the whole help panel scrolls, the answers are not a slit, "Still need us?" is at its end`, async () => {
      await setViewport({ width, height });
      const help = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${helpFeed()} .entries=${HELP_ENTRIES}></clearline-help>`);
      help.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
      await waitUntil(() => help.shadowRoot!.querySelector('dialog')?.open, 'dialog open');
      await help.updateComplete;
      const dialog = help.shadowRoot!.querySelector('dialog')!;
      const body = dialog.querySelector<HTMLElement>('.body')!;
      expect(getComputedStyle(dialog).overflowY).to.equal('auto');
      expect(dialog.scrollHeight, 'the panel scrolls').to.be.greaterThan(dialog.clientHeight);
      expect(body.scrollHeight - body.clientHeight, 'the answers are no scroll box of their own').to.be.at.most(1);
      const d = dialog.getBoundingClientRect();
      expect(d.top).to.be.at.least(0);
      expect(d.bottom).to.be.at.most(height);
      const close = dialog.querySelector('.close')!.getBoundingClientRect();
      expect(close.top, 'close button on screen at first').to.be.at.least(0);
      expect(close.bottom).to.be.at.most(height);
      dialog.scrollTop = dialog.scrollHeight;
      const still = help.shadowRoot!.querySelector('[part~=still-need-us]')!.getBoundingClientRect();
      expect(still.bottom, '"Still need us?" on screen at the end').to.be.at.most(height + 1);
      expect(still.top).to.be.at.least(0);
      dialog.close();
    });
  }

  for (const placement of ['bottom-end', 'bottom-start'] as const) {
    it(`320 px wide (a phone, or 1280 px at 400%), placement ${placement}: the full-screen help panel fills the screen, nothing cut off at a side`, async () => {
      // With placement="bottom-start" the corner panel's start offset (1rem) outranked the phone
      // layout's inset 0: the panel slid 16 px right, its right edge and close button off the screen.
      await setViewport({ width: 320, height: 640 });
      const help = await fixture<ClearlineHelp>(html`<clearline-help lang="en" placement=${placement} .data=${helpFeed()} .entries=${HELP_ENTRIES}></clearline-help>`);
      help.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
      await waitUntil(() => help.shadowRoot!.querySelector('dialog')?.open, 'dialog open');
      await help.updateComplete;
      const dialog = help.shadowRoot!.querySelector('dialog')!;
      const d = dialog.getBoundingClientRect();
      expect([d.left, d.right, d.top, d.bottom], 'panel edges').to.deep.equal([0, 320, 0, 640]);
      const close = dialog.querySelector('.close')!.getBoundingClientRect();
      expect(close.right, 'close button on screen').to.be.at.most(320);
      dialog.close();
    });
  }
});

describe('<clearline-status> on a phone at 200% zoom', () => {
  it('180 px wide with an emergency line: nothing wider than the screen; the number moves to a line of its own, whole and underlined', async () => {
    // A pension fund's fraud line "Fraude melden: 0800 123 4567" at 1.125em was white-space: nowrap; at
    // 180 CSS px (a 360 px phone at 200% zoom) it set the width of the status grid: the incident, its
    // fraud warning and the contact list all ran 70 px past the right edge of the screen.
    await setViewport({ width: 180, height: 640 });
    const channels = [{ id: 'fraude', kind: 'phone' as const, label: { en: 'Report fraud', nl: 'Fraude melden' }, href: 'tel:+318001234567', emergency: true }];
    const el = await fixture<HTMLElement>(html`<div style="margin:0;padding:8px"><clearline-status lang="nl" .data=${statusFeed({ channels })}></clearline-status></div>`);
    const status = el.querySelector('clearline-status')!;
    await (status as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const root = status.shadowRoot!;
    for (const part of ['incident', 'channels']) {
      const box = root.querySelector(`[part~=${part}]`)?.getBoundingClientRect();
      expect(box, `[part~=${part}] shown`).to.exist;
      expect(box!.right, `[part~=${part}] right edge, px`).to.be.at.most(180);
    }
    const number = root.querySelector<HTMLElement>('.is-emergency .number')!;
    expect(number.textContent).to.equal('0800 123 4567');
    expect(number.getBoundingClientRect().right, 'the number on screen').to.be.at.most(180);
    expect(getComputedStyle(number).textDecorationLine, 'underlined like the rest of the link').to.equal('underline');
    // Wide enough for the number on one line: it is not split ("0800 123 / 4567").
    await setViewport({ width: 320, height: 640 });
    const lineHeight = parseFloat(getComputedStyle(number).lineHeight);
    expect(number.getBoundingClientRect().height, 'one line at 320 px').to.be.below(lineHeight * 1.5);
  });
});

describe('words in a label are not split at 200% zoom', () => {
  /** How many lines `word` (inside `el`'s text) takes: one when it is whole. */
  const linesOf = (el: Element, word: string): number => {
    const node = [...el.querySelectorAll('*'), el].flatMap((e) => [...e.childNodes]).find((n) => n.nodeType === 3 && n.textContent!.includes(word))!;
    const range = document.createRange();
    const at = node.textContent!.indexOf(word);
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  };

  it('180 px wide: "Critical disruption:" in the banner and "In an emergency" over the emergency line stay whole, and still fit the screen', async () => {
    // A GP practice's banner read "Critical disrupti / on:" and its status "IN AN EMERGENC / Y" for an older
    // patient at 200% zoom: the elements let any word break anywhere, which the title needs, the labels not.
    await setViewport({ width: 180, height: 800 });
    const channels = [{ id: 'nood', kind: 'phone' as const, label: { en: '999', nl: '112' }, href: 'tel:999', emergency: true }];
    const feed = statusFeed({ channels });
    feed.incidents[0]!.severity = 'critical';
    const el = await fixture<HTMLElement>(html`<div style="margin:0;padding:8px">
      <clearline-banner lang="en" placement="inline" .data=${feed}></clearline-banner>
      <clearline-status lang="en" .data=${feed}></clearline-status>
    </div>`);
    const banner = el.querySelector('clearline-banner')!;
    const status = el.querySelector('clearline-status')!;
    await waitUntil(() => banner.shadowRoot!.querySelector('.sev') && status.shadowRoot!.querySelector('.emergency-label'), 'both rendered');
    const sev = banner.shadowRoot!.querySelector('.sev')!;
    expect(sev.textContent).to.include('Critical disruption:');
    expect(linesOf(sev, 'disruption'), '"disruption" on one line').to.equal(1);
    const label = status.shadowRoot!.querySelector('.emergency-label')!;
    expect(linesOf(label, 'emergency'), '"EMERGENCY" on one line').to.equal(1);
    for (const [name, box] of [['banner', banner.shadowRoot!.querySelector('[part~=banner]')!], ['emergency box', label.parentElement!]] as const) {
      expect(box.getBoundingClientRect().right, `${name} right edge, px`).to.be.at.most(180);
    }
  });
});

describe('the floating banner 180 px wide (a phone at 200 % zoom or with large text)', () => {
  it('the title gets the whole width: its words stay whole, the close button stays in the box and off the title', async () => {
    // Trial L: beside the close button's column the title had about 90 px and broke as "geannule / erd", "Amsterda / m".
    await setViewport({ width: 180, height: 800 });
    const feed = statusFeed();
    feed.incidents[0]!.title = { nl: 'Waterstoring: geen kraanwater in Zevenaar', en: 'Water outage: no tap water in Zevenaar' };
    const banner = await fixture<HTMLElement>(html`<clearline-banner lang="nl" style="font-family: system-ui, sans-serif" .data=${feed}></clearline-banner>`);
    await waitUntil(() => banner.shadowRoot!.querySelector('[part~=title]'), 'banner rendered');
    const title = banner.shadowRoot!.querySelector('[part~=title]')!;
    const text = [...title.childNodes].find((n): n is Text => n.nodeType === 3 && !!n.textContent!.trim())!;
    const range = document.createRange();
    for (const m of text.data.matchAll(/\S+/g)) {
      range.setStart(text, m.index);
      range.setEnd(text, m.index + m[0].length);
      expect(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size, `"${m[0]}" on one line`).to.equal(1);
    }
    const box = banner.shadowRoot!.querySelector('[part~=banner]')!.getBoundingClientRect();
    const close = banner.shadowRoot!.querySelector('[part~=dismiss]')!.getBoundingClientRect();
    const t = title.getBoundingClientRect();
    expect(close.right, 'close button inside the banner').to.be.at.most(box.right);
    expect(close.top).to.be.at.least(box.top);
    expect(close.width, 'still a 44 px target').to.be.at.least(44);
    expect(close.bottom <= t.top || close.left >= t.right, 'the close button covers no part of the title').to.equal(true);
    expect(box.right, 'nothing wider than the screen').to.be.at.most(180);
  });
});

describe('an emergency line in a box narrower than "EMERGENCY"', () => {
  it('the label breaks rather than widen the page: an energy company\'s page at 200% zoom scrolled sideways by 9 px', async () => {
    // The demo energy page at 200% zoom (180 px, 16 px page margins, 32 px text in a 360 px phone alike): "IN AN EMERGENCY"
    // kept whole was wider than the incident card, and the element's grid grew to fit it, past the screen.
    await setViewport({ width: 180, height: 800 });
    const channels = [{ id: 'gas', kind: 'phone' as const, label: { en: 'Gas emergency or gas smell' }, href: 'tel:+318009009', emergency: true }];
    const el = await fixture<HTMLElement>(html`<div style="margin:0;padding:0 16px;overflow:auto;font-size:18px">
      <clearline-status lang="en" .data=${statusFeed({ channels })}></clearline-status>
    </div>`);
    const status = el.querySelector('clearline-status')!;
    await waitUntil(() => status.shadowRoot!.querySelector('.emergency-label'), 'emergency line shown');
    const label = status.shadowRoot!.querySelector<HTMLElement>('.emergency-label')!;
    expect(label.parentElement!.getBoundingClientRect().right, 'emergency box right edge, px').to.be.at.most(180 - 16 + 0.5);
    expect(el.scrollWidth, 'nothing to scroll sideways').to.equal(el.clientWidth);
    expect(status.shadowRoot!.querySelector('.root')!.getBoundingClientRect().width).to.be.at.most(180 - 32 + 0.5);
  });
});

describe('<clearline-badge> on a phone at 200% zoom', () => {
  it('180 px wide: the badge reserves no more than its header has, before and after its code, so the page does not scroll sideways', async () => {
    // A pension fund's header at 200% zoom: the badge's default reserved width, 15em (270 px at its font
    // size), was wider than the 180 CSS px screen, so the whole page scrolled sideways (walk-through 2026-12-02).
    await setViewport({ width: 180, height: 640 });
    const el = await fixture<HTMLElement>(html`<header style="margin:0;padding:8px;font-size:18px"><clearline-badge lang="nl" .data=${statusFeed()}></clearline-badge></header>`);
    const badge = el.querySelector('clearline-badge')!;
    await (badge as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(badge.getBoundingClientRect().right, 'badge right edge, px').to.be.at.most(180 - 8 + 0.5);
    expect(badge.shadowRoot!.querySelector('.badge')!.getBoundingClientRect().right, 'its pill, px').to.be.at.most(180 - 8 + 0.5);
    // Wide enough: the usual 15em reserve (no shift when the label changes).
    await setViewport({ width: 800, height: 600 });
    expect(badge.getBoundingClientRect().width).to.be.closeTo(15 * 18, 1);
  });
});

describe('a phone number after a label never breaks in two', () => {
  /** Narrows `host` 2 px at a time from 600 px until `link` takes a second line; returns that width. */
  const narrowUntilWrapped = (host: HTMLElement, link: HTMLElement) => {
    const oneLine = link.getBoundingClientRect().height;
    let width = 600;
    while (width > 120 && link.getBoundingClientRect().height < oneLine * 1.5) {
      width -= 2;
      host.style.width = `${width}px`;
    }
    expect(link.getBoundingClientRect().height, `the link wraps at ${width}px`).to.be.at.least(oneLine * 1.5);
    return width;
  };

  it('an action "… (0800 123 4567)": the number moves down with its brackets, no "(" left at the end of a line', async () => {
    await setViewport({ width: 800, height: 640 });
    const data = statusFeed({ channels: [] });
    data.incidents[0]!.actions = [{ label: { en: 'Hang up and call our fraud line yourself', nl: 'Hang op en bel zelf ons fraudenummer' }, href: 'tel:+318001234567', urgent: true }];
    const status = await fixture<HTMLElement>(html`<clearline-status lang="nl" style="display:block;width:600px" .data=${data}></clearline-status>`);
    await (status as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const link = status.shadowRoot!.querySelector<HTMLElement>('[part~=action] a')!;
    expect(link.textContent).to.equal('Hang op en bel zelf ons fraudenummer (0800 123 4567)');
    const number = link.querySelector<HTMLElement>('.number')!;
    expect(number.textContent).to.equal('(0800 123 4567)');
    const width = narrowUntilWrapped(status, link);
    expect(number.getClientRects().length, `"${number.textContent}" in one piece at ${width}px`).to.equal(1);
  });

  it('<clearline-status>: at the first width where "Klantenservice: 030 123 4567" no longer fits on a line, the whole number moves down', async () => {
    // A pension fund's member service line read "Klantenservice: 030 123" / "4567" on a 360 px phone: an
    // elderly reader can take "030 123" for the whole number. The emergency line was kept whole
    // (nowrap), the ordinary lines and the actions' numbers were not.
    await setViewport({ width: 800, height: 640 });
    const channels = [{ id: 'phone', kind: 'phone' as const, label: { en: 'Member service', nl: 'Klantenservice' }, href: 'tel:+31301234567' }];
    const status = await fixture<HTMLElement>(html`<clearline-status lang="nl" style="display:block;width:600px" .data=${statusFeed({ channels })}></clearline-status>`);
    await (status as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const link = status.shadowRoot!.querySelector<HTMLElement>('[data-channel=phone] a')!;
    const number = link.querySelector<HTMLElement>('.number')!;
    expect(number.textContent).to.equal('030 123 4567');
    const width = narrowUntilWrapped(status, link);
    expect(number.getClientRects().length, `"${number.textContent}" in one piece at ${width}px`).to.equal(1);
    expect(getComputedStyle(number).textDecorationLine, 'underlined like the rest of the link').to.equal('underline');
  });
});
