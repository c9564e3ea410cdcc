/**
 * A drinking-water warning in CAP: a boil-water or do-not-drink advice ("Boil Water Notice", "kookadvies") is a Health
 * event, not a service disruption. A UK water company exported its Boil Water Notice, made from the `water-quality`
 * template, without --category and every receiver got `<category>Infra</category><event>Service disruption</event>`,
 * while the CLI's own hint said "Health for a boil-water advice" (trial V). A feed does not record the template an
 * incident came from, so it is told by what the incident says: its id as the studio makes it (`water-quality-…`,
 * `boil-…`, `kookadvies-…`), or a title or action that tells people to boil their water or not to drink it. Pure.
 */
import type { Incident } from '../feed/schema.js';

/** Every string of a text value (plain or per language). */
const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).filter((x): x is string => typeof x === 'string') : []);

const ID = /^(?:water-quality|boil|kookadvies|do-not-drink|niet-drinken)(?:[-_.]|$)/i;
/** Boil water ("Boil tap water", "Boil Water Notice", "boil-water advice", "kookadvies", "kook het kraanwater"). */
const BOIL = /\bboil(?:ed|ing)?\b[\s-]+(?:your\s+|all\s+|the\s+)?(?:tap\s+|drinking\s+)?water\b|\bkookadvies|\bkook\s+(?:het\s+|uw\s+)?(?:kraan|drink)?water\b/i;
/** Do not drink the tap water, even boiled (not "do not drink the bath water", said in a boil-water advice). */
const DO_NOT_DRINK = /\bdo[\s-]+not[\s-]+drink[\s-]+(?:(?:the\s+|your\s+)?(?:tap\s+)?water\b|notice|advice|advisory)|\bdon'?t\s+drink\s+(?:the\s+|your\s+)?tap\s*water|\bdrink\s+(?:het\s+|uw\s+)?kraanwater\s+niet\b|\bniet[\s-]+drinken[\s-]*advies/i;

export type DrinkingWater = 'boil' | 'do-not-drink';

/** Whether the incident warns people about their drinking water, and how: boil it, or do not drink it at all. */
export function drinkingWaterWarning(incident: Pick<Incident, 'id' | 'title' | 'actions' | 'updates'>): DrinkingWater | undefined {
  const texts = [incident.title, ...(incident.updates ?? []).map((u) => u.title), ...(incident.actions ?? []).map((a) => a.label)].flatMap(strings);
  if (texts.some((t) => DO_NOT_DRINK.test(t))) return 'do-not-drink';
  if (texts.some((t) => BOIL.test(t)) || ID.test(incident.id)) return 'boil';
  return undefined;
}

/** The <event> of a drinking-water warning in the alert's language (nl, else English). */
export function drinkingWaterEvent(kind: DrinkingWater, lang: string): string {
  const nl = /^nl\b/i.test(lang);
  if (kind === 'boil') return nl ? 'Kookadvies' : 'Boil water notice';
  return nl ? 'Drinkwateradvies' : 'Drinking water advice';
}
