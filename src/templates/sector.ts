/**
 * The template a feed's sector fits, read from its contact reasons. A feed has no "sector" field, but its contact
 * reasons came from the template of its first incident (`clearline new incident` and the studio add that template's
 * typical reasons to a feed that has none), and their ids never change once published (reports count by them). A
 * bank's feed has `fraud`, `log-in`, `payment-failed`, `charged-twice`: the payments template's. Before, the studio's
 * New incident started a bank's desk on Other disruption, and an update of its card outage hinted "e.g. Amsterdam,
 * Utrecht" under Who is affected.
 * Pure: no DOM.
 */
import { TEMPLATE_NAMES, TEMPLATES, type TemplateName } from './catalog.js';

/**
 * The template with the most of its typical reason ids among `reasons`: at least two, and more than any other, so one
 * shared id (`suspicious`, `compensation`, `danger`) decides nothing. Undefined when no template clearly fits (a feed
 * with its own reasons, or none): the caller keeps its neutral default. Other disruption (`generic`) is never the answer.
 */
export function templateForReasons(reasons: readonly { id?: unknown }[] | undefined): TemplateName | undefined {
  const ids = new Set((reasons ?? []).map((r) => r.id));
  const scored = TEMPLATE_NAMES.filter((n) => n !== 'generic')
    .map((name) => ({ name, hits: TEMPLATES[name].reasons.filter((r) => ids.has(r.id)).length }))
    .sort((a, b) => b.hits - a.hits);
  const [best, next] = scored;
  return best && best.hits >= 2 && best.hits > (next?.hits ?? 0) ? best.name : undefined;
}
