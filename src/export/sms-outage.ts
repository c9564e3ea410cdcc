/**
 * Whether text messages themselves are down: an open incident whose title or "affects" names the mobile network or
 * SMS ("Storing mobiel netwerk in Zuid-Holland", "Geen mobiel bereik", "Mobile network outage", affects "SMS"). An SMS
 * about it does not reach the people it is about until the network works again (a telecom desk's export said nothing,
 * as the e-mail says for an e-mail outage): the export still writes it, but warns. A warning of fake texts in the
 * publisher's name is no outage (feed/scam-warning.ts, via outageOf). Pure: no Node or DOM imports.
 */
import type { Incident } from '../feed/schema.js';
import { outageOf, type EmailOutage } from './email-outage.js';

/** SMS and text messages; the mobile network, its calls, data, coverage and signal. "Mobile app", "mobiel bankieren": not these. */
const SMS = /(?<!\p{L})(?:sms(?:je|jes|'je|'jes|-berichten|berichten)?|text messages?|texting)(?!\p{L})/iu;
const MOBILE_EN = /(?<!\p{L})(?:mobile|cell(?:ular)?|cell phone) (?:network|calls?|data|internet|coverage|signal|phones?|service|outage)(?!\p{L})/iu;
const MOBILE_NL = /(?<!\p{L})mobiele? ?(?:netwerk|bellen|internet|bereik|telefonie|verbinding|data)(?!\p{L})|(?<!\p{L})(?:4g|5g|gsm)(?!\p{L})/iu;
/** Coverage without the word mobile: "Geen bereik in Gent", "No phone reception". Not "no signal": a TV's screen says that. */
const COVERAGE = /(?<!\p{L})(?:geen bereik|no (?:phone |mobile |cell )?(?:reception|coverage)|no phone signal)(?!\p{L})/iu;

export type SmsOutage = EmailOutage;

/** The first open incident (in the order given) about the mobile network or SMS, in any language; undefined when none is. */
export const smsOutage = (incidents: readonly Incident[], lang = ''): SmsOutage | undefined =>
  outageOf(incidents, lang, (text) => SMS.test(text) || MOBILE_EN.test(text) || MOBILE_NL.test(text) || COVERAGE.test(text));
