/**
 * One SMS made once within one exportSms call. Beside another open incident (sms-also.ts, sms-fraud.ts) the SMS is made
 * again for each line it may say, in every language, and each run shares the languages' parts (sms-plan.ts) and checks
 * two parts (sms-advice.ts, sms-urgent-note.ts): the same SMS was made up to three times over, and one call on trial
 * X's feed took 1–1.5 s (the studio's preview, `clearline update`, `lint --for sms`). Within `smsScope` each SMS is made
 * once per language, parts, incident, tail, link and plan (`smsKey`), and the same result is given back: nothing it says
 * changes. Outside a scope nothing is kept. Pure but for the scope, which lives only while the call runs.
 */
import type { StatusPayload } from '../feed/schema.js';
import type { SmsPlan } from './sms-plan.js';
import type { SmsTail } from './sms-fraud.js';
import { feedLanguages, type ExportOptions } from './text.js';

// What is kept, and the feed it is of (`of`): an SMS of another feed made inside the call is not kept.
let scope: { made: Map<string, unknown>; of?: object } | undefined;

/** `run()` with one memo for every SMS made inside it; a call inside another shares the outer one. */
export function smsScope<T>(run: () => T): T {
  if (scope) return run();
  scope = { made: new Map() };
  try {
    return run();
  } finally {
    scope = undefined;
  }
}

/** What an SMS is made of: the language, parts, incident and clock, the tail said in the SMS's language, the link, the plan. */
type SmsKeyOptions = ExportOptions & SmsTail & { parts?: number };
export function smsKey(payload: StatusPayload, opts: SmsKeyOptions, plan?: SmsPlan): string {
  const parts = opts.parts ?? 1;
  const tail = opts.tail?.(opts.lang ?? feedLanguages(payload)[0]!);
  // `quick` only leaves out the two-part advice, which one part alone gives.
  return JSON.stringify([opts.lang ?? null, parts, opts.incident ?? null, opts.now ?? null, tail ?? null, !!opts.noSite, parts === 1 && !!opts.quick, plan ? [plan.action, plan.next, plan.phase, plan.news] : null]);
}

/** `make()` once per `key` within a scope (smsScope) and of one feed (`of`, the first given in it), else each time. */
export function smsMemo<T>(key: string, make: () => T, of?: object): T {
  if (!scope || (of && (scope.of ??= of) !== of)) return make();
  if (!scope.made.has(key)) scope.made.set(key, make());
  return scope.made.get(key) as T;
}

type Make<O, T> = (payload: StatusPayload, opts: O, plan?: SmsPlan) => T;
/** `make` (sms.ts's smsIn) made once per `smsKey` within a scope. */
export const smsMemoized = <O extends SmsKeyOptions, T>(make: Make<O, T>): Make<O, T> => (payload, opts, plan) => smsMemo(smsKey(payload, opts, plan), () => make(payload, opts, plan), payload);
/** `run` (sms.ts's exportSms) with its own scope, or its caller's. */
export const smsScoped = <A extends unknown[], T>(run: (...args: A) => T): ((...args: A) => T) => (...args) => smsScope(() => run(...args));
