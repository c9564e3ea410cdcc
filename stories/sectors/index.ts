/**
 * The one fixture module for sector stories: five companies beside the airline (energy network,
 * telecom, bank, municipality, drinking water), each in Dutch and English, with the texts they would publish
 * (known / unknown / next update / actions with who / channels with waits and reasons, and an
 * emergency line first where the sector has one). Times are relative to now, like fixtures.ts.
 */
import type { FaqEntry, StatusPayload } from '../../src/feed/schema.js';
import { at, statusPayload } from '../fixtures.js';
import { bank } from './bank.js';
import { energy } from './energy.js';
import { municipality } from './municipality.js';
import { telecom } from './telecom.js';
import type { Sector } from './types.js';
import { water } from './water.js';

export type { Sector } from './types.js';
export const SECTORS = { energy, telecom, bank, municipality, water } as const;
export type SectorId = keyof typeof SECTORS;

/** The sector's status document: its open incident, channels and publisher, with fresh times. */
export function sectorStatus(id: SectorId): StatusPayload {
  const s: Sector = SECTORS[id];
  return statusPayload([s.incident((m) => at(m))], { channels: s.channels, feedId: `example-${s.id}`, publisher: { name: s.name, url: s.url } });
}

/** The sector's FAQ; entries about its incident come first while it is open. */
export function sectorFaq(id: SectorId): FaqEntry[] {
  const s: Sector = SECTORS[id];
  const incidentId = s.incident((m) => at(m)).id;
  return s.faq.map(([entryId, qnl, qen, anl, aen, tags, about]) => ({
    id: entryId,
    question: { nl: qnl, en: qen },
    answer: { nl: anl, en: aen },
    tags,
    incidents: about ? [incidentId] : [],
  }));
}
