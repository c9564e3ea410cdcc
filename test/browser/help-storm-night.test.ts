// Trial R: a Dutch grid operator's storm night (power cut in Etten-Leur and Zundert, a gas smell in one street), read in
// the help launcher on a phone at 05:15.
// - Finding 1: a first visit while the feed host was down (or the feed forged), on a page with the README's embed (no
//   slot="fallback"): "Hebt u ons nog nodig?" ended on an empty screen, no number at all.
// - Finding 3: "Wanneer heb ik weer stroom?" gave the FAQ's general answers, but not the estimate the incident held
//   ("tussen 10:00 en 14:00"), which the reader had scrolled past on the first screen.
// - Finding 4: "Iemand met medische apparatuur thuis zit zonder stroom" (its lines: the 24/7 medical line, then 112) said
//   "Bel nu: Levensgevaar? Bel 112" first and offered the medical line at the bottom.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/help/help.js';
import type { ClearlineHelp } from '../../src/components/help/help.js';
import { reasonChannels } from '../../src/feed/reasons.js';
import type { Channel, FaqEntry, StatusPayload } from '../../src/feed/schema.js';
import { b64, keygen, outcome, serve, sign, unb64 } from './helpers.js';

const NOW = Date.parse('2026-12-12T04:15:00Z'); // Saturday 05:15 in Amsterdam: customer service is closed
const realNow = Date.now;
before(() => (Date.now = () => NOW));
after(() => (Date.now = realNow));
beforeEach(() => localStorage.clear());

const at = (min: number) => new Date(NOW + min * 60_000).toISOString().replace('.000Z', 'Z');
const nl = (nl: string, en: string) => ({ nl, en });

const CHANNELS: Channel[] = [
  { id: '112', kind: 'phone', label: nl('Levensgevaar? Bel 112', 'Life in danger? Call 112'), href: 'tel:112', emergency: true },
  { id: 'gas', kind: 'phone', label: nl('Ruikt u gas? Bel direct', 'Smell gas? Call now'), href: 'tel:+318009009', opening_hours: '24/7', emergency: true },
  { id: 'kaart', kind: 'web', label: nl('Storingskaart', 'Outage map'), href: 'https://www.netbeheer.example/storingen' },
  { id: 'klantenservice', kind: 'phone', label: nl('Klantenservice', 'Customer service'), href: 'tel:+31881234000', opening_hours: 'Mo-Fr 08:00-18:00' },
  { id: 'medisch', kind: 'phone', label: nl('Lijn medische apparatuur thuis', 'Medical equipment line'), href: 'tel:+31881234999', opening_hours: '24/7' },
];

const ENTRIES: FaqEntry[] = [
  { id: 'wanneer-terug', question: nl('Wanneer is de stroom terug?', 'When is power back?'), answer: nl('Op de storingskaart ziet u de verwachte hersteltijd zodra wij die weten.', 'The outage map shows the expected time once we know it.') },
  { id: 'medisch', question: nl('Ik heb medische apparatuur thuis', 'I have medical equipment at home'), answer: nl('Gebruik de accu en bel onze lijn.', 'Use the battery and call our line.') },
];

function stormFeed(): StatusPayload {
  return {
    type: 'status', version: 1, feed_id: 'netbeheer', seq: 7, issued_at: at(-4), expires_at: at(180), time_zone: 'Europe/Amsterdam',
    publisher: { name: 'Netbeheer Zuidwest', url: 'https://www.netbeheer.example' },
    channels: CHANNELS,
    contact_reasons: [
      { id: 'gaslucht', label: nl('Ik ruik gas', 'I smell gas'), urgent: true, channels: ['gas', '112'] },
      { id: 'medische-apparatuur', label: nl('Iemand met medische apparatuur thuis zit zonder stroom', 'Someone on medical equipment at home has no power'), urgent: true, faq: ['medisch'], channels: ['medisch', '112'] },
      { id: 'wanneer-stroom-terug', label: nl('Wanneer heb ik weer stroom?', 'When will my power be back?'), faq: ['wanneer-terug'], channels: ['kaart', 'klantenservice'] },
    ],
    incidents: [{
      id: 'stroom', title: nl('Stroomstoring Etten-Leur en Zundert door storm', 'Power cut in Etten-Leur and Zundert after storm'), severity: 'major', phase: 'identified',
      started_at: at(-215), updated_at: at(-5), next_update_at: at(115),
      known: nl('In Roosendaal heeft iedereen weer stroom.\n\nIn de Molenstraat ruikt het naar gas.', 'Everyone in Roosendaal has power again.\n\nThere is a smell of gas in Molenstraat.'),
      unknown: nl('We verwachten dat Etten-Leur en Zundert tussen 10:00 en 14:00 weer stroom hebben.', 'We expect Etten-Leur and Zundert to have power again between 10:00 and 14:00.'),
      actions: [
        { label: nl('Gebruik de accu en bel onze lijn medische apparatuur: 088 123 4999.', 'Use the battery and call our medical equipment line: 088 123 4999.'), href: 'tel:+31881234999', who: nl('U gebruikt thuis medische apparatuur', 'You use medical equipment at home'), urgent: true },
        { label: nl('Zet apparaten uit die vanzelf weer aangaan', 'Switch off appliances that come back on by themselves') },
      ],
    }],
  };
}

const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function panel(lang: string, reason: string, feed = stormFeed()) {
  const el = await fixture<ClearlineHelp>(html`<clearline-help lang=${lang} .data=${feed} .entries=${ENTRIES}></clearline-help>`);
  const root = el.shadowRoot!;
  await el.show();
  await waitUntil(() => root.querySelector('[part~=still-need-us]'), 'the first screen');
  root.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>(`button.reason[data-reason="${reason}"]`)!.click();
  await el.updateComplete;
  return root.querySelector<HTMLElement>('[part~=reason-panel]')!;
}

describe('trial R, finding 1: "Still need us?" never ends on an empty screen when no verified status can be shown', () => {
  let key: Awaited<ReturnType<typeof keygen>>;
  before(async () => (key = await keygen()));
  afterEach(() => document.querySelectorAll('clearline-help').forEach((e) => e.remove()));

  async function firstVisit(src: string, slot = '') {
    const el = document.createElement('clearline-help');
    el.lang = 'nl';
    el.setAttribute('src', src);
    el.setAttribute('public-key', JSON.stringify(key.publicJwk));
    el.setAttribute('feed-id', 'netbeheer');
    el.innerHTML = slot;
    const done = outcome(el);
    document.body.append(el);
    const event = await done;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'dialog opens');
    await el.updateComplete;
    return { el, code: event.detail.code as string };
  }
  const forged = async () => {
    const env = await sign(stormFeed(), [key]);
    return JSON.stringify({ ...env, payload: b64(unb64(env.payload).replace('Zundert', 'Zunderd')) });
  };
  /** What the fallback slot shows (its own content when the page gave none), as a reader sees it. */
  const fallbackText = (el: HTMLElement) => {
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=fallback]');
    if (!slot) return '';
    const given = slot.assignedElements();
    return (given.length ? given : [...slot.children]).filter((e) => (e as HTMLElement).checkVisibility()).map(text).join(' ');
  };

  for (const [name, src, code] of [
    ['the feed host down', async () => 'http://127.0.0.1:9/feed.jws.json', 'network'],
    ['a forged feed', async () => serve(await forged()), 'signature'],
  ] as const) {
    it(`${name}, a page without slot="fallback" (the README's embed): our words on both screens, with 112`, async () => {
      const { el, code: got } = await firstVisit(await src());
      expect(got).to.equal(code);
      expect(text(el.shadowRoot!.querySelector('[part~=notice]'))).to.contain('Status onbekend.');
      expect(fallbackText(el), 'the first screen').to.equal('Probeer het over een paar minuten opnieuw. Levensgevaar? Bel 112.');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.contact-view'), 'on "Still need us?"').not.to.equal(null);
      expect(fallbackText(el), '"Still need us?"').to.equal('Probeer het over een paar minuten opnieuw. Levensgevaar? Bel 112.');
    });
  }

  it('the site\'s own words, when given, instead of ours', async () => {
    const { el } = await firstVisit('http://127.0.0.1:9/feed.jws.json', '<p slot="fallback" hidden>Gaslucht? Bel 0800-9009. Levensgevaar: 112.</p>');
    expect(fallbackText(el)).to.equal('Gaslucht? Bel 0800-9009. Levensgevaar: 112.');
    const ours = el.shadowRoot!.querySelector('slot[name=fallback] > span') as HTMLElement;
    expect(ours.checkVisibility(), 'ours out of sight').to.equal(false);
  });

  it('while the status is still loading, "Still need us?" says so (a slow host on a storm night)', async () => {
    const realFetch = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    try {
      const el = await fixture<ClearlineHelp>(html`<clearline-help lang="nl" src="https://slow.example/feed.jws.json" public-key=${JSON.stringify(key.publicJwk)} feed-id="netbeheer"></clearline-help>`);
      await el.show();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=still-need-us]')!.click();
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('.contact-view'))).to.equal('De huidige status wordt geladen…');
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('trial R, finding 3: a reason that can wait, during a disruption, says what we know and don\'t know yet', () => {
  it('nl: "Wanneer heb ik weer stroom?" gives the estimate above the general answers, then actions, next update, lines', async () => {
    const p = await panel('nl', 'wanneer-stroom-terug');
    const about = p.querySelector('[data-group=incident]');
    expect([...about!.querySelectorAll('h4')].map(text)).to.deep.equal(['Wat we weten', 'Wat we nog niet weten']);
    expect(text(about)).to.contain('We verwachten dat Etten-Leur en Zundert tussen 10:00 en 14:00 weer stroom hebben.');
    expect(text(about), 'the first block, as on the first screen').to.contain('In Roosendaal heeft iedereen weer stroom.');
    expect(text(about)).not.to.contain('Molenstraat');
    const groups = [...p.querySelectorAll<HTMLElement>('.group')].map((g) => g.dataset.group);
    expect(groups).to.deep.equal(['incident', 'answers', 'actions', 'channels']);
    expect(p.querySelector('[part~=next-update]'), 'when the next update comes').not.to.equal(null);
  });

  it('en, with a second incident open: the lead one, named', async () => {
    const feed = stormFeed();
    feed.incidents.push({ ...feed.incidents[0]!, id: 'app', severity: 'minor', title: nl('App werkt niet', 'App down'), known: nl('De app is traag.', 'The app is slow.'), unknown: nl('Wanneer.', 'When.'), actions: [] });
    const about = (await panel('en', 'wanneer-stroom-terug', feed)).querySelector('[data-group=incident]');
    expect(text(about)).to.match(/^Power cut in Etten-Leur and Zundert after storm ?What we know Everyone in Roosendaal has power again\. What we don't know yet We expect .+ between 10:00 and 14:00\.$/);
  });

  it('not under an urgent reason (act now first, kept short), nor when nothing is going on', async () => {
    expect((await panel('nl', 'medische-apparatuur')).querySelector('[data-group=incident]')).to.equal(null);
    const calm = await panel('nl', 'wanneer-stroom-terug', { ...stormFeed(), incidents: [] });
    expect(calm.querySelector('[data-group=answers]'), 'the panel is there').not.to.equal(null);
    expect(calm.querySelector('[data-group=incident]')).to.equal(null);
  });
});

describe('trial R, finding 4: an urgent reason offers the lines it names before its emergency line first, in its order, though not marked as emergency lines', () => {
  const ids = (p: HTMLElement, group: string) => [...p.querySelectorAll<HTMLElement>(`[data-group=${group}] [part~=channel]`)].map((c) => c.dataset.channel);

  it('"Iemand met medische apparatuur thuis zit zonder stroom": "Bel nu" the medical line, then 112; then act now', async () => {
    const p = await panel('nl', 'medische-apparatuur');
    expect(ids(p, 'emergency')).to.deep.equal(['medisch', '112']);
    expect(text(p.querySelector('[data-group=emergency] a'))).to.contain('Lijn medische apparatuur thuis');
    expect(p.querySelector('[data-group=channels]'), 'not again at the bottom').to.equal(null);
    const groups = [...p.querySelectorAll<HTMLElement>('.group')].map((g) => g.dataset.group);
    expect(groups).to.deep.equal(['emergency', 'actions', 'answers']);
  });

  it('"Ik ruik gas" as before: the gas line, then 112', async () => {
    expect(ids(await panel('en', 'gaslucht'), 'emergency')).to.deep.equal(['gas', '112']);
  });

  it('the order readers get, also in the FAQ\'s "no" panel and the studio\'s preview', () => {
    const feed = stormFeed();
    const reason = (id: string) => feed.contact_reasons!.find((r) => r.id === id)!;
    expect(reasonChannels(feed, reason('medische-apparatuur')).map((c) => c.id)).to.deep.equal(['medisch', '112']);
    // A line named after the emergency lines stays below them, as before.
    expect(reasonChannels(feed, { ...reason('medische-apparatuur'), channels: ['112', 'medisch'] }).map((c) => c.id)).to.deep.equal(['112', 'medisch']);
    // Naming no emergency line at all, its own line comes first, then the feed's emergency lines (trial S: an airline's
    // "I am stuck abroad tonight" got "Call now: 112" above its 24/7 stranded line; before, this gave 112, gas, medisch).
    expect(reasonChannels(feed, { ...reason('medische-apparatuur'), channels: ['medisch'] }).map((c) => c.id)).to.deep.equal(['medisch', '112', 'gas']);
  });
});
