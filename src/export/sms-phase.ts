/**
 * Whether an SMS says an open incident's phase ("Monitoring the fix: …", phase-title.ts) and at what cost. Trial W: the
 * 12:00 SMS read "Monitoring the fix: Relighting gas in Naas... Smell gas? …": the label took 20 characters while the title
 * was cut and "Do not turn your meter back on yourself" was left out; a fraud warning began "Cause identified: People posing
 * as Éirgas engineers". The phase names ("Cause identified", "Monitoring the fix") are the status page's words for a
 * repair; in a text message they are worth something only where nothing else says that the incident moved on (trial L:
 * two updates went out word for word the same). So the label is the first thing to give way: it is said only when the
 * SMS keeps with it everything it keeps without it (the title, the urgent actions, the next update), and not at all on a
 * warning against scams (its title says so: it has no cause to find or fix) or when this update changed the title (the new title says what
 * moved on). The news (sms-news.ts) goes before it too. When an incident announced ahead begins ("From Thursday …") is
 * not a phase label: it keeps its place as before. Pure.
 */
import type { Incident } from '../feed/schema.js';
import type { Terms } from '../i18n/terms.js';
import { phaseBefore } from './phase-title.js';
import { isScamWarning } from '../feed/scam-warning.js';
import { startedLabel } from './sms-started.js';

type View = { phase: string; resolved: boolean; title: string; announced?: string };

/** The phase label the SMS may say before the title, or '' (see above); one announced ahead gets when it begins. */
export function smsPhase(incident: Incident, view: View, t: Pick<Terms, 'phase'>, at?: { now: number; lang: string }): string {
  // Begun since the last SMS (sms-started.ts, trial Z): "Now: …", costing anything but the urgent action.
  const started = at && !view.resolved ? startedLabel(incident, at.now, at.lang) : '';
  if (started) return started;
  const said = phaseBefore(incident, view, t);
  if (!said || (view.announced && !view.resolved)) return said;
  const previous = [...(incident.updates ?? [])].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
  if (previous?.title) return '';
  return scamTitled(incident) ? '' : said;
}

/** Whether the incident is itself a scam warning: made from the phishing template, or its title says it (in any language). A
 * DDoS whose what-we-know also warns of fake texts keeps its phase: its cause was found. */
const scamTitled = (incident: Incident): boolean =>
  /^phishing(?:-|$)/i.test(incident.id) || Object.values(typeof incident.title === 'string' ? { x: incident.title } : (incident.title ?? {})).some((t) => typeof t === 'string' && isScamWarning(t.replace(/[‘’ʼ]/g, "'")));

/** Whether the phase label may cost the next update and words of the title (phaseKept's `announced`): one announced ahead, or begun since the last SMS. */
export const phaseMayCost = (incident: Incident | undefined, view: View | undefined, now: number, lang: string): boolean =>
  !!view && !view.resolved && (!!view.announced || (!!incident && !!startedLabel(incident, now, lang)));

/** The parts an SMS keeps: its title (as cut), its actions and its next update. */
export type Kept = { titlePart: string; actionPart: string; nextPart: string };

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Whether the SMS with the phase (`phased`) goes instead of the one without (`plain`). A phase label only where it costs
 * nothing the plain SMS says. When one announced ahead begins may still cost the next update and words of the title, down
 * to three beside an action (trial Q: "Storing..." says nothing), none when the title stands alone.
 */
export function phaseKept(plain: Kept, phased: Kept, phasedSteps: readonly string[], announced: boolean): boolean {
  if (!announced) return phased.titlePart === plain.titlePart && phased.actionPart === plain.actionPart && phased.nextPart === plain.nextPart;
  const least = plain.actionPart ? Math.min(3, words(plain.titlePart)) : words(plain.titlePart);
  return phased.actionPart === plain.actionPart && words(phased.titlePart) >= least && !phasedSteps.includes('title');
}
