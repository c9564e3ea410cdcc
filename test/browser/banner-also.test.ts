// Trial U, a Belgian bank at 07:46: a DDoS and a wave of fake texts in the bank's name were both open and both major.
// The home page's banner said "Grote storing: Cyberaanval: app en online bankieren werken niet (en nog 1)": the warning
// "don't click, don't call back, give nobody your codes" was hidden behind "(en nog 1)". Now a second incident as severe
// as the first, going on too, is named by its title ("Ook: …"), and so is a major one under a critical one (trial W); a
// less severe one is still counted (banner-more.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/banner/banner.js';
import type { ClearlineBanner } from '../../src/components/banner/banner.js';
import type { Incident } from '../../src/feed/schema.js';
import { iso, MIN, statusFeed } from './helpers.js';

const incident = (id: string, severity: Incident['severity'], nl: string, en: string, updated = -5): Incident => ({
  id,
  title: { nl, en },
  severity,
  phase: 'identified',
  started_at: iso(-60 * MIN),
  updated_at: iso(updated * MIN),
  known: { nl: 'We werken eraan.', en: 'We are working on it.' },
  unknown: { nl: 'Wanneer het is opgelost.', en: 'When it is fixed.' },
  next_update_at: iso(40 * MIN),
});
const ddos = incident('cyberattack', 'major', 'Cyberaanval: app en online bankieren werken niet', 'Cyberattack: app and online banking down', -3);
const phishing = incident('phishing-golf', 'major', "Valse sms'en en telefoontjes uit naam van Scheldebank", "Fake texts and calls in Scheldebank's name", -5);
const slow = incident('slow', 'minor', 'Overschrijvingen komen later aan', 'Transfers arrive later');

async function banner(incidents: Incident[], lang: string, style = '') {
  const data = statusFeed({ feed_id: 'scheldebank', incidents });
  return fixture<ClearlineBanner>(html`<clearline-banner lang=${lang} placement="inline" style=${style} .data=${data}></clearline-banner>`);
}
const link = (el: ClearlineBanner) => el.shadowRoot!.querySelector('[part~=link]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<clearline-banner> with two open incidents as severe', () => {
  afterEach(() => localStorage.clear());

  it('names the second by its title, not "(en nog 1)" (Dutch and English)', async () => {
    expect(link(await banner([ddos, phishing], 'nl'))).to.equal("Cyberaanval: app en online bankieren werken niet. Ook: Valse sms'en en telefoontjes uit naam van Scheldebank");
    expect(link(await banner([ddos, phishing], 'en'))).to.equal("Cyberattack: app and online banking down. Also: Fake texts and calls in Scheldebank's name");
  });

  // Trial W, an Irish gas network: the fraud warning (major) under the gas outage (critical) was only "(and 1 more)"; a
  // customer with a stranger at the door who glances at the home page did not learn of it.
  it('a major second under a critical first is named too; a minor one under a critical first only counted', async () => {
    const gas = incident('gas', 'critical', 'Geen gas in Naas en Newbridge', 'No gas in Naas and Newbridge', -2);
    const scam = incident('scam', 'major', 'Mensen doen zich voor als monteurs van Éirgas', 'People posing as Éirgas engineers');
    expect(link(await banner([gas, scam], 'en'))).to.equal('No gas in Naas and Newbridge. Also: People posing as Éirgas engineers');
    expect(link(await banner([gas, scam], 'nl'))).to.equal('Geen gas in Naas en Newbridge. Ook: Mensen doen zich voor als monteurs van Éirgas');
    expect(link(await banner([gas, slow], 'en'))).to.equal('No gas in Naas and Newbridge (and 1 more)');
  });

  it('a first title that ends in a question mark gets no full stop after it', async () => {
    const asked = { ...ddos, title: { nl: 'App of online bankieren werkt niet?', en: 'App or online banking not working?' } };
    expect(link(await banner([asked, phishing], 'en'))).to.equal("App or online banking not working? Also: Fake texts and calls in Scheldebank's name");
  });

  it('still counts the rest, and a less severe one only by the count', async () => {
    expect(link(await banner([ddos, phishing, slow], 'nl'))).to.equal("Cyberaanval: app en online bankieren werken niet. Ook: Valse sms'en en telefoontjes uit naam van Scheldebank (en nog 1)");
    expect(link(await banner([ddos, slow], 'en'))).to.equal('Cyberattack: app and online banking down (and 1 more)');
  });

  // Trial X: it was cut in the text itself ("uit naam van de…"), so screen readers heard the cut title too. Now the text is
  // whole and the style cuts it, on one line (banner-small-phone.test.ts).
  it('a long second title is whole in the text, on one line on screen; the banner stays a few lines on a phone', async () => {
    const whole = "Valse sms'en, e-mails en telefoontjes uit naam van Scheldebank: klik niet, bel niet terug";
    const el = await banner([ddos, { ...phishing, title: { nl: whole, en: 'x' } }], 'nl', 'display:block;width:360px');
    expect(link(el)).to.equal(`Cyberaanval: app en online bankieren werken niet. Ook: ${whole}`);
    const box = el.shadowRoot!.querySelector('[part~=banner]')!.getBoundingClientRect();
    const line = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.line')!).lineHeight) || 24;
    expect(box.height <= line * 7, `${box.height}px for ${line}px lines`).to.equal(true);
    const cut = el.shadowRoot!.querySelector('.also span')!;
    expect(cut.getBoundingClientRect().height, 'one line').to.be.below(line * 1.5);
  });

  it('after dismissing the first, the second is shown alone', async () => {
    const el = await banner([ddos, phishing], 'en');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~=dismiss]')!.click();
    await el.updateComplete;
    expect(link(el)).to.equal("Fake texts and calls in Scheldebank's name");
  });
});
