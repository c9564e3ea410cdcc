/**
 * The one path from a document to a signed envelope on disk, shared by `sign` and `heartbeat`:
 * validate, check issued_at is not ahead of this computer's clock (issued-ahead.ts), lint (errors
 * stop it unless --force), sign with every key, check the size readers
 * accept (feed-size.ts; stops it unless --force), write.
 */
import type { JWK } from 'jose';
import type { GeneralJws } from '../feed/envelope.js';
import { validatePayload, type DocumentKind } from '../feed/schema.js';
import { signPayload } from '../feed/sign.js';
import { summarize, type Finding } from '../lint/index.js';
import { CliError, fromFeedError, invalidDocument } from './command.js';
import { writeOut } from './io.js';
import { envelopeText, oversize, oversizeForced, oversizeRefusal } from '../feed/feed-size.js';
import { feedZone, lintNow, reportFindings } from './lint-report.js';
import { holdFindings } from '../lint/held.js';
import { numbersOk } from '../lint/number-ok.js';
import { numberOkUnmatched } from './sign-refusal.js';
import { issuedAheadSaid } from './issued-ahead.js';

export interface PublishOptions {
  kind: DocumentKind;
  keys: readonly JWK[];
  /** The input file, to name in messages. */
  file: string;
  /** Where to write the envelope; standard output when absent. */
  out?: string;
  /** Sign even when lint finds errors (they are still printed), or when readers would refuse the feed as too large. */
  force: boolean;
  /** The file the desk edits, named in the size refusal (default: `file`; heartbeat's is the signed file). */
  source?: string;
  /** The language of the lint findings printed: en (default) or nl, as `lint --lang`. */
  lang?: 'en' | 'nl';
  /** Hold a number a digit off the feed's own lines as an error (lint/held.ts), as `sign` and the studio do. */
  hold?: boolean;
  /** Held numbers the desk named as meant (`sign --number-ok`, lint/number-ok.ts): those are let through, no other error. */
  numberOk?: readonly string[];
  /** What to say when lint errors stop the signing, given how many and the findings. */
  refusal: (errors: number, findings: Finding[]) => string;
  now?: number;
  /** The signed file this replaces (its envelope): lint compares with it (starts-while-going-on). */
  previous?: unknown;
  /**
   * Findings not printed again (heartbeat-findings.ts: heartbeat's warnings said when the feed was signed), with what
   * to say of them instead, given how many; still counted in `lint`.
   */
  unrepeated?: { said: (f: Finding) => boolean; note: (n: number) => string };
}

export interface Published {
  envelope: GeneralJws;
  lint: { errors: number; warnings: number };
  findings: Finding[];
}

/** Validates, lints, signs and writes `doc`; throws a CliError (exit 1 invalid, exit 2 lint or too-large) instead. */
export async function publish(doc: Record<string, unknown>, o: PublishOptions): Promise<Published> {
  const valid = validatePayload(o.kind, doc);
  if (!valid.ok) throw invalidDocument(o.file, o.kind, valid.issues, o.lang);
  // An issued_at ahead of this computer's clock (a typo in feed.json, or a clock behind): refused, as too-large, unless --force.
  const ahead = issuedAheadSaid(doc, o.source ?? o.file, o.now ?? Date.now(), o.lang ?? 'en', o.force);
  if (ahead && !o.force) throw new CliError(ahead, 2, 'issued-ahead');
  if (ahead) console.error(ahead);
  const linted = lintNow(doc, o.now, { lang: o.lang, previous: o.previous });
  // A number a digit off the feed's own lines holds up `sign` as it holds up the studio (lint/held.ts); not a heartbeat's re-sign.
  const ok = o.hold && o.numberOk?.length ? numbersOk(linted, o.numberOk, doc, feedZone(doc)) : undefined;
  const findings = o.hold ? holdFindings(linted, ok?.confirmed) : linted;
  if (ok?.unmatched.length) console.error(numberOkUnmatched(ok.unmatched, o.lang ?? 'en'));
  const quiet = o.unrepeated ? findings.filter(o.unrepeated.said) : [];
  reportFindings(findings.filter((f) => !quiet.includes(f)), o.file, undefined, o.lang, doc);
  if (quiet.length) console.error(o.unrepeated!.note(quiet.length));
  const lint = summarize(findings);
  if (lint.errors && !o.force) throw new CliError(o.refusal(lint.errors, findings), 2, 'lint');
  const envelope = await signPayload(new TextEncoder().encode(JSON.stringify(doc)), o.keys, o.kind).catch(fromFeedError);
  const text = envelopeText(envelope);
  // Larger than readers accept: refused, nothing written (exit 2, code too-large), unless --force.
  const big = oversize(text, doc, o.lang ?? 'en');
  if (big && !o.force) throw new CliError(oversizeRefusal(big, o.source ?? o.file, o.lang ?? 'en'), 2, 'too-large');
  if (big) console.error(oversizeForced(big, o.lang ?? 'en'));
  await writeOut(o.out, text);
  return { envelope, lint, findings };
}
