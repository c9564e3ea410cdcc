/** The changes `clearline update` makes to a feed, each a small function over the parsed JSON. */
import { isEmptyText } from '../feed/update.js';
import { CliError, isObj, type Obj } from './command.js';

/** New text for a part: one value per language given with --lang, or a plain string. */
export function newText(texts: string[], langs: string[], current: unknown, part: string): unknown {
  if (!texts.length) return undefined;
  if (!langs.length) {
    if (texts.length > 1) throw new CliError(`several --${part} texts need --lang, e.g. --lang nl,en --${part} "…" --${part} "…"`);
    if (isObj(current) && Object.keys(current).length > 1) {
      throw new CliError(`${part} is written in ${Object.keys(current).join(', ')}; give --lang ${Object.keys(current).join(',')} and one --${part} per language (or use --from update.md)`);
    }
    return isObj(current) && Object.keys(current).length === 1 ? { [Object.keys(current)[0]!]: texts[0] } : texts[0];
  }
  if (texts.length !== langs.length) throw new CliError(`--lang names ${langs.length} language(s) but --${part} was given ${texts.length} time(s); give one --${part} per language, in the same order`);
  return fromLanguages(Object.fromEntries(langs.map((l, i) => [l, texts[i]!])), current, part);
}

/** A text per language, checked against the languages the current text has, so no reader gets an old message. */
export function fromLanguages(value: Record<string, string>, current: unknown, part: string): unknown {
  const missing = isObj(current) ? Object.keys(current).filter((l) => !(l in value)) : [];
  if (missing.length) throw new CliError(`${part} is also written in ${missing.join(', ')}; give text for every language so no reader gets an old message`);
  if (typeof current === 'string' && Object.keys(value).length === 1) return Object.values(value)[0];
  return value;
}

/** Finds an action by its number in the list (1 = first) or by its label in any language. */
export function actionIndex(actions: Obj[], which: string): number {
  const n = Number(which);
  if (Number.isInteger(n) && n >= 1 && n <= actions.length) return n - 1;
  const label = (a: Obj) => (typeof a.label === 'string' ? [a.label] : isObj(a.label) ? Object.values(a.label).map(String) : []);
  const at = actions.findIndex((a) => label(a).some((l) => l.trim().toLowerCase() === which.trim().toLowerCase()));
  if (at >= 0) return at;
  const listing = actions.map((a, i) => `  ${i + 1}. ${label(a)[0] ?? '(no label)'}${a.urgent ? ' (urgent)' : ''}`).join('\n');
  throw new CliError(`no action "${which}"; give its number or its label. The actions:\n${listing || '  (none)'}`);
}

/** Sets a channel's wait and reason (`--channel ID --wait 20 --reason …`); `--wait none` clears the wait. */
export function setChannel(feed: Obj, id: string, wait: string | undefined, reason: unknown): Obj {
  const channels = Array.isArray(feed.channels) ? (feed.channels as Obj[]) : [];
  const channel = channels.find((c) => isObj(c) && c.id === id);
  if (!channel) throw new CliError(`there is no channel "${id}"; the channels: ${channels.map((c) => String(c.id)).join(', ') || 'none'}`);
  if (wait !== undefined) {
    if (/^(none|-|geen)$/i.test(wait.trim())) delete channel.wait_minutes;
    else {
      const minutes = Number(wait);
      if (!Number.isInteger(minutes) || minutes < 0 || minutes > 10_080) throw new CliError(`--wait ${wait}: give whole minutes (0 to 10080), or "none" to remove the wait`);
      channel.wait_minutes = minutes;
    }
  }
  if (reason !== undefined) {
    if (isEmptyText(reason)) delete channel.reason;
    else channel.reason = reason;
  }
  return channel;
}
