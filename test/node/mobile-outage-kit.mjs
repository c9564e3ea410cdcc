// Trial L's feed (a Dutch mobile operator's nationwide outage, 6 Dec 2026) at each update, for the export tests: the
// studio's third version is the fixture; the earlier ones are its history (`updates`, newest first), as the CLI wrote them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './export-kit.mjs';

/** Between the third update (10:38Z) and its promised next one (11:08Z). */
export const NOW = Date.parse('2026-12-06T10:40:00Z');

const RESOLVED_KNOWN = {
  nl: 'Ons mobiele netwerk werkt weer in heel Nederland. Bellen, sms en mobiel internet werken weer sinds 05:00. Werkt uw mobiel nog niet? Zet hem één keer uit en weer aan. Over compensatie leest u later meer op deze pagina.',
  en: 'Our mobile network is working again across the Netherlands. Calls, texts and mobile data have worked again since 05:00. Mobile still not working? Switch it off and on again once. We will say more about compensation on this page later.',
};

/** The feed as published: 1 (investigating), 2 (cause found), 3 (the studio's update) or 'resolved'. */
export function mobileOutage(version) {
  const feed = JSON.parse(readFileSync(join(FIXTURES, 'mobile-outage.json'), 'utf8'));
  const inc = feed.incidents[0];
  if (version === 'resolved') {
    Object.assign(inc, { phase: 'resolved', resolved_at: '2026-12-06T10:36:00Z', next_update_at: null, known: RESOLVED_KNOWN, unknown: { nl: '', en: '' } });
    return feed;
  }
  // Version n is the history's entry 3 - n, with the older ones as its own history.
  const back = 3 - version;
  if (back > 0) {
    const [then, ...older] = inc.updates.slice(back - 1);
    Object.assign(inc, { known: then.known, unknown: then.unknown, updated_at: then.at, updates: older });
    if (version === 1) inc.phase = 'investigating';
  }
  return feed;
}
