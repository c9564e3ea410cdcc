/**
 * Rules for contact reasons (`contact_reasons`): a reason must point at channels and FAQ entries
 * that exist, and a crisis with channels should offer reasons, so readers are led to the right one.
 * The FAQ is its own document: its entry ids are checked only when lint is given it (`faq` option).
 */
import { isEmergencyServiceNumber } from '../../feed/dialling.js';
import { defineRule, feedOr } from '../rule.js';
import { eachObject, openIncidentsOf, textIn, type Obj } from '../walk.js';

/** Each id a reason names in `key`, with its path, that is not in `known`. */
function unknownIds(reasons: unknown, key: 'channels' | 'faq', known: ReadonlySet<string>) {
  const found: { path: string; id: string; reason: string; label: unknown }[] = [];
  eachObject(reasons, 'contact_reasons', (r, path) => {
    const ids = r[key];
    if (!Array.isArray(ids)) return;
    ids.forEach((id, i) => typeof id === 'string' && !known.has(id) && found.push({ path: `${path}/${key}/${i}`, id, reason: String(r.id), label: r.label }));
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
  for (const { path, id, reason, label } of unknownIds(doc.contact_reasons, 'channels', known)) {
    // The studio has no tick for a channel that is not there: only taking the reason out and adding it again clears it.
    const name = (lang: string) => feedOr(`"${reason}"`, `“${textIn(label, lang) || reason}”`);
    const again = { en: 'Remove this contact reason and add it again, ticking the channels it offers.', nl: 'Verwijder deze contactreden en voeg hem opnieuw toe, met een vinkje bij de kanalen die hij aanbiedt.' };
    const feedFix = known.size
      ? { en: `Use one of the channel ids (${[...known].join(', ')}), or add a channel with the id "${id}".`, nl: `Kies een van de bestaande kanalen (${[...known].join(', ')}) of voeg een kanaal "${id}" toe.` }
      : { en: `Add a channel with the id "${id}" to channels, or remove it from the reason.`, nl: `Voeg een kanaal "${id}" toe of haal het weg bij deze contactreden.` };
    yield {
      path,
      message: {
        en: `the contact reason ${name('en')} offers the channel "${id}", which is ${feedOr('not in channels', 'not among the contact channels')}`,
        nl: `de contactreden ${name('nl')} biedt het kanaal "${id}" aan, maar dat kanaal bestaat niet`,
      },
      fix: { en: feedOr(feedFix.en, again.en), nl: feedOr(feedFix.nl, again.nl) },
    };
  }
});

export const reasonEntryUnknown = defineRule('reason-entry-unknown', 'error', function* ({ doc, faqIds }) {
  if (!faqIds) return;
  for (const { path, id, reason, label } of unknownIds(doc.contact_reasons, 'faq', faqIds)) {
    // The studio (given the FAQ) names the reason as the desk sees it and says where to untick (reason-answers.ts).
    const name = (lang: string) => feedOr(`"${reason}"`, `“${textIn(label, lang) || reason}”`);
    yield {
      path,
      message: {
        en: `the contact reason ${name('en')} points to the FAQ answer "${id}", which is not in the FAQ`,
        nl: `de contactreden ${name('nl')} verwijst naar het antwoord "${id}", maar dat staat niet in de veelgestelde vragen`,
      },
      fix: {
        en: feedOr(`Use the id of an entry in the FAQ document, or add an entry with the id "${id}" to the FAQ.`, `Untick it under “FAQ answers for ${textIn(label, 'en') || reason}”, or add the answer "${id}" to the FAQ.`),
        nl: feedOr(`Verwijs naar een antwoord dat in de veelgestelde vragen staat, of voeg het antwoord "${id}" daar toe.`, `Haal het vinkje weg onder “Antwoorden voor ${textIn(label, 'nl') || reason}”, of voeg het antwoord "${id}" toe aan de veelgestelde vragen.`),
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
      nl: 'er is een incident en er zijn contactkanalen, maar geen contactredenen',
    },
    fix: {
      // In words, not the JSON field, as the Dutch: a payment provider had no use for "No power", a school for "My bill". The studio names its button.
      en: `Add contact reasons${feedOr('', ' (Add contact reason)')}: what people contact you about (e.g. "Report a problem", "I need help today"), and an urgent one for emergencies, so readers find the right answer or channel without calling first.`,
      nl: 'Geef contactredenen op (bijv. “Een probleem melden”, “Ik heb vandaag hulp nodig”, en een dringende voor noodgevallen), zodat mensen het juiste antwoord of kanaal vinden zonder eerst te bellen.',
    },
  };
});

/** The feed's emergency lines. */
const emergencyLines = (channels: unknown) => {
  const lines: Obj[] = [];
  eachObject(channels, 'channels', (c) => c.emergency === true && typeof c.id === 'string' && lines.push(c));
  return lines;
};

/** Ids for the CLI ("gas-emergency"), the names readers see at the desk ("Gas emergency or gas smell"). */
const named = (items: Obj[], lang: string) => feedOr(items.map((x) => String(x.id)).join(', '), items.map((x) => textIn(x.label, lang) || String(x.id)).join(', '));

/**
 * Words of three letters or more, lower case, without the commonest ("the", "het", "een", "you"). The readers' own copy is
 * feed/words.ts: imported here, it would go into the chunk every element loads (+180 B gzip for a status-only page).
 */
const STOP = new Set(['the', 'and', 'het', 'een', 'van', 'you', 'are', 'our', 'for', 'met', 'aan', 'die', 'dat', 'bij', 'wat', 'who', 'can', 'not', 'ons']);
const wordsOf = (...values: unknown[]): string[] =>
  values.flatMap((v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).filter((t): t is string => typeof t === 'string') : []))
    .flatMap((t) => t.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !STOP.has(w));

/**
 * The publisher's emergency line whose name or "when to use it" shares the most words with the reason's name: "Iemand zit
 * vast in de lift" and "Liftbedrijf (storingsdienst)" with "Zit u vast in de lift?". Before, the command suggested the first
 * line (the gas number) for it, to be replaced by hand; pasted as it was, readers stuck in a lift got 112 and the gas line.
 */
function likelyLine(reason: Obj, lines: Obj[]): unknown {
  const words = wordsOf(reason.label);
  const scored = lines.map((c) => {
    const own = wordsOf(c.label, c.reason);
    return { id: c.id, hits: words.filter((w) => own.some((o) => o.includes(w))).length };
  });
  const best = scored.reduce((a, b) => (b.hits > a.hits ? b : a), { id: undefined as unknown, hits: 0 });
  return best.hits > 0 ? best.id : undefined;
}

/**
 * An urgent reason offers the emergency lines it names, or, naming none, every one of them (feed/reasons.ts).
 * With two or more of the publisher's own ("gas leak", "fraud"), a reader who chose "I smell gas" would get the fraud line
 * too. Public emergency numbers (999, 112, NHS 111) do not count: a hospital's "I need urgent help now" offered 999 and
 * NHS 111, each with when to call it, as it should, and the warning asked the desk to name one, which took the other away.
 * The command it gives keeps them named beside the line it suggests.
 */
export const reasonEmergencyUnnamed = defineRule('reason-emergency-unnamed', 'warning', function* ({ doc }) {
  const all = emergencyLines(doc.channels);
  const isPublic = (c: Obj) => typeof c.href === 'string' && isEmergencyServiceNumber(c.href);
  const lines = all.filter((c) => !isPublic(c));
  if (lines.length < 2) return;
  const ids = lines.map((c) => c.id);
  const publicIds = all.filter(isPublic).map((c) => String(c.id));
  const found: { path: string; reason: Obj }[] = [];
  eachObject(doc.contact_reasons, 'contact_reasons', (r, path) => {
    // Naming any emergency line, 112 too, offers only the named ones (feed/reasons.ts): a housing association's "Ik ben
    // kwetsbaar en het is koud in huis" named 112 and its repair line, and was told its readers got the gas and lift lines too.
    if (r.urgent !== true || (Array.isArray(r.channels) && r.channels.some((id) => all.some((c) => c.id === id)))) return;
    found.push({ path: Array.isArray(r.channels) ? `${path}/channels` : path, reason: r });
  });
  for (const { path, reason } of found) {
    // The studio names the reason and its lines as readers see them, and says where to tick (its "Channels for …").
    const name = (lang: string) => feedOr(`"${String(reason.id)}"`, `“${textIn(reason.label, lang) || String(reason.id)}”`);
    const line = likelyLine(reason, lines) ?? ids[0];
    yield {
      path,
      message: {
        en: `the urgent contact reason ${name('en')} names none of the emergency lines, so readers who choose it are offered all of them (${named(all, 'en')})`,
        nl: `de dringende contactreden ${name('nl')} noemt geen van de noodnummers, dus wie hem kiest krijgt ze allemaal (${named(all, 'nl')})`,
      },
      fix: {
        en: feedOr(
          `Name the emergency line that helps with this reason: clearline edit reason --id ${String(reason.id)} --channel ${[...publicIds, line].join(',')} --feed feed.json (with the line it needs in place of ${String(line)}), or in feed.json its "channels", e.g. "channels": [${[...publicIds, line].map((id) => `"${id}"`).join(', ')}].`,
          `Tick the emergency line that helps with this reason under “Channels for ${textIn(reason.label, 'en') || String(reason.id)}”.`,
        ),
        nl: feedOr(
          `Noem het noodnummer dat bij deze reden hoort: clearline edit reason --id ${String(reason.id)} --channel ${[...publicIds, line].join(',')} --feed feed.json (met het nummer dat hij nodig heeft in plaats van ${String(line)}), of in feed.json zijn "channels", bijv. "channels": [${[...publicIds, line].map((id) => `"${id}"`).join(', ')}].`,
          `Vink het noodnummer dat bij deze reden hoort aan onder “Kanalen voor ${textIn(reason.label, 'nl') || String(reason.id)}”.`,
        ),
      },
    };
  }
});

/**
 * With one emergency line of the publisher's own, an urgent reason that does not name it is offered it first under "Call
 * now" (feed/reasons.ts). For "Ik ruik gas" and "Ruikt u gas? Bel direct" that is right, and their words say so; a grid
 * operator's "Ik heb medische apparatuur thuis (thuisbeademing)" shared no word with its gas line, and its readers, a
 * ventilation patient among them, were told first "Ruikt u gas? Bel direct 0800-9009" (trial H). Ticking the power line
 * did not change that: only naming an emergency line does.
 */
export const reasonEmergencyUnrelated = defineRule('reason-emergency-unrelated', 'warning', function* ({ doc }) {
  const all = emergencyLines(doc.channels);
  const lines = all.filter((c) => !(typeof c.href === 'string' && isEmergencyServiceNumber(c.href)));
  const line = lines[0];
  if (lines.length !== 1 || !line) return;
  const found: { path: string; reason: Obj }[] = [];
  eachObject(doc.contact_reasons, 'contact_reasons', (r, path) => {
    // Naming any emergency line (112 too), it is offered only those; sharing words with the line, it is about it.
    if (r.urgent !== true || (Array.isArray(r.channels) && r.channels.some((id) => all.some((c) => c.id === id))) || likelyLine(r, lines) !== undefined) return;
    found.push({ path: Array.isArray(r.channels) ? `${path}/channels` : path, reason: r });
  });
  for (const { path, reason } of found) {
    const name = (lang: string) => textIn(reason.label, lang) || String(reason.id);
    const lineName = (lang: string) => textIn(line.label, lang) || String(line.id);
    const tick = (lang: 'en' | 'nl') => feedOr(`clearline edit reason --id ${String(reason.id)} --channel ${[String(line.id), ...(Array.isArray(reason.channels) ? reason.channels.map(String) : [])].join(',')} --feed feed.json`, lang === 'nl' ? `vink “${lineName('nl')}” aan onder “Kanalen voor ${name('nl')}”` : `tick “${lineName('en')}” under “Channels for ${name('en')}”`);
    yield {
      path,
      message: {
        en: `readers who choose the urgent contact reason “${name('en')}” are told, under “Call now”, to call “${lineName('en')}”, your one emergency line, which this reason does not name`,
        nl: `wie de dringende contactreden “${name('nl')}” kiest, krijgt onder “Bel nu” “${lineName('nl')}”, uw enige noodnummer, dat deze reden niet noemt`,
      },
      fix: {
        en: `If that line is right for it, say so: ${tick('en')}. If not, add the emergency line that is (for a life in danger, the emergency number) and name it for this reason, or make the reason not urgent; needed soon but no danger: ${feedOr(`clearline edit reason --id ${String(reason.id)} --time-critical --feed feed.json`, `choose “Needed soon, no danger (e.g. today)”`)}.`,
        nl: `Hoort die lijn erbij, zeg dat dan: ${tick('nl')}. Zo niet, voeg het noodnummer toe dat wel past (bij levensgevaar het alarmnummer) en noem het bij deze reden, of maak de reden niet dringend; snel nodig maar geen gevaar: ${feedOr(`clearline edit reason --id ${String(reason.id)} --time-critical --feed feed.json`, `kies “Haast, geen gevaar (bijv. vandaag nodig)”`)}.`,
      },
    };
  }
});
