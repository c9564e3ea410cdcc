import type { ErrorCode } from '../feed/errors.js';
import type { Phase, Severity } from '../feed/schema.js';

/** The UI languages clearline speaks; feed text may hold any language. */
export const UI_LANGUAGES = ['en', 'nl'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** A wait in words: 45 → "45 minutes", 120 → "2 hours", 90 → "1 hour 30 minutes" ("1 uur en 30 minuten"); nobody should have to divide by 60. */
function span(m: number, words: string[], and: string): string {
  return [Math.floor(m / 60), m % 60].map((n, i) => (n ? `${n} ${words[2 * i + (n === 1 ? 0 : 1)]}` : '')).filter(Boolean).join(and);
}

export interface Terms {
  severity: Record<Severity, string>;
  phase: Record<Phase, string>;
  /** What the reader is told for each failure: plain words, never the code. */
  error: Record<ErrorCode, string>;
  /** In place of `error.invalid` for a document dated ahead of this device's clock (FeedError `clock: 'ahead'`): what to check. */
  clockAhead: string;
  loading: string;
  allClear: string;
  allClearDetail: string;
  statusUnknown: string;
  disruption: string;
  /** The badge while every open incident is announced for later (a strike on Thursday). */
  announced: string;
  /** The badge while every open incident is a notice (severity info: standing advice, such as a phishing warning). */
  notice: string;
  /** An announced incident's label: "Vanaf do 10 dec, 00:01". */
  startsAt: (when: string) => string;
  /** Its severity, muted, while it has not started: "verwacht: grote hinder". */
  willBeSeverity: (severity: string) => string;
  known: string;
  unknown: string;
  nextUpdate: string;
  /** `dated`: the time is on another day and carries its date ("Next update Tue 27 Oct, 00:30"). */
  nextUpdateAt: (time: string, relative: string, dated: boolean) => string;
  /** `expired`: the document itself is out of date, so "we are still working on it" is no longer ours to say. */
  overdue: (time: string, expired?: boolean) => string;
  noNextUpdate: string;
  whatYouCanDo: string;
  actNow: string;
  /** The urgent group's heading when no urgent action says who it is for: "Act now if…" would end on nothing (as the help's urgent reason: "Do this now"). */
  actNowAll: string;
  canWait: string;
  canWaitDetail: string;
  /** The same while the promised update is late, or none is promised (a standing notice, trial U): no promise about the next update. */
  canWaitDetailOverdue: string;
  /** The label of the emergency lines group. */
  emergency: string;
  contact: string;
  expectedWait: (minutes: number) => string;
  /** A line outside its opening hours, instead of its wait: when it opens, `dated` when not today ('' when not this week). */
  closedNow: (opens: string, dated: boolean) => string;
  /** With `since` (the last real change) the texts were only re-confirmed since (feed/unchanged.ts): "No change since 06:36, confirmed 10 minutes ago". */
  updated: (relative: string, since?: string | 0) => string;
  started: (time: string) => string;
  resolvedAt: (time: string) => string;
  /** A resolved incident's severity, in muted words next to its calm "Resolved" badge. */
  wasSeverity: (severity: string) => string;
  resolvedIncidents: (n: number) => string;
  earlierUpdates: (n: number) => string;
  affects: string;
  /** `dated`: the time is on another day and carries its date ("Last confirmed Tue 27 Oct, 00:30"). */
  lastConfirmed: (time: string, dated: boolean) => string;
  outdated: (time: string) => string;
  publishedBy: (name: string) => string;
  dismiss: string;
  openIncidents: (n: number) => string;
  /** Said once by the live region when a new document changes what is shown. */
  announceUpdate: (title: string) => string;
  longWaitHint: string;
  faqLink: string;
  bannerNextUpdate: (time: string) => string;
  bannerLate: (time: string) => string;
  /** The banner of an expired document: when its publisher last vouched for it. */
  bannerOutdated: (time: string) => string;
  /** After the banner's title when more incidents are open: "(and 1 more)". */
  bannerMore: (n: number) => string;
  /** Before the title of a second incident as severe as the first, going on too, which the banner names: "Also:" (trial U). */
  bannerAlso: string;
  dismissLabel: (title: string) => string;
  badgeLabel: string;
  checking: string;
}

export const TERMS: Record<UiLanguage, Terms> = {
  en: {
    severity: { info: 'Information', minor: 'Minor disruption', major: 'Major disruption', critical: 'Critical disruption' },
    phase: { investigating: 'Investigating', identified: 'Cause identified', monitoring: 'Monitoring the fix', resolved: 'Resolved' },
    error: {
      config: 'This status display is not set up correctly, so it cannot check where its information comes from.',
      network: 'The latest status could not be reached.',
      'too-large': 'The latest status was too large to load safely.',
      signature: 'The latest status could not be confirmed as genuine, so it is not shown.',
      invalid: 'The latest status was not in a form this page can show.',
      expired: 'The latest status is out of date.',
      rollback: 'An older version of the status was offered instead of the newest one, so it is not shown.',
    },
    clockAhead: "The latest information is dated ahead of this device's clock. Check this device's date and time.",
    loading: 'Loading the current status…',
    allClear: 'No known disruptions',
    allClearDetail: 'Everything is running as normal as far as we know.',
    statusUnknown: 'Status unknown',
    disruption: 'Disruption',
    announced: 'Announced',
    notice: 'Notice',
    startsAt: (when) => `From ${when}`,
    willBeSeverity: (s) => `expected: ${s.toLowerCase()}`,
    known: 'What we know',
    unknown: "What we don't know yet",
    nextUpdate: 'Next update',
    nextUpdateAt: (time, relative, dated) => `Next update ${dated ? '' : 'at '}${time} (${relative})`,
    overdue: (time, expired) => `The update promised for ${time} is late.${expired ? '' : ' We are still working on it.'}`,
    noNextUpdate: 'No further updates are planned.',
    whatYouCanDo: 'What you can do',
    actNow: 'Act now if…',
    actNowAll: 'Do this now',
    canWait: 'Can wait',
    canWaitDetail: 'If this is not urgent for you, you do not need to call: the next update will tell you more.',
    canWaitDetailOverdue: 'If this is not urgent for you, you do not need to call. We will post news here as soon as we have it.',
    emergency: 'In an emergency',
    contact: 'Contact',
    expectedWait: (m) => (m === 0 ? 'No wait expected' : `Expected wait about ${span(m, ['hour', 'hours', 'minute', 'minutes'], ' ')}`),
    closedNow: (opens, dated) => `Closed now${opens ? `, opens ${dated ? '' : 'at '}${opens}` : ''}`,
    updated: (relative, since) => (since ? `No change since ${since}, confirmed ${relative}` : `Updated ${relative}`),
    started: (time) => `Started ${time}`,
    resolvedAt: (time) => `Resolved at ${time}`,
    wasSeverity: (s) => `was: ${s.toLowerCase()}`,
    resolvedIncidents: (n) => `${n} resolved incident${n === 1 ? '' : 's'}`,
    earlierUpdates: (n) => `${n} earlier update${n === 1 ? '' : 's'}`,
    affects: 'Affects',
    lastConfirmed: (time, dated) => `Last confirmed ${dated ? '' : 'at '}${time}`,
    outdated: (time) => `Outdated: this information dates from ${time} and may no longer be true.`,
    publishedBy: (name) => `Published by ${name}`,
    dismiss: 'Dismiss',
    openIncidents: (n) => `${n} current disruption${n === 1 ? '' : 's'}`,
    announceUpdate: (title) => `New update: ${title}`,
    longWaitHint: 'Long wait? You may not need to call. Try these first:',
    faqLink: 'Answers to common questions',
    bannerNextUpdate: (time) => `Next update ${time}`,
    bannerLate: (time) => `Update promised for ${time} is late`,
    bannerOutdated: (time) => `Not confirmed since ${time}`,
    bannerMore: (n) => `(and ${n} more)`,
    bannerAlso: 'Also:',
    dismissLabel: (title) => `Dismiss: ${title}`,
    badgeLabel: 'Service status',
    checking: 'Checking status…',
  },
  nl: {
    severity: { info: 'Informatie', minor: 'Kleine hinder', major: 'Grote hinder', critical: 'Ernstige hinder' },
    phase: { investigating: 'We zoeken de oorzaak', identified: 'Oorzaak gevonden', monitoring: 'We controleren het herstel', resolved: 'Opgelost' },
    error: {
      config: 'Deze statusweergave is niet goed ingesteld en kan daarom niet controleren waar de informatie vandaan komt.',
      network: 'De nieuwste status kon niet worden opgehaald.',
      'too-large': 'De nieuwste status was te groot om veilig te laden.',
      signature: 'De nieuwste status kon niet als echt worden bevestigd en wordt daarom niet getoond.',
      invalid: 'De nieuwste status had een vorm die deze pagina niet kan tonen.',
      expired: 'De nieuwste status is verouderd.',
      rollback: 'In plaats van de nieuwste status werd een oudere versie aangeboden; die wordt niet getoond.',
    },
    clockAhead: 'De nieuwste informatie is van een tijd die op dit apparaat nog moet komen. Controleer de datum en tijd van dit apparaat.',
    loading: 'De actuele status wordt geladen…',
    allClear: 'Geen storingen bekend',
    allClearDetail: 'Voor zover wij weten werkt alles normaal.',
    statusUnknown: 'Status onbekend',
    disruption: 'Melding',
    announced: 'Aangekondigd',
    notice: 'Mededeling',
    startsAt: (when) => `Vanaf ${when}`,
    willBeSeverity: (s) => `verwacht: ${s.toLowerCase()}`,
    known: 'Wat we weten',
    unknown: 'Wat we nog niet weten',
    nextUpdate: 'Volgende update',
    nextUpdateAt: (time, relative, dated) => `Volgende update ${dated ? '' : 'om '}${time} (${relative})`,
    overdue: (time, expired) => `De beloofde update van ${time} is te laat.${expired ? '' : ' We werken er nog aan.'}`,
    noNextUpdate: 'Er zijn geen nieuwe updates gepland.',
    whatYouCanDo: 'Wat u kunt doen',
    actNow: 'Kom nu in actie als…',
    actNowAll: 'Doe dit nu',
    canWait: 'Kan wachten',
    canWaitDetail: 'Is het voor u niet dringend, dan hoeft u niet te bellen: de volgende update vertelt u meer.',
    canWaitDetailOverdue: 'Is het voor u niet dringend, dan hoeft u niet te bellen. Zodra we nieuws hebben, staat het hier.',
    emergency: 'Bij nood',
    contact: 'Contact',
    expectedWait: (m) => (m === 0 ? 'Geen wachttijd verwacht' : `Verwachte wachttijd ongeveer ${span(m, ['uur', 'uur', 'minuut', 'minuten'], ' en ')}`),
    closedNow: (opens, dated) => `Nu gesloten${opens ? `, weer open ${dated ? '' : 'om '}${opens}` : ''}`,
    updated: (relative, since) => (since ? `Niets veranderd sinds ${since}, bevestigd ${relative}` : `Bijgewerkt ${relative}`),
    started: (time) => `Begonnen ${time}`,
    resolvedAt: (time) => `Opgelost om ${time}`,
    wasSeverity: (s) => `was: ${s.toLowerCase()}`,
    resolvedIncidents: (n) => `${n} opgeloste ${n === 1 ? 'melding' : 'meldingen'}`,
    earlierUpdates: (n) => `${n} eerdere ${n === 1 ? 'update' : 'updates'}`,
    affects: 'Gevolgen voor',
    lastConfirmed: (time, dated) => `Laatst bevestigd ${dated ? '' : 'om '}${time}`,
    outdated: (time) => `Verouderd: deze informatie is van ${time} en klopt mogelijk niet meer.`,
    publishedBy: (name) => `Gepubliceerd door ${name}`,
    dismiss: 'Sluiten',
    openIncidents: (n) => `${n} actuele ${n === 1 ? 'melding' : 'meldingen'}`,
    announceUpdate: (title) => `Nieuwe update: ${title}`,
    longWaitHint: 'Lange wachttijd? Misschien hoeft u niet te bellen. Probeer eerst dit:',
    faqLink: 'Antwoorden op veelgestelde vragen',
    bannerNextUpdate: (time) => `Volgende update ${time}`,
    bannerLate: (time) => `Update van ${time} is te laat`,
    bannerOutdated: (time) => `Niet meer bevestigd sinds ${time}`,
    bannerMore: (n) => `(en nog ${n})`,
    bannerAlso: 'Ook:',
    dismissLabel: (title) => `Sluiten: ${title}`,
    badgeLabel: 'Status dienstverlening',
    checking: 'Controleren…',
  },
};
