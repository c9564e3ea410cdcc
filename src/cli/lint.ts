import { summarize } from '../lint/index.js';
import { CliError, json, list, str, type Command } from './command.js';
import { fileLanguage, openEnvelope, readJson, signedName } from './io.js';
import { previousEnvelope } from './previous.js';
import { channelFindings } from './export.js';
import { feedZone, findingsLanguage, lintNow, nlCount, reportFindings } from './lint-report.js';
import { deskLanguage } from './desk-lang.js';
import { preparedFindings } from '../lint/prepared.js';
import { holdFindings } from '../lint/held.js';
import { numbersOk } from '../lint/number-ok.js';
import { numberOkUnmatched } from './sign-refusal.js';
import { unsignedBeside } from './unsigned-changes.js';
import { signingKeyFile, sourceName } from './damaged-envelope.js';

export const lint: Command = {
  name: 'lint',
  summary: 'check a feed or FAQ document for the mistakes that make people call',
  usage: 'clearline lint [--strict] [--json] [--lang en|nl] [--faq faq.json] [--for sms,ivr,social [--parts N]] [--prepared] [--number-ok NUMBER] feed.json',
  positionals: 1,
  deskLang: true,
  options: {
    strict: { type: 'boolean', help: 'exit 1 when there are warnings (errors always exit 2)' },
    json: { type: 'boolean', help: 'print {ok, errors, warnings, findings} as JSON' },
    lang: { type: 'string', help: "the language of the findings: en or nl (default: the document's first language, as update and verify speak); --json keeps its keys and rule names" },
    faq: { type: 'string', help: 'the FAQ document (or its .jws.json): the FAQ answers that contact reasons name, and that open incidents list as not holding now (faq_outdated), must be in it; a channel number one digit or one swap off a number its answers give is named' },
    for: { type: 'string', help: 'also check that every text fits these channels: sms, ivr, social (comma-separated)' },
    parts: { type: 'string', help: 'with --for sms: how many concatenated messages may be used (default 1)' },
    'number-ok': { type: 'string', multiple: true, help: "a number one digit or one swap off your own line that is meant so (a scammer's number you warn about): a warning, not an error, as sign --number-ok signs it" },
    prepared: { type: 'boolean', help: 'the file holds your prepared texts (prepared.json, never published): check the texts as the studio with --prepare does; a [[TODO: …]] placeholder is named but no error, and the next update, start times and contact channels are not checked (they are set when a text is copied)' },
  },
  async run(v, [file]) {
    if (!file) throw new CliError('give the document to check, e.g. clearline lint feed.json');
    const given = str(v.lang) === undefined ? undefined : findingsLanguage(str(v.lang));
    // --lang for a file that is not JSON or not there too; without it, the file's own language (io.ts).
    // A damaged signed file: in --lang, else the desk's (the feed.json beside it, as verify says it).
    const doc = await openEnvelope(await readJson(file, 'the document', given), file, given ?? (await fileLanguage(file)));
    // The desk's language (desk-lang.ts): a Dutch feed is checked in Dutch, an FAQ in its questions' language.
    const lang = given ?? deskLanguage(doc);
    const faq = str(v.faq) ? await openEnvelope(await readJson(str(v.faq)!, 'the FAQ document', lang), str(v.faq)!, lang) : undefined;
    const channels = channelFindings(doc, str(v.for), str(v.parts), lang, file);
    // --for ivr says a line without a wait as its error (ivr-no-wait); not also as the general warning on the same field.
    const said = new Set(channels.filter((f) => (f.rule as string) === 'ivr-no-wait').map((f) => f.path));
    // The signed file beside feed.json is what readers have now: an incident going on there may not begin later here (trial U).
    const previous = /\.jws\.json$/i.test(file) ? undefined : await previousEnvelope(signedName(file));
    // --for ivr says a message too long as its error (ivr-too-long, for every lead); not also as the general warning.
    const phoneSaid = channels.some((f) => (f.rule as string) === 'ivr-too-long');
    const all = [...lintNow(doc, Date.now(), { lang, faq, previous }).filter((f) => !(f.rule === 'phone-no-wait' && said.has(f.path)) && !(f.rule === 'phone-message-too-long' && phoneSaid)), ...channels];
    // Prepared texts: the same rules, kept to what holds for a text a desk will copy (lint/prepared.ts, as the studio's --prepare).
    // A number a digit off the feed's own lines is an error, as sign and the studio hold it (lint/held.ts).
    // Except the numbers named as meant (--number-ok), as sign lets them through (lint/number-ok.ts).
    const named = numbersOk(all, list(v['number-ok']), doc, feedZone(doc));
    if (named.unmatched.length) console.error(numberOkUnmatched(named.unmatched, lang));
    const findings = v.prepared === true ? preparedFindings(all, lang) : holdFindings(all, named.confirmed);
    const { errors, warnings } = summarize(findings);
    // One truth: with --strict a warning fails, so "ok" is false exactly when the exit status is not 0.
    const ok = errors === 0 && !(v.strict === true && warnings > 0);
    const nl = lang === 'nl';
    if (v.json) console.log(json({ ok, errors, warnings, strict: v.strict === true, findings }));
    else if (!findings.length) console.log(nl ? `${file}: geen problemen gevonden` : `${file}: no problems found`);
    else reportFindings(findings, file, console.log, lang, doc);
    // feed.json changed since feed.jws.json beside it was signed: readers do not see it yet (unsigned-changes.ts, as heartbeat says it).
    if (v.prepared !== true) {
      const signed = /\.jws\.json$/i.test(file);
      const source = signed ? sourceName(file) : file;
      const note = await unsignedBeside(source, signed ? file : signedName(file), (await signingKeyFile(source)) ?? 'private.jwk.json', lang, errors ? 'after-errors' : 'now');
      if (note) console.error(note);
    }
    if (errors) throw new CliError(nl ? `${nlCount(errors, 'fout', 'fouten')}: los ze op voordat u ondertekent` : `${errors} error(s): fix them before you sign`, 2, 'lint');
    if (warnings && v.strict) throw new CliError(nl ? `${nlCount(warnings, 'waarschuwing', 'waarschuwingen')} (--strict)` : `${warnings} warning(s) (--strict)`, 1, 'lint');
  },
};
