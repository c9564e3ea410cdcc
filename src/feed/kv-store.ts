/** The key-value store the rollback records, the kept-copy cache and the banner share. */

/** Synchronous string storage, like localStorage: where rollback records, kept copies and banner dismissals live. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

/** A store in memory, for when localStorage is unavailable (private modes, sandboxed frames, Node). */
export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const fallback = memoryStore();

/** localStorage when it works, else a per-page memory store. */
export function defaultStore(): KeyValueStore {
  try {
    const ls = globalThis.localStorage;
    const probe = '__clearline_probe__';
    ls.setItem(probe, '1');
    ls.removeItem(probe);
    return ls;
  } catch {
    return fallback;
  }
}
