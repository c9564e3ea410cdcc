/**
 * What we know for a channel with room after its first sentence (the social post): the summary, then whole sentences of what
 * we know while they fit, the news since the previous update first (known-news.ts), then the others in order up to the
 * first that does not fit; all said in the text's order. Trial W: a gas network's 12:02 post said only "Pressure in the gas
 * main is back." with 85 characters free, not "Relighting has started, house by house; it will take until Thursday.",
 * the news of the update; under the title "No gas in Naas and Newbridge" the first sentence read as if gas was back. Pure.
 */
import type { Incident } from '../feed/schema.js';
import { newSincePrevious } from './known-news.js';
import { knownAfterSummary } from './plain.js';

/** The summary and the sentences after it that `fits` takes, by the rule above. */
export function knownWithRoom(incident: Pick<Incident, 'updates'>, lang: string, view: { known: readonly string[]; summary: string }, fits: (known: string) => boolean): string {
  const rest = knownAfterSummary(view).map((s) => s.trim());
  const fresh = newSincePrevious(incident, lang, rest);
  const taken = new Set<number>();
  const text = () => [view.summary, ...rest.filter((s, i) => s && taken.has(i))].join(' ');
  const take = (i: number) => {
    taken.add(i);
    if (fits(text())) return true;
    taken.delete(i);
    return false;
  };
  for (const [i, s] of rest.entries()) if (s && fresh[i]) take(i);
  for (const [i, s] of rest.entries()) if (s && !fresh[i] && !taken.has(i) && !take(i)) break;
  return text();
}
