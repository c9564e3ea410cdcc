import type { Channel, Incident } from '../../src/feed/schema.js';

/** A text in Dutch and English. */
export const t = (nl: string, en: string) => ({ nl, en });

/** One FAQ entry: id, question nl/en, answer nl/en, tags, whether it is about the sector's incident. */
export type FaqRow = [id: string, qnl: string, qen: string, anl: string, aen: string, tags: string[], aboutIncident: boolean];

/** What a company in one sector publishes during its crisis. `at(minutes)` gives a time relative to now. */
export interface Sector {
  id: string;
  name: string;
  label: { nl: string; en: string };
  url: string;
  channels: Channel[];
  incident: (at: (minutes: number) => string) => Incident;
  faq: FaqRow[];
}
