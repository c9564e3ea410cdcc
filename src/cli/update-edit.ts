/** The changes `clearline update` makes to a feed, each a small function over the parsed JSON. */
import { channelChoice } from '../feed/channel-pick.js';
import { isEmptyText } from '../feed/update.js';
import { stampWait } from '../feed/wait-stamp.js';
import { CliError, isObj, type Obj } from './command.js';
import { UPDATE_TERMS, type UpdateTerms } from './update-terms.js';

/** New text for a part: one value per language given with --lang, or a plain string. */
/** `t`: the words of the messages (update-terms.ts), English unless the caller speaks Dutch. */
/** `keep` (a correction, --correct): the languages not given keep their text, as a typo in one language leaves the others right. */
export function newText(texts: string[], langs: string[], current: unknown, part: string, t: UpdateTerms = UPDATE_TERMS.en, keep = false): unknown {
  if (!texts.length) return undefined;
  if (!langs.length) {
    if (texts.length > 1) throw new CliError(t.severalNeedLang(part));
    if (isObj(current) && Object.keys(current).length > 1) throw new CliError(t.writtenIn(part, Object.keys(current)));
    return isObj(current) && Object.keys(current).length === 1 ? { [Object.keys(current)[0]!]: texts[0] } : texts[0];
  }
  if (texts.length !== langs.length) throw new CliError(t.langCount(part, langs.length, texts.length));
  return fromLanguages(Object.fromEntries(langs.map((l, i) => [l, texts[i]!])), current, part, t, keep);
}

/** A text per language, checked against the languages the current text has, so no reader gets an old message. */
export function fromLanguages(value: Record<string, string>, current: unknown, part: string, t: UpdateTerms = UPDATE_TERMS.en, keep = false): unknown {
  // A night desk correcting a Dutch typo was told to retype the English too: a correction is no news, the rest stays right.
  if (keep && isObj(current)) return Object.fromEntries([...Object.keys(current), ...Object.keys(value)].map((l) => [l, l in value ? value[l]! : current[l]]));
  const missing = isObj(current) ? Object.keys(current).filter((l) => !(l in value)) : [];
  if (missing.length) throw new CliError(t.alsoWrittenIn(part, missing));
  if (typeof current === 'string' && Object.keys(value).length === 1) return Object.values(value)[0];
  return value;
}

/** Finds an action by its number in the list (1 = first) or by its label in any language. */
export function actionIndex(actions: Obj[], which: string, t: UpdateTerms = UPDATE_TERMS.en): number {
  const n = Number(which);
  if (Number.isInteger(n) && n >= 1 && n <= actions.length) return n - 1;
  const label = (a: Obj) => (typeof a.label === 'string' ? [a.label] : isObj(a.label) ? Object.values(a.label).map(String) : []);
  const at = actions.findIndex((a) => label(a).some((l) => l.trim().toLowerCase() === which.trim().toLowerCase()));
  if (at >= 0) return at;
  const listing = actions.map((a, i) => `  ${i + 1}. ${label(a)[0] ?? '(no label)'}${a.urgent ? ` (${t.urgent})` : ''}`).join('\n');
  throw new CliError(t.noAction(which, listing));
}

/** Sets a channel's wait and reason (`--channel ID --wait 20 --reason …`); `--wait none` clears the wait. Stamped `now` (wait_updated_at). */
export function setChannel(feed: Obj, id: string, wait: string | undefined, reason: unknown, t: UpdateTerms = UPDATE_TERMS.en, now = Date.now()): Obj {
  const channels = Array.isArray(feed.channels) ? (feed.channels as Obj[]) : [];
  const channel = channels.find((c) => isObj(c) && c.id === id);
  if (!channel) throw new CliError(t.noChannel(id, channels.map((c) => channelChoice(c))));
  if (wait !== undefined) {
    if (/^(none|-|geen)$/i.test(wait.trim())) delete channel.wait_minutes;
    else {
      const minutes = Number(wait);
      if (!Number.isInteger(minutes) || minutes < 0 || minutes > 10_080) throw new CliError(t.badWait(wait));
      channel.wait_minutes = minutes;
    }
  }
  if (reason !== undefined) {
    if (isEmptyText(reason)) delete channel.reason;
    else channel.reason = reason;
  }
  return stampWait(channel, now);
}

/** The numbers of a text (house numbers, times), as written. */
const written = (s: string) => s.match(/\d+(?:[.:,]\d+)*/g) ?? [];
/** The same, their separators made one: "9.00" and "9:00" are one time. */
const same = (n: string) => n.replace(/[.:,]/g, ':');
const numbers = (s: string) => new Set(written(s).map(same));

/** A text a correction left in another language still naming a number the corrected language no longer says. */
export interface StaleNumber {
  /** The part, as its option says it: `--known "…"`, `--reword-action 4 --label "…"`. */
  option: string;
  corrected: string;
  stale: string;
  /** As the stale text writes them: "12", "9:00". */
  numbers: string[];
}

/**
 * After `--correct --lang nl`, the languages left as they were that still name a number the correction took out: a
 * municipality's desk corrected "Dorpsstraat 12" to "21" in Dutch, and the English went on sending people to number 12.
 */
export function staleNumbers(before: Obj, after: Obj): StaleNumber[] {
  const out: StaleNumber[] = [];
  const check = (old: unknown, now: unknown, option: string) => {
    if (!isObj(old) || !isObj(now)) return;
    const langs = Object.keys(old).filter((l) => typeof old[l] === 'string' && typeof now[l] === 'string');
    const changed = langs.filter((l) => old[l] !== now[l]);
    const kept = langs.filter((l) => old[l] === now[l]);
    for (const c of changed) {
      const gone = [...numbers(old[c] as string)].filter((n) => !numbers(now[c] as string).has(n));
      for (const k of kept) {
        const still = [...new Set(written(old[k] as string).filter((n) => gone.includes(same(n))))];
        if (still.length) out.push({ option, corrected: c, stale: k, numbers: still });
      }
    }
  };
  check(before.title, after.title, '--title "…"');
  check(before.known, after.known, '--known "…"');
  check(before.unknown, after.unknown, '--unknown "…"');
  const olds = Array.isArray(before.actions) ? (before.actions as Obj[]) : [];
  const nows = Array.isArray(after.actions) ? (after.actions as Obj[]) : [];
  if (olds.length === nows.length) {
    olds.forEach((a, i) => {
      check(a.label, nows[i]!.label, `--reword-action ${i + 1} --label "…"`);
      check(a.who, nows[i]!.who, `--reword-action ${i + 1} --who "…"`);
    });
  }
  return out;
}

/**
 * The earlier updates this update pushed out of the incident's history: it keeps at most LIMITS.updates (feed/update.ts
 * postUpdate puts the new one first and drops the oldest), and the dropped one is gone from feed.json too, without a word.
 */
export function droppedUpdates(before: Obj, after: Obj): Obj[] {
  const old = Array.isArray(before.updates) ? (before.updates as Obj[]) : [];
  const kept = Array.isArray(after.updates) ? (after.updates as Obj[]) : [];
  const added = kept.length > 0 && JSON.stringify(kept[0]) !== JSON.stringify(old[0]);
  return added ? old.slice(kept.length - 1) : [];
}
