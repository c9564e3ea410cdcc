import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/badge/badge.js';
import '../../src/components/banner/banner.js';
import '../../src/components/faq/faq.js';
import '../../src/components/help/help.js';
import '../../src/components/status/status.js';
import type { ClearlineBadge } from '../../src/components/badge/badge.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import type { ClearlineFaq } from '../../src/components/faq/faq.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import { HELP_ENTRIES, helpFeed } from './help-fixtures.js';
import { keygen, statusFeed } from './helpers.js';

// Windows High Contrast (forced colors): the system replaces every colour of ours with its own few,
// so whatever a colour alone said is gone. Emulated with the 'forced-colors' server command
// (web-test-runner.config.js).

/** What is left of a control's look once its colours are forced: border widths and styles, weight, and the forced colours. */
function look(el: Element): string {
  const s = getComputedStyle(el);
  return ['Top', 'Right', 'Bottom', 'Left'].map((side) => `${s.getPropertyValue(`border-${side.toLowerCase()}-width`)} ${s.getPropertyValue(`border-${side.toLowerCase()}-style`)} ${s.getPropertyValue(`border-${side.toLowerCase()}-color`)}`).concat(s.fontWeight, s.color, s.backgroundColor).join(' | ');
}

describe('forced colors (Windows High Contrast)', () => {
  before(() => executeServerCommand('forced-colors', true));
  after(() => executeServerCommand('forced-colors', false));

  it('the emulation is on', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  // Trial I: the launcher's text and border were Canvas, the page's own colour: a white pill with white words on a white page.
  it('<clearline-help>: the Help button is visible, its words and border in the button colours, the dot in a colour of its own', async () => {
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${helpFeed()} .entries=${HELP_ENTRIES}></clearline-help>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=marker]'), 'dot shown');
    const button = getComputedStyle(el.shadowRoot!.querySelector('button.launcher')!);
    const page = getComputedStyle(document.body);
    expect(button.color, 'words').not.to.equal(button.backgroundColor);
    expect(button.borderTopColor, 'border').not.to.equal(page.backgroundColor === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : page.backgroundColor);
    expect(button.borderTopColor).to.equal(button.color);
    const dot = getComputedStyle(el.shadowRoot!.querySelector('[part~=marker]')!);
    expect(dot.backgroundColor, 'the dot').not.to.equal(button.backgroundColor);
  });

  it('<clearline-help>: the urgent contact reason ("I smell gas") still stands out from the others', async () => {
    // It was set apart by a red border alone; in forced colors it looked like every other reason.
    const el = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${helpFeed()} .entries=${HELP_ENTRIES}></clearline-help>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=still-need-us]'), 'dialog open');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
    await el.updateComplete;
    (el.shadowRoot!.activeElement as HTMLElement | null)?.blur(); // focus goes to the first reason; compare them at rest
    const reasons = [...el.shadowRoot!.querySelectorAll('button.reason')];
    const urgent = reasons.find((b) => b.classList.contains('urgent'))!;
    const other = reasons.find((b) => !b.classList.contains('urgent'))!;
    expect(urgent.textContent).to.equal('I smell gas');
    expect(look(urgent), 'urgent and ordinary reason look the same').to.not.equal(look(other));
    el.shadowRoot!.querySelector('dialog')!.close();
  });

  it('<clearline-faq>: an urgent contact reason (after "no" to "Did this answer your question?") still stands out', async () => {
    // The FAQ draws its reasons with its own styles; probed with two buttons in its shadow root.
    const el = await fixture<ClearlineFaq>(html`<clearline-faq lang="en" .entries=${HELP_ENTRIES}></clearline-faq>`);
    const probe = document.createElement('div');
    probe.innerHTML = '<ul class="reasons"><li><button class="reason urgent">urgent</button></li><li><button class="reason">other</button></li></ul>';
    el.shadowRoot!.append(probe);
    const [urgent, other] = probe.querySelectorAll('button');
    expect(look(urgent), 'urgent and ordinary reason look the same').to.not.equal(look(other));
  });

  it('the banner\'s dismiss button and the help dialog\'s close button keep an edge (both have no border, so only the × was left)', async () => {
    const banner = await fixture<ClearlineBanner>(html`<clearline-banner lang="en" placement="inline" .data=${helpFeed()}></clearline-banner>`);
    await waitUntil(() => banner.shadowRoot!.querySelector('button'), 'dismiss button');
    const dismiss = getComputedStyle(banner.shadowRoot!.querySelector('button')!);
    expect(`${dismiss.outlineStyle} ${dismiss.outlineWidth}`).to.equal('solid 1px');
    expect(dismiss.outlineColor, 'forced to a system colour, not transparent').to.not.equal('rgba(0, 0, 0, 0)');
    const help = await fixture<ClearlineHelp>(html`<clearline-help lang="en" .data=${helpFeed()} .entries=${HELP_ENTRIES}></clearline-help>`);
    help.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
    await waitUntil(() => help.shadowRoot!.querySelector('.close'), 'dialog open');
    (help.shadowRoot!.activeElement as HTMLElement | null)?.blur();
    const close = getComputedStyle(help.shadowRoot!.querySelector('.close')!);
    expect(`${close.outlineStyle} ${close.outlineWidth}`).to.equal('solid 1px');
    help.shadowRoot!.querySelector('dialog')!.close();
  });

  it('<clearline-badge>: the icon takes the badge\'s forced text colour, as the banner\'s and the status page\'s icons do', async () => {
    // The badge set its icon's own colour (orange, red, green) on the <svg>, which forced colors leave alone
    // (Chromium preserves an SVG's colour): a red octagon or green circle on a black-and-white badge.
    for (const [data, href] of [[statusFeed(), 'https://example.com/status'], [statusFeed(), ''], [statusFeed({ incidents: [] }), 'https://example.com/status']] as const) {
      const el = await fixture<ClearlineBadge>(html`<clearline-badge lang="en" href=${href} .data=${data}></clearline-badge>`);
      const badge = el.shadowRoot!.querySelector('.badge')!;
      const icon = badge.querySelector('svg.icon')!;
      expect(getComputedStyle(icon).color, `${el.state} badge${href ? ' (a link)' : ''}: icon colour`).to.equal(getComputedStyle(badge).color);
    }
  });

  it('the "!" in the major and critical icons is drawn in the system\'s Canvas on the CanvasText shape, whatever theme or surface the site set', async () => {
    // It was drawn in the element's own surface colour: on a site with theme="light" or its own
    // --clearline-surface under a dark high-contrast theme, the "!" had the shape's colour and vanished.
    const probe = document.createElement('div');
    probe.style.color = 'Canvas';
    document.body.append(probe);
    const canvas = getComputedStyle(probe).color;
    probe.remove();
    for (const severity of ['major', 'critical'] as const) {
      const data = statusFeed();
      data.incidents[0].severity = severity;
      const el = await fixture<ClearlineBadge>(html`<clearline-badge lang="en" theme="light" style="--clearline-surface: #101010" .data=${data}></clearline-badge>`);
      const icon = el.shadowRoot!.querySelector('svg.icon')!;
      const mark = icon.querySelector('path[stroke]')!;
      expect(getComputedStyle(mark).stroke, `${severity}: the "!"`).to.equal(canvas);
      expect(getComputedStyle(mark).stroke, `${severity}: "!" and shape differ`).to.not.equal(getComputedStyle(icon).color);
    }
  });

  it('<clearline-status> while loading: the placeholder bars keep an edge (their grey fill is forced away)', async () => {
    // The skeleton's bars are drawn by their fill alone; forced colors paint it as the background,
    // so the loading card was an empty box.
    const key = await keygen();
    const el = await fixture(html`<clearline-status src="/never-answers" public-key=${JSON.stringify(key.publicJwk)}></clearline-status>`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const bars = [...el.shadowRoot!.querySelectorAll('.skeleton .bar')];
    expect(bars.length, 'skeleton shown').to.be.greaterThan(0);
    for (const bar of bars) {
      const s = getComputedStyle(bar);
      expect(`${s.outlineStyle} ${s.outlineWidth}`).to.equal('solid 1px');
      expect(s.outlineColor, 'forced to a system colour, not transparent').to.not.equal('rgba(0, 0, 0, 0)');
    }
  });

  it('<clearline-help>: the open incident says its severity in words (it was told by the colour of its edge alone)', async () => {
    for (const [severity, en, nl] of [['critical', 'Critical disruption', 'Ernstige hinder'], ['minor', 'Minor disruption', 'Kleine hinder']] as const) {
      const data = helpFeed();
      data.incidents![0]!.severity = severity;
      for (const [lang, words] of [['en', en], ['nl', nl]] as const) {
        const el = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${data} .entries=${HELP_ENTRIES}></clearline-help>`);
        el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part~=incident]'), 'dialog open');
        const incident = el.shadowRoot!.querySelector<HTMLElement>('[part~=incident]')!;
        expect(incident.innerText.split('\n'), `${severity}, ${lang}`).to.include(words);
        el.shadowRoot!.querySelector('dialog')!.close();
      }
    }
  });
});
