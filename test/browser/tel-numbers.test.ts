// Phone numbers in the reader elements, written as people in the number's country write them: the
// same text logic as every export (formatTel). A British council's lines were grouped in threes
// ("+44 163 296 0123", splitting the area code 01632) while its e-mail said "+44 1632 960123".
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/status/status.js';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import type { Channel } from '../../src/feed/schema.js';
import { statusFeed } from './helpers.js';

const CHANNELS: Channel[] = [
  { id: 'flood', kind: 'phone', label: 'Flooding out of hours', href: 'tel:+441632960123', emergency: true },
  { id: 'centre', kind: 'phone', label: 'Contact centre', href: 'tel:+443001234567' },
  { id: 'london', kind: 'phone', label: 'London office', href: 'tel:+442079460018' },
  { id: 'gas', kind: 'phone', label: 'Gaslek-lijn', href: 'tel:+318009009' },
];
const numbers = (root: ShadowRoot) => [...root.querySelectorAll('[part~=channel] .number')].map((n) => n.textContent);

describe('phone numbers in the elements', () => {
  for (const lang of ['en-GB', 'en', 'nl']) {
    it(`British numbers grouped the British way, Dutch ones as before (${lang})`, async () => {
      const dutch = lang === 'nl' ? '0800 9009' : '+31 800 9009';
      // A British page dials British numbers from home (as a Dutch page Dutch ones); a reader anywhere gets the + form.
      const want = lang === 'en-GB' ? ['01632 960123', '0300 123 4567', '020 7946 0018', dutch] : ['+44 1632 960123', '+44 300 123 4567', '+44 20 7946 0018', dutch];
      const status = await fixture<HTMLElement>(html`<clearline-status lang=${lang} .data=${statusFeed({ channels: CHANNELS })}></clearline-status>`);
      expect(numbers(status.shadowRoot!)).to.deep.equal(want);
      const help = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${statusFeed({ channels: CHANNELS })} .entries=${[]}></clearline-help>`);
      help.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
      await help.updateComplete;
      help.shadowRoot!.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
      await help.updateComplete;
      expect(numbers(help.shadowRoot!)).to.deep.equal(want);
    });
  }
});

describe('an action label that already says its number', () => {
  const feed = () => {
    const f = statusFeed();
    f.incidents[0]!.actions = [
      { label: 'Bel 0800-9009', href: 'tel:+31 800 9009', urgent: true },
      { label: 'Bel 0800-9009', href: 'tel:0031 800 9009', urgent: true },
      { label: 'Bel +31 800 9009', href: 'tel:+318009009', urgent: true },
      { label: 'Bel 0800-1111', href: 'tel:+31 800 9009', urgent: true },
    ];
    return f;
  };
  const links = async (lang: string) => {
    const el = await fixture<HTMLElement>(html`<clearline-status lang=${lang} .data=${feed()}></clearline-status>`);
    return [...el.shadowRoot!.querySelectorAll('[part~=action] a')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
  };

  it('a Dutch reader does not get it again in another form (digits compared, +31 and 0031 as 0)', async () => {
    expect(await links('nl')).to.deep.equal(['Bel 0800-9009', 'Bel 0800-9009', 'Bel +31 800 9009', 'Bel 0800-1111 (+31 800 9009)']);
  });

  it('a reader abroad still gets the +31 form the link dials; another number is always shown', async () => {
    expect(await links('en')).to.deep.equal(['Bel 0800-9009 (+31 800 9009)', 'Bel 0800-9009 (0031 800 9009)', 'Bel +31 800 9009', 'Bel 0800-1111 (+31 800 9009)']);
  });
});

describe('a British line whose name says its number as dialled at home', () => {
  // A UK payment provider's urgent line "Big event today? Call 0800 123 4567" got "+44 800 123 4567" after it on its en-GB page.
  const channels: Channel[] = [{ id: 'urgent', kind: 'phone', label: 'Big event today? Call 0800 123 4567', href: 'tel:+448001234567', emergency: true }];
  it('an en-GB page shows the number once; an English reader abroad (en) still gets the +44 form', async () => {
    const gb = await fixture<HTMLElement>(html`<clearline-status lang="en-GB" .data=${statusFeed({ channels })}></clearline-status>`);
    expect(numbers(gb.shadowRoot!)).to.deep.equal([]);
    const abroad = await fixture<HTMLElement>(html`<clearline-status lang="en" .data=${statusFeed({ channels })}></clearline-status>`);
    expect(numbers(abroad.shadowRoot!)).to.deep.equal(['+44 800 123 4567']);
  });
});

describe('a Belgian school\'s numbers on a phone', () => {
  // A Flemish school group's status page at 360 px showed "Directie (gsm): +32 470 123 456" split as "+32 470 12 34" above "56".
  const channels: Channel[] = [
    { id: 'office', kind: 'phone', label: 'Secretariaat', href: 'tel:+3231234567' },
    { id: 'gsm', kind: 'phone', label: 'Directie (gsm)', href: 'tel:+32470123456' },
    { id: 'mail', kind: 'email', label: 'Leerlingenbegeleiding', href: 'mailto:leerlingenbegeleiding-campus-hoboken@scholengroep-schelde.example' },
  ];
  it('grouped as Belgians write them, and a phone number never breaks over two lines (an e-mail address may)', async () => {
    const status = await fixture<HTMLElement>(html`<div style="width: 200px"><clearline-status lang="nl-BE" .data=${statusFeed({ channels })}></clearline-status></div>`);
    const root = status.querySelector('clearline-status')!.shadowRoot!;
    // A Belgian page (nl-BE) dials them from home, as a British page British ones.
    expect(numbers(root).slice(0, 2)).to.deep.equal(['03 123 45 67', '0470 12 34 56']);
    const spans = [...root.querySelectorAll<HTMLElement>('[part~=channel] .number')];
    // Each number on one line, as tall as one line of the link (the number moves down whole: reflow.test.ts).
    for (const span of spans.slice(0, 2)) expect(span.getBoundingClientRect().height).to.be.below(parseFloat(getComputedStyle(span).lineHeight) * 1.5);
  });
});

describe('a line for callers abroad keeps its country code on a page that dials at home', () => {
  // A Dutch airline's status page listed "Vanuit het buitenland: 020 123 4567" to a traveller abroad, where 020 … does
  // not connect; every export already wrote it "+31 20 123 4567" (forAbroad, one rule for the elements and the exports).
  const channels: Channel[] = [
    { id: 'home', kind: 'phone', label: 'Klantenservice', href: 'tel:+31201234567' },
    { id: 'abroad', kind: 'phone', label: 'Vanuit het buitenland', href: 'tel:+31201234567' },
    { id: 'gb', kind: 'phone', label: 'Calling from abroad', href: 'tel:+441134960000' },
  ];
  it('status and help, nl and en-GB: the home line as dialled at home, the abroad line with + and country code', async () => {
    for (const lang of ['nl', 'en-GB']) {
      const home = lang === 'nl' ? '020 123 4567' : '+31 20 123 4567';
      const want = [home, '+31 20 123 4567', '+44 113 496 0000'];
      const status = await fixture<HTMLElement>(html`<clearline-status lang=${lang} .data=${statusFeed({ channels })}></clearline-status>`);
      expect(numbers(status.shadowRoot!), lang).to.deep.equal(want);
      const help = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${statusFeed({ channels })} .entries=${[]}></clearline-help>`);
      help.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
      await help.updateComplete;
      help.shadowRoot!.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
      await help.updateComplete;
      expect(numbers(help.shadowRoot!), `help ${lang}`).to.deep.equal(want);
    }
  });

  it('an action for people abroad (its who says so) shows the + form', async () => {
    const f = statusFeed();
    f.incidents[0]!.actions = [
      { who: 'U bent in het buitenland', label: 'Bel ons', href: 'tel:+31201234567', urgent: true },
      { who: 'U bent thuis', label: 'Bel ons', href: 'tel:+31201234567', urgent: true },
    ];
    const el = await fixture<HTMLElement>(html`<clearline-status lang="nl" .data=${f}></clearline-status>`);
    const links = [...el.shadowRoot!.querySelectorAll('[part~=action] a')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
    expect(links).to.deep.equal(['Bel ons (+31 20 123 4567)', 'Bel ons (020 123 4567)']);
  });
});
