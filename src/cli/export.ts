/**
 * `clearline export` and `clearline import statuspage|cap`: thin adapters over src/export and
 * src/import. A signed envelope is verified first (--public-key); a plain feed.json is validated and
 * linted first, so no channel ever gets text the site would not show.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { publicJwk } from '../feed/keys.js';
import { validatePayload, type StatusPayload } from '../feed/schema.js';
import { stampPayload } from '../feed/sign.js';
import { FeedError } from '../feed/errors.js';
import { verifyDocument } from '../feed/verify.js';
import { formatFinding, summarize, type Finding } from '../lint/index.js';
import {
  CAP_CATEGORIES,
  chooseIncident,
  EXPORT_FORMATS,
  exportAtom,
  exportCap,
  ExportError,
  exportEmail,
  exportHtml,
  exportIvr,
  exportSms,
  exportSocial,
  isEmailChannel,
  lintChannels,
  phoneLineErrors,
  parseTargets,
  type CapCategory,
  type ExportFormat,
} from '../export/index.js';
import { pickText, uiLanguage } from '../i18n/lang.js';
import { CliError, fromFeedError, list, str, type Command } from './command.js';
import { EXPORT_NOTES, exportNotes, leftOutNote } from './export-notes.js';
import { exportFormat } from './export-formats.js';
import { deskLanguage } from './desk-lang.js';
import { incidentName } from '../feed/incident-name.js';
import { importCapCommand, importStatuspageCommand } from './import-command.js';
import { droppedInWords } from '../export/ivr-dropped.js';
import { capCurrent } from '../export/cap-current.js';
import { capFolder } from './cap-out.js';
import { expiredSaid } from './verify.js';
import { folderLanguage, ownLanguage, parseJson, readKeys, readText, writeText } from './io.js';
import { sourceHere } from './key-check.js';
import { signatureSaid } from './signature-said.js';
import { lintNow, namedIn, reportFindings } from './lint-report.js';
import { shellArg } from '../lint/shell.js';

const isEnvelope = (v: unknown) => typeof v === 'object' && v !== null && typeof (v as { payload?: unknown }).payload === 'string' && Array.isArray((v as { signatures?: unknown }).signatures);

/** The payload to export: a verified envelope, or a plain feed that passes validation and lint. */
export async function loadForExport(file: string, v: Record<string, unknown>): Promise<StatusPayload> {
  // A missing or broken file said as every command says it (io.ts): in --lang, else the file's own language.
  const given = str(v.lang) ? uiLanguage(str(v.lang)) : undefined;
  const text = await readText(file, 'the feed', given);
  const value = await parseJson(file, text, given);
  if (isEnvelope(value)) {
    // Said in the desk's language (a Dutch bus desk got English here), naming the public.jwk.json lying beside the file or here.
    const lang = given ?? (await ownLanguage(file)) ?? (await folderLanguage());
    const named = list(v['public-key']);
    const near = named.length ? undefined : await nearbyKey(file);
    const keys = (
      await readKeys(named, 'the public key that checks the signed feed (public.jwk.json from keygen)', '--public-key', lang).catch((e: unknown) => {
        throw near && e instanceof CliError ? new CliError(`${e.message} (${lang === 'nl' ? 'hier' : 'here'}: --public-key ${shellArg(near)})`, e.exitCode, e.code) : e;
      })
    ).map((k) => publicJwk(k));
    // Expired: when, in the desk's words and the feed's time, and the heartbeat (verify.ts), not "expired at 2026-12-02T23:05:00Z".
    const expired = async (e: unknown) => (e instanceof FeedError && e.code === 'expired' ? new FeedError('expired', await expiredSaid(value, file, [])) : e);
    // Changed after signing, damaged or signed with another key: said as verify says it, in the desk's language (signature-said.ts).
    const said = async (e: unknown) => signatureSaid(await expired(e), { file, own: value, keys, keyFiles: named, desk: lang });
    const doc = await verifyDocument(text, { kind: 'status', keys, feedId: str(v['feed-id']), store: null, strict: true }).catch(async (e: unknown) => fromFeedError(await said(e)));
    return doc.payload;
  }
  const stamped = stampPayload(value as Record<string, unknown>, 3_600_000);
  const result = validatePayload('status', stamped);
  if (!result.ok) throw new CliError(`${file} is not a valid status feed:\n${result.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`, 1, 'invalid');
  // The findings and the refusal in the desk's language, as the notes after the export.
  const lang = deskLanguage(stamped, str(v.lang));
  // The phone message refuses a line without a wait with its own error (refuseOnChannelErrors); not also said as a warning.
  // So does a message over its 45 s (over-budget, with what was left out): not also said as the lint warning.
  const findings = lintNow(stamped, Date.now(), { lang }).filter((f) => !((f.rule === 'phone-no-wait' || f.rule === 'phone-message-too-long') && phoneTo(str(v.to))));
  reportFindings(findings, file, undefined, lang, stamped);
  if (summarize(findings).errors && !v.force) throw new CliError(exportNotes(result.value, str(v.lang)).refusedLint, 2, 'lint');
  return result.value;
}

/** Whether `--to` names the phone message (ivr, ssml, or a name for it: phone, telefoon), which says its own refusals. */
function phoneTo(to: string | undefined): boolean {
  try {
    return ['ivr', 'ssml'].includes(exportFormat(to, 'en'));
  } catch {
    return false;
  }
}

/** The public.jwk.json beside the signed file, else in the folder the command runs in; undefined when neither is there. */
async function nearbyKey(file: string): Promise<string | undefined> {
  for (const p of [join(dirname(file), 'public.jwk.json'), 'public.jwk.json']) if ((await stat(p).catch(() => undefined))?.isFile()) return p;
  return undefined;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write one channel from the feed: phone message, SSML, SMS, social posts, Atom, CAP, page without script, e-mail',
  usage: `clearline export <feed.json | feed.jws.json> --to ${EXPORT_FORMATS.join('|')} [--lang nl] [--incident ID] [--channel ID] [--out FILE] [--public-key public.jwk.json]`,
  positionals: 1,
  options: {
    to: { type: 'string', help: `the channel: ${EXPORT_FORMATS.join(', ')} (html is the page without script; also page, phone, mail)` },
    lang: { type: 'string', help: "the language (default: the feed's first); social and cap write every language without it" },
    incident: { type: 'string', help: 'the incident (default: the most severe open one, else the one resolved in the last 24 hours); ivr, ssml and email lead with it and still name every other open one' },
    channel: { type: 'string', help: 'ivr/ssml: the phone line callers wait on, by id or name ("Fault line"; default: the first ordinary phone line)' },
    parts: { type: 'string', help: 'sms: how many concatenated messages may be used (default 1)' },
    out: { type: 'string', help: 'where to write (default: standard output); cap: a folder (ending in /, or a new name without extension) gets every alert, one file each; atom: an existing file keeps its entries' },
    base: { type: 'string', help: 'atom: the URL the files are published under (default: the status_url)' },
    category: { type: 'string', help: `cap: the CAP category (default Infra; Health for a boil-water or do-not-drink advice; Security for an incident from the cyberattack or phishing template): ${CAP_CATEGORIES.join(', ')}` },
    'public-key': { type: 'string', multiple: true, help: 'the pinned public key; required for a signed feed' },
    'feed-id': { type: 'string', help: 'a signed feed must have this feed_id' },
    force: { type: 'boolean', help: "export even when lint finds errors (in a plain feed, or for ivr and ssml in the phone line), and write a phone message over 45 s even shortened" },
    json: { type: 'boolean', help: 'print the result with its measurements as JSON' },
  },
  async run(v, [file]) {
    // Said in the language of the feed named (or of the folder's feed.json), as its other messages.
    const desk = async () => (str(v.lang) ? uiLanguage(str(v.lang)!) : ((file ? await ownLanguage(file) : undefined) ?? (await folderLanguage())));
    const to = exportFormat(str(v.to), await desk());
    if (!file) throw new CliError(EXPORT_NOTES[await desk()].noFile);
    const payload = await loadForExport(file, v);
    const opts = { lang: str(v.lang), incident: str(v.incident) };
    const out = str(v.out);
    const emit = async (text: string) => (out ? writeText(out, text) : void process.stdout.write(text));
    // The feed the notes' commands edit: for a signed feed.jws.json, the feed.json it was signed from as sign and verify
    // find it (key-check.ts sourceHere: beside it, else here). A desk exporting ../cdn/feed.jws.json was told to edit
    // ../cdn/feed.json, which did not exist; its feed.json was in the folder it worked in (trial Q).
    const edited = /\.jws\.json$/i.test(file) ? await sourceHere(file.replace(/\.jws\.json$/i, '.json')) : file;
    try {
      await exportOne(to, payload, opts, v, out, emit, edited);
    } catch (e) {
      if (e instanceof ExportError) throw new CliError(`${e.message} [${e.code}]`, e.code === 'over-budget' ? 1 : 2, e.code);
      throw e;
    }
  },
};

type Emit = (text: string) => Promise<void>;

/**
 * The phone line's errors from `lint --for ivr` refuse its message, as they refuse in lint: without a
 * wait the message could not say how long callers wait. Only the line spoken for; a message
 * too long is refused below as over-budget. `--force` writes it anyway.
 */
function refuseOnChannelErrors(payload: StatusPayload, channel: string, v: Record<string, unknown>, file: string) {
  const lang = deskLanguage(payload, str(v.lang));
  const errors = phoneLineErrors(payload, channel, { lang });
  if (!errors.length) return;
  // The fixes name the file to edit: for a signed feed.jws.json, the feed.json it was signed from (run, sourceHere).
  for (const f of errors) console.error(namedIn(formatFinding(f as unknown as Finding, lang), file));
  if (!v.force) throw new CliError(exportNotes(payload, str(v.lang)).refusedLine, 2, 'lint');
}

async function exportOne(to: ExportFormat, payload: StatusPayload, opts: { lang?: string; incident?: string }, v: Record<string, unknown>, out: string | undefined, emit: Emit, file: string) {
  // Commands in the notes name the file to edit (namedIn): `file` is already the feed.json a signed file was signed from.
  const note = (s: string) => console.error(namedIn(s, file));
  const t = exportNotes(payload, opts.lang);
  const over = (what: string) => {
    throw new ExportError('over-budget', t.shorten(what, file));
  };
  if (to === 'ivr' || to === 'ssml') {
    const r = exportIvr(payload, { ...opts, channel: str(v.channel) });
    refuseOnChannelErrors(payload, r.channel, v, file);
    if (v.json) return console.log(JSON.stringify(r, null, 2));
    // A message over its 45 s even shortened is not written (trial U: a script piping standard output to the phone system
    // would play it): the measurements and what was left out still say why; --force writes it anyway. Exit 1 either way.
    if (r.fits || v.force) await emit(`${to === 'ivr' ? r.text : r.ssml}\n`);
    note(t.ivr(to, r.seconds, r.words, r.channel, r.incidents.length, droppedInWords(r.dropped, payload, r.lang, deskLanguage(payload, opts.lang), r.incidents[0])));
    if (!r.fits) over(`${t.ivrTooLong(r.seconds)}${v.force ? '' : t.ivrNotWritten}`);
  } else if (to === 'sms') {
    const parts = v.parts === undefined ? 1 : Number(v.parts);
    const r = exportSms(payload, { ...opts, parts });
    // One other incident said in the SMS: "about X only" would not hold; the note below names it (sms-also.ts).
    const left = r.alsoLine && r.alsoLine.kind !== 'none' && r.alsoLine.open === 1 ? undefined : leftOutNote('sms', payload, r, opts.lang);
    if (left) note(left);
    if (r.linkLeftOut) note(t.smsLinkLeftOut(r.linkLeftOut, payload.incidents));
    if (r.smsOutage) note(t.smsOutage(r.smsOutage, payload.incidents));
    if (r.fraudLine) note(t.smsFraudLine(r.fraudLine, payload.incidents));
    if (r.alsoLine && !(r.fraudLine?.added && r.fraudLine.incident === r.alsoLine.incident)) note(t.smsAlsoLine(r.alsoLine, payload.incidents));
    if (v.json) return console.log(JSON.stringify(r, null, 2));
    await emit(`${r.text}\n`);
    note(t.sms(r.characters, r.limit, r.encoding === 'gsm7' ? 'GSM-7' : 'UCS-2', r.parts, r.shortened));
    if (r.twoParts) note(t.smsTwoParts);
    else if (r.urgentLeftOut) note(t.smsUrgentLeftOut(r.urgentLeftOut));
    if (r.cut) for (const s of t.smsCut(r.cut)) note(s);
    if (!r.fits) over(t.smsTooLong);
  } else if (to === 'social') {
    const r = exportSocial(payload, opts);
    const left = leftOutNote('social', payload, r, opts.lang);
    if (left) note(left);
    if (r.linkLeftOut) note(t.socialLinkLeftOut(r.linkLeftOut, payload.incidents));
    if (r.fraudLine) note(t.socialFraudLine(r.fraudLine, payload.incidents));
    if (v.json) return console.log(JSON.stringify(r, null, 2));
    await emit(r.posts.map((p) => `${p.text}\n`).join('\n'));
    for (const p of r.posts) note(t.social(p.lang, p.length, p.limit, p.shortened));
    if (r.posts.some((p) => !p.fits)) over(t.socialTooLong);
  } else if (to === 'atom') {
    const previous = out ? await readFile(out, 'utf8').catch(() => undefined) : undefined;
    const r = exportAtom(payload, { ...opts, base: str(v.base), previous });
    if (v.json) return console.log(JSON.stringify(r, null, 2));
    await emit(r.text);
    note(t.atom(r.lang, r.ids.length, r.added, r.corrected));
  } else if (to === 'cap') {
    const category = str(v.category) as CapCategory | undefined;
    if (category !== undefined && !(CAP_CATEGORIES as readonly string[]).includes(category)) throw new CliError(t.badCategory(category, CAP_CATEGORIES.join(', ')));
    const { alerts, publishedResolved, health, security, strike } = exportCap(payload, { ...opts, category, langs: opts.lang ? [opts.lang] : undefined });
    // Without --category: Health for a drinking-water warning, Security for a cyberattack or phishing, Infra for the rest, each said.
    const names = (ids: string[]) => ids.map((id) => incidentName(id, payload.incidents, deskLanguage(payload, opts.lang)));
    if (category === undefined && health.length) note(t.capHealth(names(health)));
    if (category === undefined && security.length) note(t.capSecurity(names(security)));
    if (category === undefined && strike.length) note(t.capStrike(names(strike)));
    if (category === undefined && alerts.some((a) => ![...health, ...security, ...strike].includes(a.incident))) note(t.capCategory(CAP_CATEGORIES.join(', ')));
    const unalerted = (id: string) => t.capPublishedResolved(incidentName(id, payload.incidents, deskLanguage(payload, opts.lang)));
    if (v.json) return console.log(JSON.stringify(alerts, null, 2));
    const place = out ? await capFolder(out) : undefined;
    if (out && place?.folder) {
      await mkdir(out, { recursive: true });
      for (const a of alerts) await writeText(join(out, `${a.identifier}.xml`), a.text);
      for (const id of publishedResolved) note(unalerted(id));
      return note(t.capWritten(alerts.length, out, place.named));
    }
    // The lead as every other channel picks it (the most severe open incident, else the one resolved last within a day).
    const now = Date.now();
    const incident = chooseIncident(payload, opts.incident, now) ?? payload.incidents[0];
    if (incident && publishedResolved.includes(incident.id)) throw new ExportError('no-incident', unalerted(incident.id));
    const latest = alerts.filter((a) => a.incident === incident?.id).at(-1);
    if (!latest) throw new ExportError('no-incident', 'the feed has no incidents, so there is no alert to write');
    await emit(latest.text);
    note(t.capOne(latest.msgType, latest.identifier, alerts.length));
    // One alert per file: the other incidents whose latest alert still holds are named, with how to write them (cap-current.ts).
    const others = opts.incident ? [] : capCurrent(payload, { alerts, publishedResolved }, now).filter((i) => i.id !== incident!.id);
    const name = (id: string) => incidentName(id, payload.incidents, deskLanguage(payload, opts.lang));
    if (others.length) note(t.capLeftOut(name(incident!.id), others.map((i) => `${name(i.id)} (--incident ${i.id})`)));
  } else if (to === 'html') {
    await emit(exportHtml(payload, opts).text);
  } else {
    const r = exportEmail(payload, opts);
    if (r.linkLeftOut) note(t.emailLinkLeftOut(r.linkLeftOut, payload.incidents));
    if (r.emailOutage) note(t.emailOutage(r.emailOutage, payload.incidents));
    // The e-mail marks the feed's own e-mail channel; the status page and the help launcher offer it unmarked.
    const mail = r.emailOutage && payload.channels.find((c) => isEmailChannel(c) && !c.emergency);
    if (mail) note(t.emailChannelMarked(pickText(mail.label, r.lang), mail.id));
    if (v.json) return console.log(JSON.stringify(r, null, 2));
    await emit(out?.endsWith('.html') ? r.html : `Subject: ${r.subject}\n\n${r.text}`);
  }
}

export { importCapCommand, importStatuspageCommand };
export const EXPORT_COMMANDS: Command[] = [exportCommand, importStatuspageCommand, importCapCommand];

/**
 * `clearline lint --for sms,ivr,social`: the channel findings for a status document, in the shape
 * of document lint findings so both print and count alike. Nothing for an invalid document (the
 * schema finding already says why) or a FAQ.
 */
export function channelFindings(doc: unknown, forValue: string | undefined, parts?: string, lang = 'en', file = 'feed.json'): Finding[] {
  if (forValue === undefined) return [];
  let targets;
  const nl = lang === 'nl';
  try {
    targets = parseTargets(forValue);
  } catch (e) {
    // A Dutch desk asking `lint --for sms,ivr,email` was answered in English, and not told the e-mail has no limit to check.
    const bad = forValue.split(',').map((s) => s.trim()).filter((s) => s && !['sms', 'ivr', 'social'].includes(s));
    const format = (b: string) => {
      try {
        return exportFormat(b, nl ? 'nl' : 'en');
      } catch {
        return undefined;
      }
    };
    const other = bad.map(format).find((f) => f && !['sms', 'ivr', 'ssml', 'social'].includes(f));
    const said = nl ? `--for neemt sms, ivr, social (met komma's ertussen); niet: ${bad.join(', ') || '(niets)'}` : (e as Error).message;
    const look = other && (nl ? `. Daar is geen lengte te controleren; bekijk het met clearline export ${shellArg(file)} --to ${other}` : `. There is no length to check there; look at it with clearline export ${shellArg(file)} --to ${other}`);
    throw new CliError(said + (look ?? ''));
  }
  const n = parts === undefined ? 1 : Number(parts);
  if (!Number.isInteger(n) || n < 1 || n > 10) throw new CliError(nl ? '--parts moet een heel getal van 1 tot 10 zijn' : '--parts must be a whole number from 1 to 10');
  if (!doc || typeof doc !== 'object' || (doc as { type?: unknown }).type !== 'status') return [];
  const result = validatePayload('status', stampPayload(doc as Record<string, unknown>, 3_600_000));
  if (!result.ok) return [];
  // A channel rule is a string like a document rule; formatFinding and summarize only read it.
  return lintChannels(result.value, targets, { parts: n, lang }) as unknown as Finding[];
}
