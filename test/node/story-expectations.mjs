// What stories must show, for test/node/stories.test.mjs. A new story with a telling state adds a line here.

/** Text a story must show (all of `has`) and must never show (any of `not`), by story id suffix. */
export const EXPECT = {
  'clearline-status--no-known-disruptions': { has: ['No known disruptions'] },
  'clearline-status--storm': { has: ['Storm: flights cancelled at Amsterdam', 'What we know', "What we don't know yet"] },
  'clearline-status--overdue-update': { has: ['Storm: flights cancelled'], not: ['No known disruptions'] },
  'clearline-status--out-of-date': { has: ['Outdated'], not: ['No known disruptions'] },
  'clearline-status--dutch': { has: ['Storm: vluchten geannuleerd op Amsterdam'] },
  'clearline-status--error-config': { has: ['not set up correctly'], not: ['No known disruptions'] },
  'clearline-status--error-network': { has: ['could not be reached'], not: ['No known disruptions'] },
  'clearline-status--error-network-dutch': { has: ['kon niet worden opgehaald'] },
  'clearline-status--error-too-large': { has: ['too large'] },
  'clearline-status--error-signature': { has: ['confirmed as genuine'], not: ['Storm'] },
  'clearline-status--error-invalid': { has: ['not in a form'], not: ['Storm'] },
  'clearline-status--error-expired': { has: ['out of date'], not: ['No known disruptions'] },
  'clearline-status--error-rollback': { has: ['older version'], not: ['No known disruptions'] },
  'clearline-status--theme-playground': { has: ['Storm: flights cancelled at Amsterdam', 'nothing changed yet'] },
  'clearline-banner--storm': { has: ['Storm: flights cancelled at Amsterdam'] },
  'clearline-badge--storm': { not: ['No known disruptions'] },
  'clearline-badge--out-of-date': { not: ['No known disruptions'] },
  'clearline-banner--no-known-disruptions': { empty: true },
  'clearline-faq--browsing': { has: ['About the current disruption: Storm: flights cancelled at Amsterdam', 'How do I get a refund?'] },
  'clearline-faq--searching': { has: ['2 results', 'within 7 working days'] },
  'clearline-faq--typo': { has: ['1 result', 'Usually not for extreme weather'] },
  'clearline-faq--no-answer': { has: ['No results', 'Contact us'] },
  'clearline-faq--deep-linked-entry': { has: ['transfer desks in departure hall 2'] },
  'clearline-status--last-confirmed-stale': { has: ['Last confirmed at', 'could not be reached', 'Storm: flights cancelled at Amsterdam'] },
  'sectors--energy-english': { has: ['Power cut in Utrecht-Oost and Bunnik', 'Smell gas or see danger?', 'You smell gas', 'Do I get compensation'] },
  'sectors--energy-dutch': { has: ['Stroomstoring in Utrecht-Oost en Bunnik', 'Gaslucht of gevaar?', 'U ruikt gas'] },
  'sectors--telecom-english': { has: ['Calls and mobile data not working everywhere', 'Call 112, even without signal'] },
  'sectors--telecom-dutch': { has: ['Bellen en mobiel internet werken niet overal', 'Bel 112, ook zonder bereik'] },
  'sectors--bank-english': { has: ['Card and app payments are failing', 'Block your card or report fraud, 24/7'] },
  'sectors--bank-dutch': { has: ['Pinnen en betalen met de app lukt niet altijd', 'Pas blokkeren of fraude melden'] },
  'sectors--municipality-english': { has: ['Flooding after cloudburst', 'Flooding line, 24 hours'] },
  'sectors--municipality-dutch': { has: ['Wateroverlast na hoosbui', 'Meldpunt wateroverlast'] },
  'clearline-editor--post-update': { has: ['Update: Storm: flights cancelled at Amsterdam', 'What we know — English', 'Preview'] },
  'clearline-editor--empty-feed': { has: ['No open incidents.', 'New incident'] },
  'clearline-editor--findings-block-signing': { has: ['a placeholder is still there', 'Not signed: '] },
  'clearline-editor--late-update': { has: ['Late: the update promised for'] },
  'clearline-editor--dutch': { has: ['Wat we weten — Nederlands', 'Ondertekenen'] },
};
/** Every story shows something; only the invalid-feed story may say the data is not valid. */
export const NEVER = ['not in a form this page can show'];
/** What the first story of each element's docs page must show. */
export const DOCS_FIRST = {
  'elements-clearline-status--docs': 'Storm: flights cancelled at Amsterdam',
  'elements-clearline-banner--docs': 'Storm: flights cancelled at Amsterdam',
  'elements-clearline-badge--docs': 'Disruption',
  'elements-clearline-faq--docs': 'About the current disruption',
};
