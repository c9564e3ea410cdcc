/**
 * A reader's tolerance of a newer feed: a channel of a kind this reader does not know is left out, with one console
 * warning, and the contact reasons no longer name it; the rest of the feed is shown. Embeds built before `sms` (trial T)
 * refused a whole feed with one sms channel and showed nothing new; the next kind would have done the same. Pure.
 * Only readers use it (verifyDocument unless `strict`, the elements' `data`): lint, sign, `new channel`, the studio and the
 * CLI's verify, export and heartbeat (`strict`) refuse an unknown kind as before, so a typo such as "phnoe" is caught
 * before publishing, and a feed is never signed again without the line it had.
 */
import { CHANNEL_KINDS } from './schema.js';

// JSON, not yet checked: `filter` and `map` are there only on arrays.
type Loose = { channels?: Loose[]; contact_reasons?: Loose[]; id?: unknown; kind?: unknown; label?: unknown };

/** Said once a page, though each poll parses the feed again. */
const warned = new Set<string>();

/** The payload without channels of unknown kinds (a string not in CHANNEL_KINDS), nor their ids in the reasons. */
export function withKnownKinds(input: unknown): unknown {
  const p = input as Loose | null;
  const gone: unknown[] = [];
  const channels = p?.channels?.filter?.((c) => {
    const kind = c?.kind;
    if (typeof kind != 'string' || (CHANNEL_KINDS as readonly string[]).includes(kind)) return true;
    const said = `clearline: channel "${c.id}" of unknown kind "${kind}" left out`;
    if (!warned.has(said)) console.warn(said, c.label);
    warned.add(said);
    return !gone.push(c.id);
  });
  return gone.length
    ? { ...p, channels, contact_reasons: p!.contact_reasons?.map?.((r) => (r?.channels?.filter ? { ...r, channels: r.channels.filter((id) => !gone.includes(id)) } : r)) }
    : p;
}
