/**
 * A contact reason marked both urgent (danger) and time-critical (needed soon, no danger): readers treat it as urgent
 * (feed/reasons.ts isTimeCritical), so "Call now" with the emergency line and nothing that makes them wait. The two say
 * different things; the desk is asked to choose. Trial S: an airline's "Mijn vlucht vertrekt binnen 6 uur" is the
 * second, and as urgent it sent travellers to 112 and hid the customer-service line.
 */
import { defineRule, feedOr } from '../rule.js';
import { eachObject, textIn } from '../walk.js';

export const reasonUrgentAndTimeCritical = defineRule('reason-urgent-and-time-critical', 'warning', function* ({ doc }) {
  const found: { id: string; name: (lang: 'en' | 'nl') => string; path: string }[] = [];
  eachObject(doc.contact_reasons, 'contact_reasons', (r, path) => {
    if (r.urgent !== true || r.time_critical !== true) return;
    const id = String(r.id);
    found.push({ id, name: (lang) => textIn(r.label, lang) || id, path });
  });
  for (const { id, name, path } of found) {
    const cmd = (flag: string) => `clearline edit reason --id ${id} ${flag} --feed feed.json`;
    yield {
      path,
      message: {
        en: `the contact reason “${name('en')}” is marked both urgent and needed soon without danger: readers treat it as urgent, with the emergency line under “Call now” and no line with a long wait`,
        nl: `de contactreden “${name('nl')}” is gemarkeerd als dringend én als haast zonder gevaar: lezers krijgen haar als dringend, met het noodnummer onder “Bel nu” en geen lijn met een lange wachttijd`,
      },
      fix: {
        en: `Choose one. Danger or an emergency: ${feedOr(cmd('--urgent'), `choose “Urgent: danger or emergency” at “${name('en')}”`)}. Needed soon but no danger (a departure today, a deadline): ${feedOr(cmd('--time-critical'), `choose “Needed soon, no danger (e.g. today)” at “${name('en')}”`)}.`,
        nl: `Kies er één. Gevaar of een noodgeval: ${feedOr(cmd('--urgent'), `kies “Dringend: gevaar of noodgeval” bij “${name('nl')}”`)}. Snel nodig maar geen gevaar (vertrek vandaag, een termijn): ${feedOr(cmd('--time-critical'), `kies “Haast, geen gevaar (bijv. vandaag nodig)” bij “${name('nl')}”`)}.`,
      },
    };
  }
});
