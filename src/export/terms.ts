/**
 * The words only the exported channels need (phone, SMS, e-mail, pages without script). Everything
 * the web elements already say (waits, next update, late update, the four parts) comes from
 * src/i18n/terms.ts, so every channel says it the same way.
 */
import { TERMS, UI_LANGUAGES, type UiLanguage } from '../i18n/terms.js';

export interface ExportTerms {
  /** The phone line's opening, said before anything else. */
  ivrHello: (publisher: string) => string;
  /** Said for an emergency line while the caller waits on another line. */
  ivrEmergency: (label: string) => string;
  /**
   * Said after an emergency line whose label tells to call its number ("Bel 112 bij levensgevaar."): what to do, and
   * with which number. "Hang daarvoor eerst op." was stilted, and said neither (trial Q).
   */
  ivrHangUpFirst: string;
  ivrInstead: string;
  /** Before what callers can do instead, on a line closed now. */
  ivrClosedInstead: string;
  ivrCallback: (label: string, address: string) => string;
  ivrSelfService: (label: string, address: string) => string;
  /** `time` is "10:20", or a day and time such as "dinsdag 24 november om 10:20". */
  ivrNext: (time: string) => string;
  ivrThanks: string;
  /** Said before the titles when several incidents are open; `count` is "3 current disruptions". */
  ivrOpen: (count: string) => string;
  /** Where the full status is, ending an SMS or a post. */
  more: string;
  /** Ends an SMS or e-mail in place of the status link when an incident warns against links: no address either (phones and mail apps link those); without a name when the publisher's name is itself an address ("Bol.com"). */
  lookYourself: (publisher?: string) => string;
  lastUpdated: (time: string) => string;
  /** An incident re-confirmed without change (feed/unchanged.ts), as <clearline-status> says it with clock times. */
  unchanged: (since: string, confirmed: string) => string;
  otherLanguages: string;
  atomSubtitle: (publisher: string) => string;
  atomFeedLink: string;
  noScriptNote: string;
  /**
   * The emergency lines' label: the elements' own word (Terms.emergency, "Bij nood" / "In an emergency"), so no
   * channel says it differently (the e-mail said "Noodgeval" under a page saying "Bij nood"). The exporters use
   * Terms.emergency; kept here for callers of EXPORT_TERMS.
   */
  emergency: string;
  hours: string;
  /**
   * Under the publisher's own e-mail channel ("Mail ons: help@…") while an e-mail outage is open (email-outage.ts):
   * kept, since the address may still work for who is not affected, but not offered as if nothing were wrong.
   */
  emailChannelDown: string;
  allClearSubject: (publisher: string) => string;
  updateSubject: (title: string, phase: string) => string;
  /** An e-mail's subject when it also holds `n` other open incidents. */
  moreSubject: (subject: string, n: number) => string;
  /**
   * The subject when the other incidents are not all disruptions going on: each kind by what it is (`more`: going on or
   * recently resolved; `announced`: begins later; `notices`). Trial T's all-clear read "… and 2 more disruptions" for a
   * planned outage tomorrow and a notice.
   */
  mixedSubject: (subject: string, n: { more: number; announced: number; notices: number }) => string;
  /** Above an e-mail's list of titles when one of them is resolved (an all-clear sent while another incident is open), not "2 current disruptions". */
  inThisEmail: string;
  capEvent: string;
  update: string;
}

/** "a, b and c" of the parts that are not empty. */
const listed = (parts: (string | 0)[], and: string) => {
  const p = parts.filter((x): x is string => !!x);
  return p.length > 1 ? `${p.slice(0, -1).join(', ')} ${and} ${p[p.length - 1]}` : (p[0] ?? '');
};

export const EXPORT_TERMS: Record<UiLanguage, ExportTerms> = {
  en: {
    // As the Dutch "Welkom bij …": "Thank you for calling …" thanked the caller twice in 45 seconds, with "Thank you for waiting".
    ivrHello: (p) => `Welcome to ${p}.`,
    ivrEmergency: (label) => `${label}: hang up and call `,
    ivrHangUpFirst: 'Hang up first, then call that number.',
    ivrInstead: 'You may not need to wait on the line.',
    ivrClosedInstead: 'Until then, you can also find help here.',
    ivrCallback: (label, a) => `${label}: ${a}.`,
    ivrSelfService: (label, a) => `${label}: ${a}.`,
    ivrNext: (time) => (/^\d/.test(time) ? `The next update is at ${time}.` : `The next update is on ${time}.`),
    ivrThanks: 'Thank you for waiting.',
    ivrOpen: (count) => `There are ${count}.`,
    more: 'More',
    lookYourself: (p) => (p ? `Go to the ${p} website yourself.` : 'Go to our website yourself.'),
    lastUpdated: (time) => `Last updated ${time}`,
    unchanged: (since, confirmed) => `No change since ${since} (confirmed ${confirmed})`,
    otherLanguages: 'Other languages',
    atomSubtitle: (p) => `Service status updates from ${p}`,
    atomFeedLink: 'Follow updates (Atom feed)',
    noScriptNote: 'This page works without JavaScript. Reload it for the latest status.',
    emergency: TERMS.en.emergency,
    hours: 'Opening hours',
    emailChannelDown: 'May not work during the e-mail outage',
    allClearSubject: (p) => `${p}: no known disruptions`,
    updateSubject: (title, phase) => `${title} (${phase})`,
    moreSubject: (subject, n) => `${subject} and ${n} more disruption${n === 1 ? '' : 's'}`,
    mixedSubject: (subject, n) =>
      `${subject}, plus ${listed([n.more && `${n.more} more disruption${n.more === 1 ? '' : 's'}`, n.announced && `${n.announced} announced disruption${n.announced === 1 ? '' : 's'}`, n.notices && `${n.notices} notice${n.notices === 1 ? '' : 's'}`], 'and')}`,
    inThisEmail: 'In this e-mail',
    capEvent: 'Service disruption',
    update: 'Update',
  },
  nl: {
    ivrHello: (p) => `Welkom bij ${p}.`,
    ivrEmergency: (label) => `${label}: hang op en bel `,
    ivrHangUpFirst: 'Hang eerst op en bel dan dat nummer.',
    ivrInstead: 'Misschien hoeft u niet aan de lijn te blijven.',
    ivrClosedInstead: 'Tot dan kunt u ook hier terecht.',
    ivrCallback: (label, a) => `${label}: ${a}.`,
    ivrSelfService: (label, a) => `${label}: ${a}.`,
    ivrNext: (time) => (/^\d/.test(time) ? `De volgende update is om ${time}.` : `De volgende update is ${time}.`),
    ivrThanks: 'Fijn dat u wacht.',
    ivrOpen: (count) => `Er zijn ${count}.`,
    more: 'Meer',
    lookYourself: (p) => (p ? `Kijk zelf op de website van ${p}.` : 'Kijk zelf op onze website.'),
    lastUpdated: (time) => `Laatst bijgewerkt ${time}`,
    unchanged: (since, confirmed) => `Niets veranderd sinds ${since} (bevestigd ${confirmed})`,
    otherLanguages: 'Andere talen',
    atomSubtitle: (p) => `Statusupdates van ${p}`,
    atomFeedLink: 'Volg de updates (Atom-feed)',
    noScriptNote: 'Deze pagina werkt zonder JavaScript. Laad haar opnieuw voor de nieuwste status.',
    emergency: TERMS.nl.emergency,
    hours: 'Openingstijden',
    emailChannelDown: 'Werkt misschien niet tijdens de e-mailstoring',
    allClearSubject: (p) => `${p}: geen storingen bekend`,
    updateSubject: (title, phase) => `${title} (${phase})`,
    moreSubject: (subject, n) => `${subject} en nog ${n} ${n === 1 ? 'melding' : 'meldingen'}`,
    mixedSubject: (subject, n) =>
      `${subject}, verder ${listed([n.more && `nog ${n.more} ${n.more === 1 ? 'melding' : 'meldingen'}`, n.announced && `${n.announced} ${n.announced === 1 ? 'aankondiging' : 'aankondigingen'}`, n.notices && `${n.notices} ${n.notices === 1 ? 'mededeling' : 'mededelingen'}`], 'en')}`,
    inThisEmail: 'In deze e-mail',
    capEvent: 'Storing in de dienstverlening',
    update: 'Update',
  },
};

export function exportTermsFor(lang: string): ExportTerms {
  const primary = lang.toLowerCase().split('-')[0] as UiLanguage;
  return EXPORT_TERMS[(UI_LANGUAGES as readonly string[]).includes(primary) ? primary : 'en'];
}
