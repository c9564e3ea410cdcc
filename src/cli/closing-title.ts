/** `clearline update --resolve`: what to say of the title readers now see with "Resolved:" (apart from update.ts, which is full). */
import { saysEnded } from '../export/resolved-title.js';
import { TERMS } from '../i18n/terms.js';
import { shellArg } from '../lint/shell.js';
import { isObj, type Obj } from './command.js';
import type { UpdateTerms } from './update-terms.js';

const languagesOf = (v: unknown) => (isObj(v) ? Object.keys(v) : []);

/** The title readers now see with "Resolved:", in the desk's language where it has one, and the `--correct --title` command that replaces it; null when it says it ended. */
export function closingTitleHint(incident: Obj, id: string, file: string, lang: 'en' | 'nl', t: UpdateTerms): { message: string; command: string } | null {
  const langs = languagesOf(incident.title);
  const title = typeof incident.title === 'string' ? incident.title : isObj(incident.title) ? String(incident.title[lang] ?? Object.values(incident.title)[0] ?? '') : '';
  if (saysEnded(TERMS[lang].phase.resolved, title)) return null; // "Strike over: trams and buses running normally" is said as it is
  const titles = Array.from({ length: Math.max(1, langs.length) }, () => '--title "…"').join(' ');
  const command = `clearline update ${shellArg(file)} --incident ${id} --correct${langs.length > 1 ? ` --lang ${langs.join(',')}` : ''} ${titles}`;
  return { message: t.closingTitle(title, command), command };
}
