import type { ErrorCode } from '../feed/errors.js';

/**
 * The stable error codes, as exported by dist/clearline.js. The same list as src/feed/errors.ts,
 * kept here so the loader needs no shared chunk (one request less before anything runs); the
 * type below fails to compile when the two lists differ.
 */
export const ERROR_CODES = ['config', 'network', 'too-large', 'signature', 'invalid', 'expired', 'rollback'] as const;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same: Same<(typeof ERROR_CODES)[number], ErrorCode> = true;
void same;
