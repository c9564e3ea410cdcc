import { PHASES, type Phase, type TextValue } from '../feed/schema.js';
import { parseDuration } from '../feed/sign.js';
import { postUpdate } from '../feed/update.js';
import { CliError, isObj, iso, json, list, parseLangs, str, type Command, type Obj } from './command.js';
import { readJson, writeText } from './io.js';
import { lintNow, reportFindings } from './lint-report.js';

/**
 * Parses `+30m`, `HH:MM` (the next such local clock time, within 24 hours) or an ISO time.
 */
function parseNextUpdate(input: string, now = Date.now()): string {
  const s = input.trim();
  if (s.startsWith('+')) {
    try {
      return iso(now + parseDuration(s.slice(1)));
    } catch {
      throw new CliError(`--next-update ${input}: use +30m, +1h, 14:30 or an ISO time`);
    }
  }
  const hm = /^(\d{1,2}):(\d{2})$/.exec(s);
  if (hm) {
    const [h, m] = [Number(hm[1]), Number(hm[2])];
    if (h > 23 || m > 59) throw new CliError(`--next-update ${input} is not a clock time`);
    const d = new Date(now);
    d.setHours(h, m, 0, 0);
    if (d.getTime() <= now) d.setDate(d.getDate() + 1);
    return iso(d.getTime());
  }
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(s) ? Date.parse(s) : NaN;
  if (Number.isNaN(ms)) throw new CliError(`--next-update ${input}: use +30m, +1h, 14:30 or an ISO time such as 2026-11-23T14:30:00Z`);
  return iso(ms);
}

/** New text for a part: one value per language given with --lang, or a plain string. */
function newText(texts: string[], langs: string[], current: unknown, part: string): unknown {
  if (!texts.length) return undefined;
  if (!langs.length) {
    if (texts.length > 1) throw new CliError(`several --${part} texts need --lang, e.g. --lang nl,en --${part} "…" --${part} "…"`);
    if (isObj(current) && Object.keys(current).length > 1) {
      throw new CliError(`${part} is written in ${Object.keys(current).join(', ')}; give --lang ${Object.keys(current).join(',')} and one --${part} per language`);
    }
    return isObj(current) && Object.keys(current).length === 1 ? { [Object.keys(current)[0]!]: texts[0] } : texts[0];
  }
  if (texts.length !== langs.length) throw new CliError(`--lang names ${langs.length} language(s) but --${part} was given ${texts.length} time(s); give one --${part} per language, in the same order`);
  const value = Object.fromEntries(langs.map((l, i) => [l, texts[i]!]));
  const missing = isObj(current) ? Object.keys(current).filter((l) => !(l in value)) : [];
  if (missing.length) throw new CliError(`${part} is also written in ${missing.join(', ')}; give text for every language so no reader gets an old message`);
  return value;
}

export const update: Command = {
  name: 'update',
  summary: 'publish a new update of an incident: earlier text moves to its history',
  usage: 'clearline update feed.json --incident ID [--lang nl,en] [--known TEXT]... [--unknown TEXT]... [--next-update +30m|HH:MM|ISO] [--phase PHASE] [--resolve]',
  options: {
    incident: { type: 'string', help: 'the id of the incident to update' },
    lang: { type: 'string', help: 'languages of the texts, comma-separated, in the order of the --known/--unknown options' },
    known: { type: 'string', multiple: true, help: 'what we know now (one per --lang language)' },
    unknown: { type: 'string', multiple: true, help: "what we don't know yet (one per --lang language)" },
    'next-update': { type: 'string', help: 'when the next update comes: +30m, +1h, 14:30 (local time) or an ISO time' },
    phase: { type: 'string', help: PHASES.join(', ') },
    resolve: { type: 'boolean', help: 'mark the incident resolved: resolved_at now, no next update' },
    json: { type: 'boolean', help: 'print the updated incident and lint findings as JSON' },
  },
  async run(v, [file]) {
    if (!file) throw new CliError('give the feed file, e.g. clearline update feed.json --incident storm --known "…"');
    const id = str(v.incident);
    if (!id) throw new CliError('give --incident ID');
    const phase = str(v.phase) as Phase | undefined;
    if (phase && !(PHASES as readonly string[]).includes(phase)) throw new CliError(`--phase must be one of ${PHASES.join(', ')}`);
    const resolve = v.resolve === true || phase === 'resolved';
    if (resolve && v['next-update'] !== undefined) throw new CliError('a resolved incident has no next update; leave out --next-update');
    const feed = await readJson(file, 'the feed');
    if (!isObj(feed) || !Array.isArray(feed.incidents)) throw new CliError(`${file} is not a status feed`, 1, 'invalid');
    const incident = (feed.incidents as Obj[]).find((i) => isObj(i) && i.id === id);
    if (!incident) throw new CliError(`${file} has no incident "${id}"; its incidents: ${(feed.incidents as Obj[]).map((i) => String(i.id)).join(', ') || 'none'}`);
    const now = Date.now();
    const langs = parseLangs(v.lang);
    const known = newText(list(v.known), langs, incident.known, 'known');
    const unknown = newText(list(v.unknown), langs, incident.unknown, 'unknown');
    const next = v['next-update'] !== undefined ? parseNextUpdate(String(v['next-update']), now) : undefined;
    if (known === undefined && unknown === undefined && next === undefined && !phase && !resolve) {
      throw new CliError('nothing to change: give --known, --unknown, --next-update, --phase or --resolve');
    }
    // One update logic for the CLI and the studio: changed text, phase or resolution moves the
    // earlier parts into the history; a new time alone does not; the signing stamps are dropped.
    const change = { known: known as TextValue | undefined, unknown: unknown as TextValue | undefined, phase: resolve ? undefined : phase, next_update_at: next, resolve };
    const updated = postUpdate(feed as { incidents: unknown[] }, id, change, now) as Obj;
    const after = (updated.incidents as Obj[]).find((i) => i.id === id)!;
    await writeText(file, json(updated) + '\n');
    const findings = lintNow(updated, now);
    if (v.json) return console.log(json({ feed: file, incident: after, findings }));
    const when = after.next_update_at ? `next update ${String(after.next_update_at)}` : 'no next update';
    console.log(`Updated "${id}" in ${file}: phase ${String(after.phase)}, ${when}. Sign it to publish.`);
    reportFindings(findings, file);
  },
};
