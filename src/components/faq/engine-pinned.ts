import { importPinned, PINNED } from '../../loader/pinned.js';
import type { SearchEngine } from './engine-load.js';

/** engine-load.ts for the classic script: the engine is dist/clearline-search.js beside it, pinned by its hash (loader/pinned.ts). */
export const importEngine = (): Promise<SearchEngine> => importPinned<SearchEngine>(PINNED.search);
