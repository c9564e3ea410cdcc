/**
 * An incident's title: readers meet it first (banner, badge, the list of open incidents, the text
 * message, the subject line), so it must be there and short enough to read at a glance.
 */
import { termsFor } from '../../i18n/lang.js';
import { SEVERITIES, type Severity } from '../../feed/schema.js';
import { defineRule, feedOr } from '../rule.js';
import { eachObject, isBlank, isObj } from '../walk.js';

/** The longest title that reads at a glance: two lines of a phone's banner, and room left in a 160-character text message for the next update and what to do. */
export const TITLE_MAX_CHARS = 90;

/** Every incident, open or resolved: a resolved one stays in the list, the history and the all-clear message. */
export const titleMissing = defineRule('title-missing', 'error', function* ({ doc }) {
  const found: { path: string; severity: Severity }[] = [];
  eachObject(doc.incidents, 'incidents', (inc, path) => {
    // The title as a whole, as known-missing names "what we know": the form shows it under the title's fields.
    const severity = SEVERITIES.find((s) => s === inc.severity) ?? 'major';
    if (isBlank(inc.title)) found.push({ path: `${path}/title`, severity });
  });
  // The banner's words for this incident's severity ("Critical disruption:"): a bank's critical incident was told "Major".
  for (const { path, severity } of found) {
    yield {
      path,
      message: {
        en: `this incident has no title: the banner would read "${termsFor('en').severity[severity]}:" with nothing after it, and the list of incidents would show no name`,
        nl: `dit incident heeft geen titel: de banner zou "${termsFor('nl').severity[severity]}:" tonen zonder iets erachter, en in de lijst van incidenten staat dan geen naam`,
      },
      fix: {
        en: 'Write in a few words what is wrong and where, e.g. "No water in Utrecht-Oost" or "Card payments do not work".',
        nl: 'Schrijf in een paar woorden wat er mis is en waar, bijv. “Geen water in Utrecht-Oost” of “Pinnen werkt niet”.',
      },
    };
  }
});

export const titleLong = defineRule('title-long', 'warning', function* ({ doc }) {
  const found: { path: string; chars: number }[] = [];
  eachObject(doc.incidents, 'incidents', (inc, path) => {
    const t = inc.title;
    const texts: [string, unknown][] = typeof t === 'string' ? [['', t]] : isObj(t) ? Object.entries(t) : [];
    for (const [lang, text] of texts) {
      const chars = typeof text === 'string' ? [...text.trim()].length : 0;
      if (chars > TITLE_MAX_CHARS) found.push({ path: lang ? `${path}/title/${lang}` : `${path}/title`, chars });
    }
  });
  for (const { path, chars } of found) {
    yield {
      path,
      message: {
        en: `this title is ${chars} characters long: the banner wraps it over many lines on a phone, and a text message cuts it off`,
        nl: `deze titel is ${chars} tekens lang: op een telefoon loopt de banner over veel regels, en een sms kapt de titel af`,
      },
      fix: {
        en: `Keep the title to at most ${TITLE_MAX_CHARS} characters: what is wrong and where. Put the details ${feedOr('in "known"', 'under “What we know”')}.`,
        nl: `Houd de titel op hoogstens ${TITLE_MAX_CHARS} tekens: wat er mis is en waar. Zet de details ${feedOr('in "known"', 'bij “Wat we weten”')}.`,
      },
    };
  }
});
