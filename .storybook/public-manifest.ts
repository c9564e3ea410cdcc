/**
 * The manifest Storybook's docs table is built from, cut to each element's public API: the
 * analyzer also lists private and protected fields (a banner's `space`, `store`, `clock`, ...),
 * static ones (class-level, so a control on the element would set nothing) and `_`-named ones,
 * which the table then offered with "Set object" controls beside the real properties (trial J).
 * Attributes, events, CSS properties and parts are kept as they are.
 */
interface Member {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  description?: string;
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  [key: string]: unknown;
}
interface Manifest {
  modules: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/** A member a page may use: public, on the instance, not marked internal. */
export function isPublicMember(m: Member): boolean {
  return (!m.privacy || m.privacy === 'public') && !m.static && !/^[_#]/.test(m.name) && !/@internal\b/.test(m.description ?? '');
}

/** A copy of `manifest` whose custom elements list only their public members. */
export function publicManifest<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => (d.tagName && d.members ? { ...d, members: d.members.filter(isPublicMember) } : d)),
    })),
  };
}
