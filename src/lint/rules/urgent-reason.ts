/**
 * An urgent contact reason that is not about a life in danger, and names no emergency line, while the feed's only emergency
 * line is the public emergency number: readers who choose it read "Call now: 112" first (feed/reasons.ts offers an urgent
 * reason every emergency line when it names none). A municipality's desk marked "Ik heb met spoed een reisdocument nodig"
 * urgent (it was: a trip abroad, a funeral), then added 112 for its flood reason as lint asked; residents who needed a
 * passport were told "Bel nu Alarmnummer: 112", and lint said nothing. Two or more emergency lines: reason-emergency-unnamed.
 * Only the country's emergency number (999, 112, 911): NHS 111 as a hospital's one emergency line is right for "I need urgent help now".
 */
import { isCountryEmergencyNumber } from '../../feed/dialling.js';
import { isLifeInDanger } from '../emergency-services.js';
import { defineRule, feedOr } from '../rule.js';
import { eachObject, textIn, type Obj } from '../walk.js';

/** Channels an urgent reason offers besides the emergency lines when it names none (feed/reasons.ts): phone and chat. */
const ANSWERS_NOW = new Set(['phone', 'chat']);

export const reasonUrgentEmergencyServices = defineRule('reason-urgent-emergency-services', 'warning', function* ({ doc, timeZone }) {
  const channels: Obj[] = [];
  eachObject(doc.channels, 'channels', (c) => typeof c.id === 'string' && channels.push(c));
  const emergency = channels.filter((c) => c.emergency === true);
  const line = emergency[0];
  if (emergency.length !== 1 || !line || typeof line.href !== 'string' || !isCountryEmergencyNumber(line.href, typeof doc.time_zone === 'string' ? doc.time_zone : timeZone)) return;
  const number = line.href.replace(/^tel:/i, '');
  const found: { r: Obj; path: string }[] = [];
  eachObject(doc.contact_reasons, 'contact_reasons', (r, path) => {
    if (r.urgent !== true || isLifeInDanger(r.label)) return;
    const named = Array.isArray(r.channels) ? r.channels.map(String) : [];
    if (named.includes(String(line.id))) return;
    found.push({ r, path });
  });
  for (const { r, path } of found) {
    const id = String(r.id);
    const name = (lang: 'en' | 'nl') => textIn(r.label, lang) || id;
    const lineName = (lang: 'en' | 'nl') => textIn(line.label, lang) || String(line.id);
    // --channel replaces the list: the lines it offers now stay (named, else the ordinary phone and chat lines).
    const named = Array.isArray(r.channels) ? r.channels.map(String) : channels.filter((c) => c.emergency !== true && ANSWERS_NOW.has(String(c.kind))).map((c) => String(c.id));
    const ids = [String(line.id), ...named.filter((c) => c !== line.id)];
    const keep = `clearline edit reason --id ${id} --channel ${ids.join(',')} --feed feed.json`;
    // The studio ticks the same lines: 112 alone would leave readers only 112, without the desk's own line.
    const byId = new Map(channels.map((c) => [String(c.id), c]));
    const tick = (lang: 'en' | 'nl') => ids.map((c) => `“${textIn(byId.get(c)?.label, lang) || c}”`).join(lang === 'nl' ? ' en ' : ' and ');
    const notUrgent = `clearline edit reason --id ${id} --not-urgent --feed feed.json`;
    // Needed soon, no danger (trial S: an airline's "Mijn vlucht vertrekt binnen 6 uur"): still near the top, with the
    // desk's own lines and their waits, and no emergency number on top (feed/reasons.ts). Offered first: it is what fits.
    const soon = `clearline edit reason --id ${id} --time-critical --feed feed.json`;
    yield {
      path,
      message: {
        en: `readers who choose the urgent contact reason “${name('en')}” are told, under “Call now”, to call ${number} (“${lineName('en')}”)`,
        nl: `wie de dringende contactreden “${name('nl')}” kiest, krijgt onder “Bel nu” het nummer ${number} (“${lineName('nl')}”)`,
      },
      fix: {
        en: `Not a danger but needed soon (a passport needed soon, an appointment today)? Mark it as needed soon: it stays near the top, with your own lines and their waits, without ${number}: ${feedOr(soon, `choose “Needed soon, no danger (e.g. today)” at “${name('en')}”`)}. If it can wait, make it not urgent: ${feedOr(notUrgent, `choose “Can wait” at “${name('en')}”`)}. If ${number} is right for it, say so: ${feedOr(keep, `tick ${tick('en')} under “Channels for ${name('en')}”`)}.`,
        nl: `Geen gevaar, maar wel snel nodig (met spoed een paspoort, een afspraak vandaag)? Markeer de reden dan als haast zonder gevaar: ze blijft bovenaan staan, met uw eigen lijnen en hun wachttijd, zonder ${number}: ${feedOr(soon, `kies “Haast, geen gevaar (bijv. vandaag nodig)” bij “${name('nl')}”`)}. Kan het wachten, maak haar dan niet dringend: ${feedOr(notUrgent, `kies “Kan wachten” bij “${name('nl')}”`)}. Hoort ${number} er wel bij, zeg dat dan: ${feedOr(keep, `vink ${tick('nl')} aan onder “Kanalen voor ${name('nl')}”`)}.`,
      },
    };
  }
});
