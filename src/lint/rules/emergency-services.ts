/**
 * A life-in-danger contact reason whose readers are not offered the public emergency number (lint/emergency-services.ts).
 * `clearline new incident --template flood` printed the two commands that fix it, but a desk that works only in the studio
 * was never told: a council's reader who chose "Someone is in danger from the water" got its out-of-hours line under
 * "Call now", not 999. The CLI's fix names the commands; the studio's says where to add the line and tick it.
 */
import { feedLanguages, zoneLanguages } from '../../feed/languages.js';
import type { FeedDraft } from '../../feed/update.js';
import { EMERGENCY_SERVICES_NAME, emergencyServicesGap, newLineCommand, offerCommand } from '../emergency-services.js';
import { defineRule, feedOr } from '../rule.js';
import { eachObject, textIn } from '../walk.js';

export const emergencyServicesMissing = defineRule('emergency-services-missing', 'warning', function* ({ doc, timeZone }) {
  const zone = typeof doc.time_zone === 'string' ? doc.time_zone : timeZone;
  const gap = emergencyServicesGap(doc, zone);
  if (!gap) return;
  const { number, line } = gap;
  // Lint does not know the file: reportFindings names it in place of feed.json.
  const on = ' --feed feed.json';
  const add = newLineCommand(gap, feedLanguages(doc as unknown as FeedDraft, zoneLanguages(zone)), on)[0];
  const lineName = (lang: 'en' | 'nl') => (line ? textIn(line.label, lang) || gap.id : EMERGENCY_SERVICES_NAME[lang]);
  // The public lines (NHS 111) such a reason is offered, by name: "only your own lines" was not what a hospital's readers got.
  const publicNames = (lang: 'en' | 'nl') => gap.publicLines.map((id) => {
    let said = id;
    eachObject(doc.channels, 'channels', (c) => { if (c.id === id) said = textIn(c.label, lang) || id; });
    return said;
  });
  for (const { reason, path } of gap.reasons) {
    const others = (lang: 'en' | 'nl') => (!Array.isArray(reason.channels) && gap.publicLines.length ? `${lang === 'nl' ? 'van de noodnummers alleen' : 'of the emergency lines only'} ${publicNames(lang).join(', ')}` : '');
    const name = (lang: 'en' | 'nl') => textIn(reason.label, lang) || String(reason.id);
    // Ticking only the new line would take NHS 111 away from a reason that ticked none (it was offered every emergency line).
    const also = (lang: 'en' | 'nl') => (!Array.isArray(reason.channels) && gap.publicLines.length ? ` ${lang === 'nl' ? 'en' : 'and'} ${publicNames(lang).map((n) => `“${n}”`).join(', ')}` : '');
    const offer = offerCommand(gap, reason, on);
    yield {
      path,
      message: {
        en: `readers who choose “${name('en')}” are not offered ${number} under “Call now”, ${others('en') || 'only your own lines'}`,
        nl: `wie “${name('nl')}” kiest, krijgt onder “Bel nu” geen ${number}, ${others('nl') || 'alleen uw eigen lijnen'}`,
      },
      fix: add
        ? {
            en: `Add the emergency services as a line of their own and offer it for this reason: ${feedOr(`${add}, then ${offer}`, `Add channel, Phone line, name “${lineName('en')}”, link ${number}, tick “Emergency line”; then tick it${also('en')} under “Channels for ${name('en')}”`)}.`,
            nl: `Zet het alarmnummer erbij als eigen lijn en bied het aan bij deze reden: ${feedOr(`${add}, daarna ${offer}`, `Kanaal toevoegen, Telefoonlijn, naam “${lineName('nl')}”, link ${number}, vink “Noodnummer” aan; vink het daarna${also('nl')} aan onder “Kanalen voor ${name('nl')}”`)}.`,
          }
        : {
            en: `Offer “${lineName('en')}” for this reason: ${feedOr(offer, `tick it under “Channels for ${name('en')}”`)}.`,
            nl: `Bied “${lineName('nl')}” aan bij deze reden: ${feedOr(offer, `vink het aan onder “Kanalen voor ${name('nl')}”`)}.`,
          },
    };
  }
});
