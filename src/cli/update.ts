import { channelIdFor } from '../feed/channel-pick.js';
import { withStart } from '../feed/announced-edit.js';
import { LIMITS, PHASES, SEVERITIES, type Incident, type Phase, type Severity, type TextValue } from '../feed/schema.js';
import { correctionRule, isEmptyText, postUpdate, withoutStaleWaits, type FeedDraft, type IncidentChange } from '../feed/update.js';
import { channelLink } from '../feed/channel-edit.js';
import { feedLanguages } from '../feed/languages.js';
import { callingCodeForZone } from '../feed/dialling.js';
import { formatFinding } from '../lint/index.js';
import { CliError, isObj, json, list, parseLangs, str, type Command, type Obj } from './command.js';
import { folderLanguage, readJson, readText, writeText } from './io.js';
import { feedZone, lintNow, namedIn, ownWords } from './lint-report.js';
import { actionsGoneHint, reportUpdateFindings, titleNote } from './update-report.js';
import { titleCheckDue } from '../export/title-check.js';
import { actionIndex, droppedUpdates, fromLanguages, newText, setChannel, staleNumbers } from './update-edit.js';
import { parseUpdateFile, type UpdateTexts } from './update-from.js';
import { nextUpdateOption, shownAt, shownTime } from './when.js';
import { refuseKeptPromise } from './kept-promise.js';
import { askClosingText } from './ask-closing.js';
import { deskLanguage } from './desk-lang.js';
import { linkWarning } from '../export/link-warning.js';
import { closingAffectsHint, closingTitleHint } from './closing-title.js';
import { UPDATE_TERMS } from './update-terms.js';
import { waitWithoutReason } from './channel-file.js';
import { CHANNEL_TERMS } from './channel-terms.js';
import { shellArg } from '../lint/shell.js';
import { FAQ_OUTDATED_OPTIONS, faqOutdatedIds, refuseFaqOutdated } from './faq-outdated-option.js';
import { affectsList } from './affects-option.js';
import { CADENCE_OPTIONS, cadenceOption, cadenceWords, dailyEndedWords, sameTextWords } from './cadence-option.js';
import { dailyEndedAt } from '../feed/daily-start.js';

const languagesOf = (v: unknown) => (isObj(v) ? Object.keys(v) : []);

export const update: Command = {
  name: 'update',
  summary: 'publish a new update of an incident: texts, next update, severity, phase, affects, actions, channel waits, FAQ answers that do not hold now',
  usage:
    'clearline update feed.json --incident ID [--from update.md | --lang nl,en [--title TEXT...] --known TEXT... --unknown TEXT...] [--next-update +30m|HH:MM|ISO] ' +
    '[--severity S] [--phase P] [--affects TEXT...] [--add-action TEXT... [--urgent] [--who TEXT...] [--link URL|NUMBER]] [--remove-action N] [--reword-action N --label TEXT... [--who TEXT...]] [--link-action N --link URL|NUMBER] [--mark-urgent N] [--unmark-urgent N] ' +
    '[--channel ID [--wait MIN|none] [--reason TEXT...]] [--faq-outdated ID,... [--faq-file faq.json]] [--daily|--live] [--resolve] [--correct]',
  positionals: 1,
  options: {
    incident: { type: 'string', help: 'the id of the incident to update' },
    from: { type: 'string', help: 'read the texts from a Markdown file: "## nl" / "## en" sections with "### known" and "### unknown"' },
    lang: { type: 'string', help: "languages of the texts given on the command line, comma-separated, in the order of the options (default with one text per language: the feed's languages)" },
    title: { type: 'string', multiple: true, help: 'a new title, when the old one is no longer true (one per --lang language)' },
    known: { type: 'string', multiple: true, help: 'what we know now (one per --lang language)' },
    unknown: { type: 'string', multiple: true, help: "what we don't know yet (one per --lang language)" },
    starts: { type: 'string', help: "announced ahead (a strike, planned works): when it begins, e.g. '10 Dec 00:01' (a month name reads the same on every clock; '10-12' is October 12 on a US or Canadian clock); until then an update a day is enough; 'none' takes it away" },
    'next-update': { type: 'string', help: "when the next update comes, within 4 hours (signing refuses a later one; with --daily within 26, and a clock time passed today is tomorrow's): +15m, +1h, 'in 2 hours', 10:30 (in the feed's time zone; late in the evening also 'tomorrow 00:30') or an ISO time with an offset; 'none' for a notice (severity info: standing advice, such as a phishing warning), which needs none" },
    severity: { type: 'string', help: SEVERITIES.join(', ') },
    phase: { type: 'string', help: PHASES.join(', ') },
    affects: { type: 'string', multiple: true, help: 'what is affected, replacing the list: one --affects per item; with --lang, each item once per --lang language, in that order (--lang nl,en --affects App --affects App --affects "Online bankieren" --affects "Online banking"); without --lang one text for all languages only for a name or a number; "" clears it' },
    'add-action': { type: 'string', multiple: true, help: 'add an action (one label per --lang language)' },
    who: { type: 'string', multiple: true, help: 'who the action added with --add-action, or named by --reword-action, is for (one per --lang language)' },
    link: { type: 'string', help: "where the added action (or the one named by --reword-action or --link-action) leads, so readers can tap it: a web address, an e-mail address or a phone number (0800-1234 is read in the feed's country)" },
    urgent: { type: 'boolean', help: 'the added action is urgent (act now)' },
    'remove-action': { type: 'string', multiple: true, help: 'remove an action: its number (1 = first) or its label' },
    'reword-action': { type: 'string', help: 'give an action that is there already new words (its number or label): with --label, one per --lang language; with --correct one language alone' },
    label: { type: 'string', multiple: true, help: 'the new words of the action named by --reword-action (one per --lang language)' },
    'link-action': { type: 'string', help: 'give an action that is there already the --link readers tap (its number or label), e.g. the template\'s "call the fraud line" its number' },
    'mark-urgent': { type: 'string', multiple: true, help: 'mark an action urgent: its number or label' },
    'unmark-urgent': { type: 'string', multiple: true, help: 'make an action "can wait": its number or label' },
    channel: { type: 'string', help: 'the contact channel whose --wait or --reason changes, by id or name ("Fault line")' },
    wait: { type: 'string', help: 'the expected wait in minutes for --channel, or "none"' },
    reason: { type: 'string', multiple: true, help: 'why the wait is what it is, for --channel (one per --lang language); "" clears it' },
    resolve: { type: 'boolean', help: 'resolve the incident: needs a closing text (--known or --from; asked for at a terminal); clears unknown and stale channel waits' },
    ...FAQ_OUTDATED_OPTIONS,
    ...CADENCE_OPTIONS,
    correct: { type: 'boolean', help: 'correct a mistake in the texts now published (a typo, a wrong number): no new update for readers, nothing added to the history, "Updated" keeps its time' },
    json: { type: 'boolean', help: 'print the updated incident and lint findings as JSON' },
  },
  async run(v, [file]) {
    // No file: in the language of the feed.json in this folder (io.ts).
    if (!file) throw new CliError(UPDATE_TERMS[await folderLanguage()].giveFile);
    // The desk hears the feed's first language (desk-lang.ts); an unreadable feed is reported below.
    const peek = await readJson(file, 'the feed').catch(() => undefined);
    const lang = deskLanguage(peek);
    const t = UPDATE_TERMS[lang];
    const id = str(v.incident);
    if (!id) {
      const incidents = isObj(peek) && Array.isArray(peek.incidents) ? (peek.incidents as Obj[]).map((i) => String(i?.id)) : [];
      throw new CliError(t.giveIncident(file, incidents, v.channel !== undefined));
    }
    const phase = str(v.phase) as Phase | undefined;
    if (phase && !(PHASES as readonly string[]).includes(phase)) throw new CliError(t.oneOf('--phase', PHASES));
    const severity = str(v.severity) as Severity | undefined;
    if (severity && !(SEVERITIES as readonly string[]).includes(severity)) throw new CliError(t.oneOf('--severity', SEVERITIES));
    const resolve = v.resolve === true || phase === 'resolved';
    const correct = v.correct === true;
    if (resolve && v['next-update'] !== undefined) throw new CliError(t.resolvedHasNoNext);
    if ((v.wait !== undefined || v.reason !== undefined) && !v.channel) throw new CliError(t.waitNeedsChannel);
    const given = cadenceOption(v, lang); // --daily: a boil water notice updated once a day (feed/cadence.ts)

    // Read once and remember exactly what was read: two people updating at once must not overwrite each other.
    const original = await readText(file, 'the feed');
    const feed = await readJson(file, 'the feed');
    if (!isObj(feed) || !Array.isArray(feed.incidents)) throw new CliError(t.notStatusFeed(file), 1, 'invalid');
    const incident = (feed.incidents as Obj[]).find((i) => isObj(i) && i.id === id);
    if (!incident) throw new CliError(t.noIncident(file, id, (feed.incidents as Obj[]).map((i) => String(i.id))));
    const now = Date.now();
    // Daily only for its announcement, and it has begun (feed/daily-start.ts, trial Z): 4 hours again unless --daily is given now.
    const ended = given === undefined && !resolve ? dailyEndedAt(incident, now) : undefined;
    const cadence = ended === undefined ? given : null;
    const endedSaid = (refused?: boolean) => dailyEndedWords(shownAt(new Date(ended!).toISOString(), feed, now, lang), lang, refused);
    const langs = parseLangs(v.lang);
    // Several texts without --lang ("--known '…' --known '…'") are in the feed's languages, in its order, as new channel and
    // new reason read them: a Dutch desk typing both texts of its nl,en feed was told to add --lang nl,en. --affects is
    // several items, not languages: with --lang, each item once per language (affects-option.ts).
    const feedLangs = feedLanguages(feed as unknown as FeedDraft, []).filter(Boolean);
    const langsFor = (texts: string[]) => (langs.length || texts.length < 2 || texts.length !== feedLangs.length ? langs : feedLangs);

    let fromFile: UpdateTexts = {};
    const from = str(v.from);
    if (from) {
      try {
        // The incident's own languages: one language needs no "## en" heading.
        const written = typeof incident.known === 'string' ? [''] : isObj(incident.known) ? Object.keys(incident.known) : [];
        fromFile = parseUpdateFile(await readText(from, t.updateText, lang), from, written, t.from);
      } catch (e) {
        if (e instanceof CliError) throw e;
        throw new CliError((e as Error).message);
      }
    }
    let known = fromFile.known ? fromLanguages(fromFile.known, incident.known, 'known', t, correct) : newText(list(v.known), langsFor(list(v.known)), incident.known, 'known', t, correct);
    const unknown = fromFile.unknown ? fromLanguages(fromFile.unknown, incident.unknown, 'unknown', t, correct) : newText(list(v.unknown), langsFor(list(v.unknown)), incident.unknown, 'unknown', t, correct);
    if (resolve && known === undefined && !(correct && incident.phase === 'resolved')) {
      const asked = await askClosingText(languagesOf(incident.known).length ? languagesOf(incident.known) : ['en'], t);
      if (!asked) throw new CliError(t.needsClosing);
      known = fromLanguages(asked, incident.known, 'known', t);
    }
    const next = v['next-update'] === undefined ? undefined : /^(none|geen|-)$/i.test(String(v['next-update']).trim()) ? null : nextUpdateOption(String(v['next-update']), feed, now, lang, undefined, (cadence === undefined ? incident.cadence : cadence) === 'daily'); // none: a notice; daily: 09:00 at 14:00 is tomorrow's
    const starts = v.starts === undefined ? undefined : /^(none|geen|-)$/i.test(String(v.starts).trim()) ? null : nextUpdateOption(String(v.starts), feed, now, lang, '--starts');

    // Actions are edited on a copy and handed to the one update logic with the rest.
    const before = Array.isArray(incident.actions) ? (incident.actions as Obj[]) : [];
    const actions = structuredClone(before);
    for (const which of list(v['mark-urgent'])) actions[actionIndex(actions, which, t)]!.urgent = true;
    for (const which of list(v['unmark-urgent'])) delete actions[actionIndex(actions, which, t)]!.urgent;
    // New words for an action that is there (opening hours of the warm room changed): before, remove it and add it again,
    // its place, link, who and urgency retyped.
    // --who with it fills in who the action is for: a template's "[[TODO: voor wie geldt dit?]]" could only be edited in
    // feed.json, and `--reword-action 1 --label … --who …` dropped the --who without a word.
    if (v['reword-action'] !== undefined && !list(v.label).length && !list(v.who).length) throw new CliError(t.rewordNeedsLabel);
    if (v['reword-action'] === undefined && list(v.label).length) throw new CliError(t.labelNeedsReword);
    if (list(v.who).length && v['reword-action'] === undefined && v['add-action'] === undefined) throw new CliError(t.whoNeedsAction);
    let reworded: Obj | undefined;
    if (v['reword-action'] !== undefined) {
      const a = (reworded = actions[actionIndex(actions, String(v['reword-action']), t)]!);
      if (list(v.label).length) a.label = newText(list(v.label), langsFor(list(v.label)), a.label, 'label', t, correct);
      // With --add-action too, --who stays the added action's, as before.
      if (list(v.who).length && v['add-action'] === undefined) a.who = newText(list(v.who), langsFor(list(v.who)), a.who, 'who', t, correct);
    }
    const removals = list(v['remove-action']).map((w) => actionIndex(actions, w, t));
    for (const i of [...new Set(removals)].sort((a, b) => b - a)) actions.splice(i, 1);
    if (v['link-action'] !== undefined && v['add-action'] !== undefined) throw new CliError(t.linkActionAlone);
    // --link with --reword-action links the action reworded: a council's desk gave its report action new words and the
    // form's address in one command and was refused ("--link is for the action added with --add-action…"), words and all.
    const linked = v['link-action'] !== undefined ? actionIndex(actions, String(v['link-action']), t) : v.link !== undefined && reworded && actions.includes(reworded) ? actions.indexOf(reworded) : undefined;
    // A new action is written in the incident's languages, as --known is: one label for a two-language incident was a plain
    // string, and English readers got the Dutch "Zet gevoelige apparaten uit". Refused as one --known is (newText).
    const incidentLangs = [...new Set([...languagesOf(incident.title), ...languagesOf(incident.known)])];
    const written = (given: string[]) => Object.fromEntries((incidentLangs.length > 1 ? incidentLangs : given.length > 1 ? given : []).map((l) => [l, '']));
    const labelLangs = langsFor(list(v['add-action']));
    const label = newText(list(v['add-action']), labelLangs, Object.keys(written(labelLangs)).length ? written(labelLangs) : undefined, 'add-action', t);
    if (label !== undefined) {
      const whoLangs = langsFor(list(v.who));
      const who = newText(list(v.who), whoLangs, Object.keys(written(whoLangs)).length ? written(whoLangs) : undefined, 'who', t);
      const link = str(v.link)?.trim() ? channelLink(str(v.link)!, callingCodeForZone(feedZone(feed))) : undefined;
      actions.push({ label, ...(link ? { href: link } : {}), ...(who !== undefined ? { who } : {}), ...(v.urgent ? { urgent: true } : {}) });
    } else if (linked !== undefined) {
      // A link for an action that is there (a template's "Bel direct ons fraudenummer"): lint warned, and only the studio could add one.
      if (!str(v.link)?.trim()) throw new CliError(t.linkActionNeedsLink);
      actions[linked]!.href = channelLink(str(v.link)!, callingCodeForZone(feedZone(feed)));
    } else if (v.link !== undefined) throw new CliError(t.linkNeedsAction);
    const actionsChanged = JSON.stringify(actions) !== JSON.stringify(before);
    // Each item in the incident's languages, several per language with --lang (affects-option.ts).
    const affects = affectsList({ texts: list(v.affects), langs, written: incidentLangs, feed, command: `clearline update ${shellArg(file)} --incident ${id}${correct ? ' --correct' : ''}`, said: lang });

    // One update logic for the CLI and the studio (feed/update.ts): changed texts, phase or
    // resolution move the earlier texts into the history at the time they were published.
    const title = newText(list(v.title), langsFor(list(v.title)), incident.title, 'title', t, correct);
    const change: IncidentChange = {
      title: title as TextValue | undefined,
      known: known as TextValue | undefined,
      unknown: unknown as TextValue | undefined,
      note: fromFile.note as TextValue | undefined,
      phase: resolve ? undefined : phase,
      resolve,
      next_update_at: next === null ? null : next?.iso,
      severity,
      affects,
      actions: actionsChanged ? (actions as Incident['actions']) : undefined,
      faq_outdated: faqOutdatedIds(v),
      cadence,
      correct,
    };
    const news = !correct && !resolve && next === undefined && (known !== undefined || unknown !== undefined || !!fromFile.note || title !== undefined || !!phase || actionsChanged);
    refuseKeptPromise({ news, next: incident.next_update_at, now, at: shownTime(incident.next_update_at, feed, now, lang), lang, incident, zone: feedZone(feed) });
    const rule = correctionRule(incident, change);
    if (rule) throw new CliError(t.correct(t.correction[rule]));
    const changes: string[] = [];
    if (known !== undefined || unknown !== undefined || fromFile.note || phase || resolve) changes.push(correct ? t.corrected : resolve ? t.resolved : t.texts);
    if (title !== undefined) changes.push(t.title);
    if (next !== undefined) changes.push(next ? t.nextUpdate(next.shown, feedZone(feed)) : t.noNextUpdate);
    if (severity) changes.push(t.severity(severity));
    if (affects) changes.push(t.affects);
    if (faqOutdatedIds(v)) changes.push(t.faqOutdated);
    if (starts !== undefined) changes.push(t.starts(starts?.shown));
    // A corrected action was reported as "acties", as a new update would be: the desk could not tell readers got no news.
    if (actionsChanged) changes.push(correct ? t.actionsCorrected : t.actions);
    const updated = withStart(postUpdate(feed as FeedDraft, id, change, now), id, starts === undefined ? (incident.starts_at as string | undefined) : (starts?.iso ?? undefined)) as unknown as Obj;
    const after = (updated.incidents as Obj[]).find((i) => i.id === id)!;
    const same = !fromFile.note && !phase ? sameTextWords({ old: incident, after, lang, given: changes[0] === t.texts }) : undefined; // "no text changed, confirmed" (trial V)
    if (same) changes.splice(0, changes[0] === t.texts ? 1 : 0, ...same);
    changes.push(...cadenceWords(incident.cadence, after.cadence, lang));

    // By id or by the name readers see ("Storingslijn"); an unknown one is named by setChannel with the choices.
    const channelId = str(v.channel) && (channelIdFor(feed.channels as Obj[], str(v.channel)!) ?? str(v.channel));
    if (channelId) {
      const reason = v.reason === undefined ? undefined : newText(list(v.reason), langsFor(list(v.reason)), (feed.channels as Obj[]).find((c) => c.id === channelId)?.reason, 'reason', t);
      const channel = setChannel(updated, channelId, str(v.wait), reason, t);
      changes.push(t.channel(channelId, channel.wait_minutes as number | undefined));
    }
    let { feed: done, cleared } = resolve ? withoutStaleWaits(updated) : { feed: updated, cleared: [] as string[] };
    // A wait given with --channel while resolving stays, as one the studio's desk changes while resolving: right after a
    // strike the queue is at its longest.
    if (channelId && cleared.includes(channelId)) {
      const mine = (updated.channels as Obj[]).find((c) => c.id === channelId);
      done = { ...done, channels: (done.channels as Obj[]).map((c) => (c.id === channelId && mine ? mine : c)) };
      cleared = cleared.filter((id) => id !== channelId);
    }
    if (!changes.length) throw new CliError(t.nothingToChange);

    // Compared with the feed before this update: a disruption going on given a start to come is said now (starts-while-going-on, trial U).
    const findings = lintNow(done, now, { lang, previous: feed });
    // A next update or an action link that signing would refuse is refused here, before writing.
    const at = `incidents/${(done.incidents as Obj[]).indexOf(after)}`;
    const added = `${at}/actions/${linked ?? actions.length - 1}/href`;
    const touched = (p: string) => ((next !== undefined || cadence !== undefined) && p === `${at}/next_update_at`) || ((label !== undefined || linked !== undefined) && v.link !== undefined && p === added);
    const refused = ownWords(findings.filter((f) => f.severity === 'error' && touched(f.path)));
    if (refused.length) throw new CliError(`${t.notChanged(file)}\n${refused.map((f) => namedIn(formatFinding(f, lang, done), file)).join('\n')}${ended === undefined ? '' : `\n${endedSaid(true)}`}`, 1, 'invalid');
    await refuseFaqOutdated(v, done, (done.incidents as Obj[]).indexOf(after), file, lang, t.notChanged(file)); // an id the FAQ lacks (--faq-file)

    if ((await readText(file, 'the feed')) !== original) {
      throw new CliError(t.conflict(file), 1, 'conflict');
    }
    await writeText(file, json(done) + '\n', undefined, lang);
    // A full history dropped its oldest update: said (standard error, with --json too, and in it as dropped_updates, whole, so a script can keep it).
    const dropped = droppedUpdates(incident, after);
    for (const u of dropped) console.error(t.historyFull(LIMITS.updates, shownAt(u.at, done, now, lang), feedZone(done), file));
    // "Opgelost: Storm: campus Hoboken blijft dicht": a title written for the outage is kept at the all-clear unless given anew;
    // so was trial U's "App werkt weer, online bankieren nog traag" (closing-title.ts, said though "werkt weer" says it ended).
    // Said with --json too (closing_title_hint, null when there is nothing to say), for the scripts that show update's output.
    const hint = resolve && title === undefined && incident.phase !== 'resolved' ? closingTitleHint(incident, id, file, lang, t, now, done) : null;
    const gone = resolve && incident.phase !== 'resolved' ? actionsGoneHint(after, id, file, lang, t) : null;
    if (v.json) return console.log(json({ feed: file, incident: after, changes, cleared_channels: cleared, findings, closing_title_hint: hint, closing_actions_hint: gone, dropped_updates: dropped }));
    const when = after.next_update_at ? t.nextUpdate(shownTime(after.next_update_at, done, now, lang), feedZone(done)) : t.noNextUpdate;
    console.log(t.updated(id, file, changes, after.phase as Phase, next ? '' : when));
    if (ended !== undefined) console.log(endedSaid());
    // A phone line without a wait has no phone message (export --to ivr refuses it): say so now, not at export.
    const phone = (done.channels as Obj[]).find((c) => cleared.includes(c.id as string) && c.kind === 'phone' && !c.emergency);
    // Named as the desk named them ("Klantenservice"), not by id ("phone").
    const named = cleared.map((id) => {
      const label = (done.channels as Obj[]).find((c) => c.id === id)?.label;
      const text = isObj(label) ? (label[lang] ?? Object.values(label)[0]) : undefined;
      return typeof text === 'string' && text.trim() ? `"${text}"` : id;
    });
    if (hint) console.log(hint.message);
    if (gone) console.log(gone.message);
    const line = channelId ? (done.channels as Obj[]).find((c) => c.id === channelId) : undefined;
    if (line && waitWithoutReason(line)) console.log(CHANNEL_TERMS[lang].noReason(channelId!, file, line.wait_minutes as number));
    if (correct) for (const s of staleNumbers(incident, after)) console.log(t.staleNumber(s.corrected, s.stale, s.numbers, `clearline update ${shellArg(file)} --incident ${id} --correct --lang ${s.stale} ${s.option}`));
    // Readers show neither "what we don't know yet" nor the actions of a resolved incident: a municipality's desk closing a
    // ransomware attack gave --unknown "Of persoonsgegevens zijn gestolen" and nobody saw it; its "do not click links" went too.
    if (resolve && !correct) {
      const langsNow = languagesOf(after.known);
      const again = `clearline update ${shellArg(file)} --incident ${id} --correct${langsNow.length > 1 ? ` --lang ${langsNow.join(',')}` : ''} ${(langsNow.length ? langsNow : ['']).map(() => '--known "…"').join(' ')}`;
      if (!isEmptyText(after.unknown)) console.log(t.unknownAtResolve(again));
      const affected = closingAffectsHint(after, id, file, lang);
      if (affected) console.log(affected);
      // Only a warning in an action: one the closing text says itself is still shown; said with the other actions (gone) when they are named.
      const inc = after as unknown as Incident;
      const warning = linkWarning([{ ...inc, title: '', known: undefined as unknown as TextValue }], lang);
      if (warning && !gone && !linkWarning([{ ...inc, title: '', actions: [] }], lang)) console.log(t.warningAtResolve(warning.phrase, again));
    }
    if (cleared.length) console.log(t.cleared(named, phone ? `clearline edit channel${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} --id ${phone.id as string} --wait 0` : undefined, (done.incidents as Obj[]).some((i) => i.phase !== 'resolved')));
    // What we know changed under the same title: the exports lead with both (title-check.ts, the studio's question; trial W).
    const asked = titleCheckDue({ knownBefore: incident.known, knownAfter: after.known, titleGiven: title !== undefined, resolve, correct }) ? titleNote(after, { id, file, lang, doc: done, before: feed as Obj, now }) : null;
    if (asked) console.log(asked);
    reportUpdateFindings(findings, { file, doc: done, index: (done.incidents as Obj[]).indexOf(after), lang, channel: !!channelId });
  },
};
