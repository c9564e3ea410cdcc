/**
 * The FAQ search engine (minisearch, stemmers, ranking), loaded on first focus or query as its own
 * chunk. The classic script replaces this file with engine-pinned.ts (vite.config.ts).
 */
export type SearchEngine = typeof import('../../search/index.js');

export const importEngine = (): Promise<SearchEngine> => import('../../search/index.js');
