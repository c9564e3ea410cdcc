/**
 * The fields the desk has left (their errors show from then on) are remembered by their lint path, which names a
 * place: `channels/2/href`. When a list is reordered or shortened (Up / Down, Remove, 999 moving first), the paths
 * follow their item, so an error the desk has just seen stays on the moved channel instead of jumping to another.
 * Pure: no DOM, no Lit.
 */

/** Runs `mutate` and says, for each item of `list()` before it, where that item is after it (-1: removed). */
export function orderAfter<T>(list: () => readonly T[], mutate: () => void): number[] {
  const before = [...list()];
  mutate();
  const after = list();
  return before.map((item) => after.indexOf(item));
}

/** `keys` with every `${prefix}/${i}` path (and the paths under it) moved to the item's new place in `order`. */
export function followOrder(keys: ReadonlySet<string>, prefix: string, order: readonly number[]): Set<string> {
  if (order.every((to, from) => to === from)) return keys as Set<string>;
  const head = `${prefix}/`;
  const out = new Set<string>();
  for (const key of keys) {
    const m = key.startsWith(head) ? /^(\d+)(\/.*)?$/.exec(key.slice(head.length)) : null;
    const to = m ? order[Number(m[1])] : undefined;
    if (!m) out.add(key);
    else if (to !== undefined && to >= 0) out.add(`${head}${to}${m[2] ?? ''}`);
  }
  return out;
}
