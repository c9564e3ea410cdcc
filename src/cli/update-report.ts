/**
 * What `clearline update` says after its success line, besides its own hints: the lint findings grouped by what they are
 * about, and the question whether the title still holds. Trial W: an update of the gas incident printed "1 error(s)" for
 * the other (fraud) incident's passed promise under the gas update's own success line, and the desk could not tell which
 * incident it was about; `phone-no-wait` came at every update, about a line the update did not touch; and "Pressure in the
 * gas main is back." went out under "No gas in Naas and Newbridge" because nothing asked whether the title still held.
 */
import type { UiLanguage } from '../i18n/terms.js';
import { incidentTitle } from '../feed/incident-name.js';
import { firstSentence } from '../export/sentences.js';
import { plainText } from '../export/plain.js';
import { TITLE_CHECK } from '../export/title-check.js';
import { formatFinding, summarize, type Finding } from '../lint/index.js';
import { textIn } from '../lint/walk.js';
import { shellArg } from '../lint/shell.js';
import { isObj, type Obj } from './command.js';
import { namedIn, nlCount, reportFindings } from './lint-report.js';
import type { UpdateTerms } from './update-terms.js';
import { channelReport, smsNewsSaid, startsSaid } from './update-report-channels.js';

const languagesOf = (v: unknown) => (isObj(v) ? Object.keys(v) : []);

const SAID = {
  en: {
    other: (name: string, id: string, errors: number, warnings: number) =>
      `Not changed by this update: the incident ${name} (--incident ${id}) has ${errors} error(s) and ${warnings} warning(s)${errors ? '; sign refuses the feed until its errors are fixed' : ''}:`,
    title: (title: string, first: string, command: string, starts: string) =>
      `What we know changed, the title did not. ${TITLE_CHECK.en} ${starts || `Readers see "${title}", then "${first}".`} If the title no longer fits: ${command}`,
  },
  nl: {
    other: (name: string, id: string, errors: number, warnings: number) =>
      `Niet veranderd door deze update: het incident ${name} (--incident ${id}) heeft ${nlCount(errors, 'fout', 'fouten')} en ${nlCount(warnings, 'waarschuwing', 'waarschuwingen')}${errors ? '; sign weigert de feed tot die fouten zijn opgelost' : ''}:`,
    title: (title: string, first: string, command: string, starts: string) =>
      `Wat we weten is veranderd, de titel niet. ${TITLE_CHECK.nl} ${starts || `Lezers zien "${title}", dan "${first}".`} Past de titel niet meer: ${command}`,
  },
} as const satisfies Record<UiLanguage, unknown>;

/**
 * The findings after an update: those about the incident updated and the feed as a whole first, under their count line;
 * then, per other incident, its findings under a line naming it by its title and `--incident`, saying that this update
 * did not change it. `phone-no-wait` only when the update gave `--channel`: it is about a line, not the incident, and
 * `sign` (before every publish), `lint`, `heartbeat` and the studio's field still say it.
 */
export function reportUpdateFindings(findings: readonly Finding[], o: { file: string; doc: Obj; index: number; lang: UiLanguage; channel: boolean }): void {
  const shown = o.channel ? findings : findings.filter((f) => f.rule !== 'phone-no-wait');
  const other = (f: Finding) => {
    const m = /^incidents\/(\d+)(?:\/|$)/.exec(f.path);
    return m && Number(m[1]) !== o.index ? Number(m[1]) : undefined;
  };
  reportFindings(shown.filter((f) => other(f) === undefined), o.file, undefined, o.lang, o.doc);
  const groups = new Map<number, Finding[]>();
  for (const f of shown) {
    const n = other(f);
    if (n !== undefined) groups.set(n, [...(groups.get(n) ?? []), f]);
  }
  const incidents = Array.isArray(o.doc.incidents) ? (o.doc.incidents as Obj[]) : [];
  for (const [n, list] of groups) {
    const inc = incidents[n];
    const id = String(inc?.id ?? n);
    const title = incidentTitle(inc, o.lang);
    const { errors, warnings } = summarize(list);
    console.error(SAID[o.lang].other(title ? `"${title}"` : id, shellArg(id), errors, warnings));
    const sorted = [...list].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    for (const f of sorted) console.error(namedIn(formatFinding(f, o.lang, o.doc), o.file));
  }
}

/**
 * The question whether the title still holds (title-check.ts), with the `--correct --title` command that replaces it; null
 * while the title is still the template's [[TODO: …]], which lint names as an error already. With the feed after the update
 * (`doc`) and before it (`before`): what the SMS, the phone message and the social post start with as `clearline export`
 * makes them now, and on a line of its own when the SMS says nothing of the update's news (update-report-channels.ts).
 */
export function titleNote(after: Obj, o: { id: string; file: string; lang: UiLanguage; doc?: Obj; before?: Obj; now?: number }): string | null {
  const title = incidentTitle(after, o.lang);
  if (!title) return null;
  const langs = languagesOf(after.title);
  const titles = Array.from({ length: Math.max(1, langs.length) }, () => '--title "…"').join(' ');
  const command = `clearline update ${shellArg(o.file)} --incident ${o.id} --correct${langs.length > 1 ? ` --lang ${langs.join(',')}` : ''} ${titles}`;
  const first = firstSentence(plainText(textIn(after.known, o.lang))).replace(/[.!?]+$/, '');
  const report = o.doc && o.before ? channelReport(o.doc, o.before, o.id, o.lang, o.now ?? Date.now()) : null;
  const news = report && smsNewsSaid(report, o.file, o.lang);
  return [SAID[o.lang].title(title, first, command, report ? startsSaid(report, o.lang) : ''), ...(news ? [news] : [])].join('\n');
}

/**
 * After resolving an incident that has actions: readers no longer see them, anywhere (a resolved incident's actions are left out of
 * the status page and every export, since most no longer hold: "Pay with cash", "Do not go to the airport"). A bank's desk resolved
 * a payments outage whose action warned "We never ask for your PIN" while the scam texts went on, and the all-clear dropped it
 * without a word. The exports cannot tell which action still holds; the desk can, so it is told, with the labels (urgent first)
 * and the `--correct --known` command that says what still holds in the closing text.
 */
export function actionsGoneHint(incident: Obj, id: string, file: string, lang: 'en' | 'nl', t: UpdateTerms): { message: string; command: string } | null {
  const actions = Array.isArray(incident.actions) ? (incident.actions as Obj[]).filter(isObj) : [];
  const labels = [...actions.filter((a) => a.urgent === true), ...actions.filter((a) => a.urgent !== true)]
    .map((a) => (typeof a.label === 'string' ? a.label : isObj(a.label) ? String(a.label[lang] ?? Object.values(a.label)[0] ?? '') : '').trim())
    .filter(Boolean);
  if (!labels.length) return null;
  const langs = languagesOf(incident.known);
  const texts = Array.from({ length: Math.max(1, langs.length) }, () => '--known "…"').join(' ');
  const command = `clearline update ${shellArg(file)} --incident ${id} --correct${langs.length > 1 ? ` --lang ${langs.join(',')}` : ''} ${texts}`;
  return { message: t.actionsGone(labels, command), command };
}
