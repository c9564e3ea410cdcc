/**
 * A channel given on the command line (`--channel`) by its id or by its name as readers see it:
 * "Storingslijn", "storingslijn" or "Fault line" for `phone-3`. Trial N: `new channel` names phone lines
 * `phone`, `phone-2`, `phone-3`, and a desk exporting the fault line's phone message did not remember which.
 * Pure; no DOM.
 */

type Named = { readonly id?: unknown; readonly label?: unknown };

const norm = (s: string): string => s.toLocaleLowerCase().replace(/[\s:.]+$/u, '').replace(/\s+/gu, ' ').trim();

/** Every language's name of a channel, normalised. */
function names(c: Named): string[] {
  const l = c.label;
  const all = typeof l === 'string' ? [l] : l && typeof l === 'object' ? Object.values(l).filter((x): x is string => typeof x === 'string') : [];
  return all.map(norm).filter(Boolean);
}

/**
 * The id of the channel `given` names: its id; else the one channel whose name (in any language) is `given`;
 * else the one whose name starts with it; else the one whose name holds it (3 characters or more).
 * Undefined when none or more than one match, so a guess never picks the wrong line.
 */
export function channelIdFor(channels: readonly Named[], given: string): string | undefined {
  const byId = channels.find((c) => c.id === given);
  if (byId) return String(byId.id);
  const g = norm(given);
  if (!g) return undefined;
  const tests: ((n: string) => boolean)[] = [(n) => n === g, (n) => n.startsWith(g), (n) => g.length >= 3 && n.includes(g)];
  for (const test of tests) {
    const hits = channels.filter((c) => typeof c.id === 'string' && names(c).some(test));
    if (hits.length === 1) return String(hits[0]!.id);
    if (hits.length > 1) return undefined;
  }
  return undefined;
}

/** "phone-3 (Storingslijn)": how an error names a channel to choose, by id and name. */
export function channelChoice(c: Named, lang?: string): string {
  const l = c.label;
  const name = typeof l === 'string' ? l : l && typeof l === 'object' ? ((l as Record<string, unknown>)[lang ?? ''] ?? Object.values(l)[0]) : undefined;
  return typeof name === 'string' && name.trim() && name !== c.id ? `${String(c.id)} (${name.trim()})` : String(c.id);
}
