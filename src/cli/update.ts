import { createInterface } from 'node:readline/promises';
import { PHASES, SEVERITIES, type Incident, type Phase, type Severity, type TextValue } from '../feed/schema.js';
import { correctionProblem, postUpdate, withoutStaleWaits, type FeedDraft, type IncidentChange } from '../feed/update.js';
import { channelLink } from '../feed/channel-edit.js';
import { callingCodeForZone } from '../feed/dialling.js';
import { formatFinding } from '../lint/index.js';
import { CliError, isObj, json, list, parseLangs, str, type Command, type Obj } from './command.js';
import { readJson, readText, writeText } from './io.js';
import { feedZone, lintNow, ownWords, reportFindings } from './lint-report.js';
import { actionIndex, fromLanguages, newText, setChannel } from './update-edit.js';
import { parseUpdateFile, type UpdateTexts } from './update-from.js';
import { nextUpdateOption, shownTime } from './when.js';

/** Asks for the closing text in each language, when a person is at the terminal. */
async function askClosingText(langs: string[]): Promise<Record<string, string> | undefined> {
  if (!process.stdin.isTTY) return undefined;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const out: Record<string, string> = {};
    for (const l of langs) out[l] = (await rl.question(`Closing text (what we know now) in ${l}: `)).trim();
    return Object.values(out).every(Boolean) ? out : undefined;
  } finally {
    rl.close();
  }
}

const languagesOf = (v: unknown) => (isObj(v) ? Object.keys(v) : []);

export const update: Command = {
  name: 'update',
  summary: 'publish a new update of an incident: texts, next update, severity, phase, affects, actions, channel waits',
  usage:
    'clearline update feed.json --incident ID [--from update.md | --lang nl,en [--title TEXT...] --known TEXT... --unknown TEXT...] [--next-update +30m|HH:MM|ISO] ' +
    '[--severity S] [--phase P] [--affects TEXT...] [--add-action TEXT... [--urgent] [--who TEXT...] [--link URL|NUMBER]] [--remove-action N] [--mark-urgent N] [--unmark-urgent N] ' +
    '[--channel ID [--wait MIN|none] [--reason TEXT...]] [--resolve] [--correct]',
  positionals: 1,
  options: {
    incident: { type: 'string', help: 'the id of the incident to update' },
    from: { type: 'string', help: 'read the texts from a Markdown file: "## nl" / "## en" sections with "### known" and "### unknown"' },
    lang: { type: 'string', help: 'languages of the texts given on the command line, comma-separated, in the order of the options' },
    title: { type: 'string', multiple: true, help: 'a new title, when the old one is no longer true (one per --lang language)' },
    known: { type: 'string', multiple: true, help: 'what we know now (one per --lang language)' },
    unknown: { type: 'string', multiple: true, help: "what we don't know yet (one per --lang language)" },
    'next-update': { type: 'string', help: "when the next update comes: +15m, +1h, 10:30 (in the feed's time zone) or an ISO time with an offset" },
    severity: { type: 'string', help: SEVERITIES.join(', ') },
    phase: { type: 'string', help: PHASES.join(', ') },
    affects: { type: 'string', multiple: true, help: 'what is affected, replacing the list (repeat for several; one text per item, or --lang and one per language for a single item); "" clears it' },
    'add-action': { type: 'string', multiple: true, help: 'add an action (one label per --lang language)' },
    who: { type: 'string', multiple: true, help: 'who the added action is for (one per --lang language)' },
    link: { type: 'string', help: "where the added action leads, so readers can tap it: a web address, an e-mail address or a phone number (0800-1234 is read in the feed's country)" },
    urgent: { type: 'boolean', help: 'the added action is urgent (act now)' },
    'remove-action': { type: 'string', multiple: true, help: 'remove an action: its number (1 = first) or its label' },
    'mark-urgent': { type: 'string', multiple: true, help: 'mark an action urgent: its number or label' },
    'unmark-urgent': { type: 'string', multiple: true, help: 'make an action "can wait": its number or label' },
    channel: { type: 'string', help: 'the id of a contact channel whose --wait or --reason changes' },
    wait: { type: 'string', help: 'the expected wait in minutes for --channel, or "none"' },
    reason: { type: 'string', multiple: true, help: 'why the wait is what it is, for --channel (one per --lang language); "" clears it' },
    resolve: { type: 'boolean', help: 'resolve the incident: needs a closing text (--known or --from; asked for at a terminal); clears unknown and stale channel waits' },
    correct: { type: 'boolean', help: 'correct a mistake in the texts now published (a typo, a wrong number): no new update for readers, nothing added to the history, "Updated" keeps its time' },
    json: { type: 'boolean', help: 'print the updated incident and lint findings as JSON' },
  },
  async run(v, [file]) {
    if (!file) throw new CliError('give the feed file, e.g. clearline update feed.json --incident storm --known "…"');
    const id = str(v.incident);
    if (!id) {
      const incidents = await readJson(file, 'the feed').then((f) => (isObj(f) && Array.isArray(f.incidents) ? (f.incidents as Obj[]).map((i) => String(i?.id)) : []), () => []);
      const only = v.channel !== undefined ? '; to change only a channel\'s wait or reason: clearline edit channel --id ID --wait MIN --reason TEXT' : '';
      throw new CliError(`give --incident ID${incidents.length ? ` (in ${file}: ${incidents.join(', ')})` : ''}${only}`);
    }
    const phase = str(v.phase) as Phase | undefined;
    if (phase && !(PHASES as readonly string[]).includes(phase)) throw new CliError(`--phase must be one of ${PHASES.join(', ')}`);
    const severity = str(v.severity) as Severity | undefined;
    if (severity && !(SEVERITIES as readonly string[]).includes(severity)) throw new CliError(`--severity must be one of ${SEVERITIES.join(', ')}`);
    const resolve = v.resolve === true || phase === 'resolved';
    const correct = v.correct === true;
    if (resolve && v['next-update'] !== undefined) throw new CliError('a resolved incident has no next update; leave out --next-update');
    if ((v.wait !== undefined || v.reason !== undefined) && !v.channel) throw new CliError('--wait and --reason need --channel ID (the channel they are for)');

    // Read once and remember exactly what was read: two people updating at once must not overwrite each other.
    const original = await readText(file, 'the feed');
    const feed = await readJson(file, 'the feed');
    if (!isObj(feed) || !Array.isArray(feed.incidents)) throw new CliError(`${file} is not a status feed`, 1, 'invalid');
    const incident = (feed.incidents as Obj[]).find((i) => isObj(i) && i.id === id);
    if (!incident) throw new CliError(`${file} has no incident "${id}"; its incidents: ${(feed.incidents as Obj[]).map((i) => String(i.id)).join(', ') || 'none'}`);
    const now = Date.now();
    const langs = parseLangs(v.lang);

    let fromFile: UpdateTexts = {};
    const from = str(v.from);
    if (from) {
      try {
        // The incident's own languages: one language needs no "## en" heading.
        const written = typeof incident.known === 'string' ? [''] : isObj(incident.known) ? Object.keys(incident.known) : [];
        fromFile = parseUpdateFile(await readText(from, 'the update text'), from, written);
      } catch (e) {
        if (e instanceof CliError) throw e;
        throw new CliError((e as Error).message);
      }
    }
    let known = fromFile.known ? fromLanguages(fromFile.known, incident.known, 'known') : newText(list(v.known), langs, incident.known, 'known');
    const unknown = fromFile.unknown ? fromLanguages(fromFile.unknown, incident.unknown, 'unknown') : newText(list(v.unknown), langs, incident.unknown, 'unknown');
    if (resolve && known === undefined && !(correct && incident.phase === 'resolved')) {
      const asked = await askClosingText(languagesOf(incident.known).length ? languagesOf(incident.known) : ['en']);
      if (!asked) throw new CliError('resolving needs a closing text that says what happened and that it is over: give --known (one per --lang language) or --from closing.md');
      known = fromLanguages(asked, incident.known, 'known');
    }
    const next = v['next-update'] !== undefined ? nextUpdateOption(String(v['next-update']), feed, now) : undefined;

    // Actions are edited on a copy and handed to the one update logic with the rest.
    const before = Array.isArray(incident.actions) ? (incident.actions as Obj[]) : [];
    const actions = structuredClone(before);
    for (const which of list(v['mark-urgent'])) actions[actionIndex(actions, which)]!.urgent = true;
    for (const which of list(v['unmark-urgent'])) delete actions[actionIndex(actions, which)]!.urgent;
    const removals = list(v['remove-action']).map((w) => actionIndex(actions, w));
    for (const i of [...new Set(removals)].sort((a, b) => b - a)) actions.splice(i, 1);
    const label = newText(list(v['add-action']), langs, langs.length > 1 ? Object.fromEntries(langs.map((l) => [l, ''])) : undefined, 'add-action');
    if (label !== undefined) {
      const who = newText(list(v.who), langs, undefined, 'who');
      const link = str(v.link)?.trim() ? channelLink(str(v.link)!, callingCodeForZone(feedZone(feed))) : undefined;
      actions.push({ label, ...(link ? { href: link } : {}), ...(who !== undefined ? { who } : {}), ...(v.urgent ? { urgent: true } : {}) });
    } else if (v.link !== undefined) throw new CliError('--link is for the action added with --add-action');
    const actionsChanged = JSON.stringify(actions) !== JSON.stringify(before);
    const affects = list(v.affects).length ? list(v.affects).filter((a) => a.trim()) : undefined;

    // One update logic for the CLI and the studio (feed/update.ts): changed texts, phase or
    // resolution move the earlier texts into the history at the time they were published.
    const title = newText(list(v.title), langs, incident.title, 'title');
    const change: IncidentChange = {
      title: title as TextValue | undefined,
      known: known as TextValue | undefined,
      unknown: unknown as TextValue | undefined,
      note: fromFile.note as TextValue | undefined,
      phase: resolve ? undefined : phase,
      resolve,
      next_update_at: next?.iso,
      severity,
      affects: affects && (langs.length > 1 && affects.length === langs.length ? [Object.fromEntries(langs.map((l, i) => [l, affects[i]!]))] : affects),
      actions: actionsChanged ? (actions as Incident['actions']) : undefined,
      correct,
    };
    const problem = correctionProblem(incident, change);
    if (problem) throw new CliError(`--correct: ${problem}; leave out --correct to publish it as a new update`);
    const changes: string[] = [];
    if (known !== undefined || unknown !== undefined || fromFile.note || phase || resolve) changes.push(correct ? 'corrected texts (no new update)' : resolve ? 'resolved' : 'texts');
    if (title !== undefined) changes.push('title');
    if (next) changes.push(`next update ${next.shown} (${feedZone(feed)})`);
    if (severity) changes.push(`severity ${severity}`);
    if (affects) changes.push('affects');
    if (actionsChanged) changes.push('actions');
    const updated = postUpdate(feed as FeedDraft, id, change, now) as unknown as Obj;
    const after = (updated.incidents as Obj[]).find((i) => i.id === id)!;

    const channelId = str(v.channel);
    if (channelId) {
      const channel = setChannel(updated, channelId, str(v.wait), v.reason === undefined ? undefined : newText(list(v.reason), langs, (feed.channels as Obj[]).find((c) => c.id === channelId)?.reason, 'reason'));
      changes.push(`channel ${channelId}${channel.wait_minutes !== undefined ? ` wait ${String(channel.wait_minutes)} min` : ''}`);
    }
    const { feed: done, cleared } = resolve ? withoutStaleWaits(updated) : { feed: updated, cleared: [] as string[] };
    if (!changes.length) throw new CliError('nothing to change: give --title, --known/--unknown/--from, --next-update, --severity, --phase, --affects, an action option, --channel or --resolve');

    const findings = lintNow(done, now);
    // A next update or an action link that signing would refuse is refused here, before writing.
    const at = `incidents/${(done.incidents as Obj[]).indexOf(after)}`;
    const added = `${at}/actions/${actions.length - 1}/href`;
    const touched = (p: string) => (next !== undefined && p === `${at}/next_update_at`) || (label !== undefined && v.link !== undefined && p === added);
    const refused = ownWords(findings.filter((f) => f.severity === 'error' && touched(f.path)));
    if (refused.length) throw new CliError(`not changed; ${file} is unchanged:\n${refused.map((f) => formatFinding(f, undefined, done)).join('\n')}`, 1, 'invalid');

    if ((await readText(file, 'the feed')) !== original) {
      throw new CliError(`${file} changed while this update was being made (someone else updated it?); nothing was written. Run the same command again: it starts from the new version`, 1, 'conflict');
    }
    await writeText(file, json(done) + '\n');
    if (v.json) return console.log(json({ feed: file, incident: after, changes, cleared_channels: cleared, findings }));
    const when = after.next_update_at ? `next update ${shownTime(after.next_update_at, done, now)} (${feedZone(done)})` : 'no next update';
    console.log(`Updated "${id}" in ${file}: ${changes.join(', ')}; phase ${String(after.phase)}${next ? '' : `, ${when}`}. Sign it to publish.`);
    if (cleared.length) console.log(`Cleared the waits of ${cleared.join(', ')}: they were about this incident.`);
    reportFindings(findings, file, undefined, undefined, done);
  },
};
