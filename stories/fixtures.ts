/**
 * Story data: status payloads for every state, with times relative to "now" so that a story
 * always shows "in 20 minutes" rather than a date that went stale the day after it was written.
 * Built on the demo airline's storm feed (demo/feed.json) so designers see believable text.
 */
import demoFeed from '../demo/feed.json';
import { SEVERITIES, type Channel, type FaqEntry, type FaqPayload, type Incident, type Severity, type StatusPayload } from '../src/feed/schema.js';

const MINUTE = 60_000;

/** RFC 3339 in UTC without milliseconds, as the feed format wants. */
export function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** A time `minutes` from now (negative: ago). */
export const at = (minutes: number, now = Date.now()) => iso(now + minutes * MINUTE);

const storm = demoFeed.incidents[0] as unknown as Incident;
const channels = demoFeed.channels as unknown as Channel[];

/** A status payload around the given incidents; valid for an hour unless `expiresInMinutes` says otherwise. */
export function statusPayload(
  incidents: Incident[],
  options: { expiresInMinutes?: number; issuedMinutesAgo?: number; channels?: Channel[]; seq?: number; feedId?: string; publisher?: StatusPayload['publisher'] } = {},
): StatusPayload {
  const issued = -(options.issuedMinutesAgo ?? 2);
  return {
    type: 'status',
    version: 1,
    feed_id: options.feedId ?? 'example-air',
    seq: options.seq ?? 1,
    issued_at: at(issued),
    expires_at: at(options.expiresInMinutes ?? 60),
    publisher: options.publisher ?? { name: 'Example Air', url: 'https://www.example-air.example/' },
    channels: options.channels ?? channels,
    incidents,
  };
}

/** The demo's storm incident with fresh times and the given overrides. */
export function stormIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    ...storm,
    started_at: at(-40),
    updated_at: at(-10),
    next_update_at: at(20),
    updates: (storm.updates ?? []).map((u, i) => ({ ...u, at: at(i === 0 ? -40 : -25) })),
    ...overrides,
  };
}

const SEVERITY_TITLES: Record<Severity, { nl: string; en: string }> = {
  info: { nl: 'Drukte verwacht op Schiphol', en: 'Busy at Schiphol today' },
  minor: { nl: 'Vertraging bij de bagageafhandeling', en: 'Delays at baggage reclaim' },
  major: storm.title as { nl: string; en: string },
  critical: { nl: 'Alle vluchten van en naar Amsterdam geannuleerd', en: 'All flights to and from Amsterdam cancelled' },
};

/** One open incident of the given severity. */
export function severityIncident(severity: Severity): Incident {
  return stormIncident({ id: `sev-${severity}`, severity, title: SEVERITY_TITLES[severity] });
}

const resolvedCheckIn: Incident = {
  id: 'app-checkin',
  title: { nl: 'Inchecken in de app werkte niet', en: 'Check-in in the app was not working' },
  severity: 'minor',
  phase: 'resolved',
  started_at: at(-300),
  updated_at: at(-230),
  resolved_at: at(-230),
  known: {
    nl: 'Inchecken in de app werkt weer. Was u niet ingecheckt, dan kan dat nu alsnog.',
    en: 'Check-in in the app works again. If you could not check in, you can do so now.',
  },
  unknown: { nl: '', en: '' },
  next_update_at: null,
};

const FEED_ZONE = 'Europe/Amsterdam';
/** Today's day in `zone`, as opening hours write it ("Mo", "Tu", …). */
const todayOn = (zone: string) => new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: zone }).format(new Date()).slice(0, 2);

const longText = (n: number, sentence: string) => Array.from({ length: n }, () => sentence).join(' ');

/** Every status state a story shows, by name. Functions, so each render gets fresh times. */
export const statusFixtures = {
  allClear: () => statusPayload([]),
  storm: () => statusPayload([stormIncident()]),
  severity: (s: Severity) => statusPayload([severityIncident(s)]),
  several: () =>
    statusPayload([
      stormIncident(),
      severityIncident('minor'),
      { ...severityIncident('info'), phase: 'monitoring', actions: undefined, updates: undefined },
    ]),
  resolved: () => statusPayload([resolvedCheckIn]),
  /** Resolved 6 minutes ago: the banner keeps it, calm, for an hour; the status element's all-clear box says when it ended. */
  justResolved: () => statusPayload([{ ...resolvedCheckIn, updated_at: at(-6), resolved_at: at(-6) }]),
  openAndResolved: () => statusPayload([stormIncident(), resolvedCheckIn]),
  /** The promised update time passed 15 minutes ago and no newer document came. */
  overdue: () => statusPayload([stormIncident({ updated_at: at(-50), next_update_at: at(-15) })], { issuedMinutesAgo: 45 }),
  /** A verified document past its expires_at: marked out of date, never "no known disruptions". */
  expired: () => statusPayload([], { issuedMinutesAgo: 120, expiresInMinutes: -60 }),
  expiredWithIncident: () => statusPayload([stormIncident({ updated_at: at(-130), next_update_at: at(-100) })], { issuedMinutesAgo: 120, expiresInMinutes: -60 }),
  longTexts: () =>
    statusPayload([
      stormIncident({
        title: {
          nl: 'Zeer zware storm met windstoten tot 130 km/u: vrijwel alle vluchten van, naar en via Amsterdam Schiphol zijn vandaag en mogelijk ook morgenochtend geannuleerd',
          en: 'Very severe storm with gusts up to 130 km/h: almost all flights to, from and through Amsterdam Schiphol are cancelled today and possibly tomorrow morning',
        },
        known: {
          nl: longText(12, 'Door de storm kunnen vliegtuigen niet veilig landen of vertrekken; we boeken u automatisch om.'),
          en: longText(12, 'Because of the storm, aircraft cannot land or take off safely; we rebook you automatically.'),
        },
        affects: Array.from({ length: 8 }, (_, i) => ({ nl: `Vluchten naar bestemming ${i + 1} in Europa en daarbuiten`, en: `Flights to destination ${i + 1} in Europe and beyond` })),
      }),
    ]),
  /** A title in Dutch only: English readers get the Dutch text rather than nothing. */
  dutchOnlyText: () => statusPayload([stormIncident({ title: 'Storm: vluchten geannuleerd op Amsterdam' })]),
  noChannels: () => statusPayload([stormIncident()], { channels: [] }),
  /** A critical incident and a feed with an emergency line (listed last): the line is also right under the title. */
  criticalWithEmergencyLine: () =>
    statusPayload([severityIncident('critical')], {
      channels: [
        ...channels,
        {
          id: 'emergency',
          kind: 'phone',
          emergency: true,
          label: { nl: 'Noodlijn, dag en nacht', en: 'Emergency line, day and night' },
          href: 'tel:+31800112233',
          reason: { nl: 'Is iemand in gevaar? Bel direct.', en: 'Is anyone in danger? Call at once.' },
        },
      ],
    }),
  /**
   * A line closed now: its opening hours leave out today (on the feed's clock), so it reads
   * "Closed now, opens …" tomorrow morning at any time of day; the pixel test's frozen clock fixes the day.
   */
  closedLine: () => ({
    ...statusPayload([stormIncident()], {
      channels: [
        ...channels,
        {
          id: 'groups',
          kind: 'phone',
          label: { nl: 'Groepsreizen', en: 'Group bookings' },
          href: 'tel:+31201234590',
          wait_minutes: 5,
          opening_hours: `Mo-Su 09:00-17:00; ${todayOn(FEED_ZONE)} off`,
        },
      ],
    }),
    time_zone: FEED_ZONE,
  }),
} as const;

export { SEVERITIES };

/** A small Example Air FAQ in Dutch and English. */
export const faqEntries: FaqEntry[] = [
  ['refund', 'Hoe vraag ik mijn geld terug?', 'How do I get a refund?', 'Ga naar *Mijn boeking* en kies **Terugbetaling aanvragen**. Het geld staat binnen 7 werkdagen op uw rekening.', 'Go to *My booking* and choose **Request a refund**. The money is in your account within 7 working days.', ['geld', 'refund'], ['storm-ams']],
  ['rebook', 'Kan ik mijn vlucht omboeken?', 'Can I change my flight?', 'Ja. Bij een geannuleerde vlucht boekt u gratis om in *Mijn boeking*.', 'Yes. If your flight is cancelled you can rebook for free in *My booking*.', ['omboeken', 'rebook'], ['storm-ams']],
  ['hotel', 'Krijg ik een hotel als ik vastzit?', 'Do I get a hotel if I am stuck?', 'Ja, bij de transferbalies in vertrekhal 2 krijgt u een hotelvoucher en maaltijdbonnen.', 'Yes, at the transfer desks in departure hall 2 you get a hotel voucher and meal vouchers.', ['hotel'], ['storm-ams']],
  ['compensation', 'Heb ik recht op een vergoeding?', 'Am I entitled to compensation?', 'Bij extreem weer meestal niet, maar u krijgt wel zorg (maaltijden, hotel) en uw geld terug of een nieuwe vlucht.', 'Usually not for extreme weather, but you do get care (meals, hotel) and a refund or a new flight.', ['claim'], []],
  ['baggage', 'Mijn bagage is vertraagd. Wat nu?', 'My baggage is delayed. What now?', 'Meld het bij de bagagebalie of online. We bezorgen de koffer gratis thuis.', 'Report it at the baggage desk or online. We deliver the suitcase to your home for free.', ['koffer', 'baggage'], []],
  ['checkin', 'Hoe check ik online in?', 'How do I check in online?', 'Vanaf 30 uur voor vertrek in de app of op de website.', 'From 30 hours before departure in the app or on the website.', ['inchecken', 'check-in'], []],
].map(([id, qnl, qen, anl, aen, tags, incidents]) => ({
  id: id as string,
  question: { nl: qnl as string, en: qen as string },
  answer: { nl: anl as string, en: aen as string },
  tags: tags as string[],
  incidents: incidents as string[],
}));

/** The FAQ above as a FAQ document, to sign and serve (its error stories), valid for `expiresInMinutes`. */
export function faqPayload(options: { expiresInMinutes?: number; issuedMinutesAgo?: number } = {}): FaqPayload {
  return {
    type: 'faq',
    version: 1,
    feed_id: 'example-air-faq',
    seq: 1,
    issued_at: at(-(options.issuedMinutesAgo ?? 2)),
    expires_at: at(options.expiresInMinutes ?? 60 * 24 * 30),
    entries: faqEntries,
  };
}
