/** What changed in the feed since this page opened it, said when a save is refused (publish-controller.ts). Pure: no DOM. */
import type { FeedDraft } from '../../feed/update.js';
import { pickText } from '../../i18n/lang.js';

/** Plain-words differences between the feed as opened and as it is now, by incident title. */
export function describeChanges(before: FeedDraft, after: FeedDraft, lang: string): string[] {
  const out: string[] = [];
  const byId = new Map((before.incidents ?? []).map((i) => [i.id, i]));
  for (const inc of after.incidents ?? []) {
    const old = byId.get(inc.id);
    const title = pickText(inc.title, lang);
    if (!old) out.push(`+ ${title}`);
    else if (JSON.stringify(old) !== JSON.stringify(inc)) out.push(`~ ${title}`);
    byId.delete(inc.id);
  }
  for (const old of byId.values()) out.push(`- ${pickText(old.title, lang)}`);
  if (JSON.stringify(before.channels) !== JSON.stringify(after.channels)) out.push('~ channels');
  return out;
}
