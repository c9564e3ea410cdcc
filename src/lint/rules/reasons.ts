/**
 * Rules for contact reasons (`contact_reasons`): a reason must point at channels and FAQ entries
 * that exist, and a crisis with channels should offer reasons, so readers are led to the right one.
 * The FAQ is its own document: its entry ids are checked only when lint is given it (`faq` option).
 */
import { defineRule } from '../rule.js';
import { eachObject, openIncidentsOf } from '../walk.js';

/** Each id a reason names in `key`, with its path, that is not in `known`. */
function unknownIds(reasons: unknown, key: 'channels' | 'faq', known: ReadonlySet<string>) {
  const found: { path: string; id: string; reason: string }[] = [];
  eachObject(reasons, 'contact_reasons', (r, path) => {
    const ids = r[key];
    if (!Array.isArray(ids)) return;
    ids.forEach((id, i) => typeof id === 'string' && !known.has(id) && found.push({ path: `${path}/${key}/${i}`, id, reason: String(r.id) }));
  });
  return found;
}

const channelIds = (channels: unknown) => {
  const ids = new Set<string>();
  eachObject(channels, 'channels', (c) => typeof c.id === 'string' && ids.add(c.id));
  return ids;
};

export const reasonChannelUnknown = defineRule('reason-channel-unknown', 'error', function* ({ doc }) {
  const known = channelIds(doc.channels);
  for (const { path, id, reason } of unknownIds(doc.contact_reasons, 'channels', known)) {
    yield {
      path,
      message: {
        en: `the contact reason "${reason}" offers the channel "${id}", which is not in channels`,
        nl: `de contactreden "${reason}" biedt het kanaal "${id}" aan, maar dat kanaal bestaat niet`,
      },
      fix: known.size
        ? { en: `Use one of the channel ids (${[...known].join(', ')}), or add a channel with the id "${id}".`, nl: `Kies een van de bestaande kanalen (${[...known].join(', ')}) of voeg een kanaal "${id}" toe.` }
        : { en: `Add a channel with the id "${id}" to channels, or remove it from the reason.`, nl: `Voeg een kanaal "${id}" toe of haal het weg bij deze contactreden.` },
    };
  }
});

export const reasonEntryUnknown = defineRule('reason-entry-unknown', 'error', function* ({ doc, faqIds }) {
  if (!faqIds) return;
  for (const { path, id, reason } of unknownIds(doc.contact_reasons, 'faq', faqIds)) {
    yield {
      path,
      message: {
        en: `the contact reason "${reason}" points to the FAQ answer "${id}", which is not in the FAQ`,
        nl: `de contactreden "${reason}" verwijst naar het antwoord "${id}", maar dat staat niet in de veelgestelde vragen`,
      },
      fix: {
        en: `Use the id of an entry in the FAQ document, or add an entry with the id "${id}" to the FAQ.`,
        nl: `Verwijs naar een antwoord dat in de veelgestelde vragen staat, of voeg het antwoord "${id}" daar toe.`,
      },
    };
  }
});

export const contactReasonsMissing = defineRule('contact-reasons-missing', 'warning', function* ({ doc }) {
  const reasons = Array.isArray(doc.contact_reasons) ? doc.contact_reasons : [];
  if (reasons.length || !channelIds(doc.channels).size || !openIncidentsOf(doc).length) return;
  yield {
    path: 'contact_reasons',
    message: {
      en: 'there is an open incident and there are contact channels, but no contact reasons',
      nl: 'er is een storing en er zijn contactkanalen, maar geen contactredenen',
    },
    fix: {
      en: 'Add "contact_reasons" (e.g. "No power", "My bill", an urgent one for emergencies), so readers find the right answer or channel without calling first.',
      nl: 'Geef contactredenen op (bijv. “Geen stroom”, “Mijn rekening”, en een dringende voor noodgevallen), zodat mensen het juiste antwoord of kanaal vinden zonder eerst te bellen.',
    },
  };
});

/** The ids of the feed's emergency lines. */
const emergencyIds = (channels: unknown) => {
  const ids: string[] = [];
  eachObject(channels, 'channels', (c) => c.emergency === true && typeof c.id === 'string' && ids.push(c.id));
  return ids;
};

/**
 * An urgent reason offers the emergency lines it names, or, naming none, every one of them (feed/reasons.ts).
 * With two or more ("gas leak", "fraud"), a reader who chose "I smell gas" would get the fraud line too.
 */
export const reasonEmergencyUnnamed = defineRule('reason-emergency-unnamed', 'warning', function* ({ doc }) {
  const lines = emergencyIds(doc.channels);
  if (lines.length < 2) return;
  const found: { path: string; id: string }[] = [];
  eachObject(doc.contact_reasons, 'contact_reasons', (r, path) => {
    if (r.urgent !== true || (Array.isArray(r.channels) && r.channels.some((id) => lines.includes(id as string)))) return;
    found.push({ path: Array.isArray(r.channels) ? `${path}/channels` : path, id: String(r.id) });
  });
  for (const { path, id } of found) {
    yield {
      path,
      message: {
        en: `the urgent contact reason "${id}" names none of the emergency lines, so readers who choose it are offered all of them (${lines.join(', ')})`,
        nl: `de dringende contactreden "${id}" noemt geen van de noodlijnen, dus wie hem kiest krijgt ze allemaal (${lines.join(', ')})`,
      },
      fix: {
        en: `Add the emergency line that helps with this reason to its "channels" in feed.json, e.g. "channels": ["${lines[0]}"].`,
        nl: `Zet de noodlijn die bij deze reden hoort in zijn "channels" in feed.json, bijv. "channels": ["${lines[0]}"].`,
      },
    };
  }
});
