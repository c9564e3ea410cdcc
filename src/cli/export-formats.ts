/**
 * What `clearline export --to` takes: the export names, the other words a desk types for them, and
 * each named by what it is when --to is missing or none of them. A housing association's desk read
 * "page without script" in `export --help`, typed `--to page` and was told only "give --to
 * ivr|ssml|sms|social|atom|cap|html|email", in English beside a Dutch feed.
 */
import { EXPORT_FORMATS, type ExportFormat } from '../export/index.js';
import type { UiLanguage } from '../i18n/terms.js';
import { CliError } from './command.js';
import { EXPORT_NOTES } from './export-notes.js';

/** Other names for an export, as people say what they want: the page, the phone message, the e-mail. */
export const EXPORT_ALIASES: Readonly<Record<string, ExportFormat>> = {
  page: 'html',
  webpage: 'html',
  'web-page': 'html',
  pagina: 'html',
  phone: 'ivr',
  telefoon: 'ivr',
  voice: 'ivr',
  mail: 'email',
  'e-mail': 'email',
  text: 'sms',
  rss: 'atom',
  'social-media': 'social',
};

/** Each export in the desk's words, for the list after "give --to with one of:". */
const SAID: Record<UiLanguage, Record<ExportFormat, string>> = {
  en: {
    ivr: 'ivr (the phone message)',
    ssml: 'ssml (the phone message for a voice system)',
    sms: 'sms',
    social: 'social (social media posts)',
    atom: 'atom (a feed for feed readers)',
    cap: 'cap (an alert for warning systems)',
    html: 'html (the status page without script)',
    email: 'email',
  },
  nl: {
    ivr: 'ivr (het telefoonbericht)',
    ssml: 'ssml (het telefoonbericht voor een spraaksysteem)',
    sms: 'sms',
    social: 'social (berichten voor sociale media)',
    atom: 'atom (een feed voor feedlezers)',
    cap: 'cap (een melding voor alarmsystemen)',
    html: 'html (de statuspagina zonder script)',
    email: 'email (e-mail)',
  },
};

/** The export `--to` names (an export name or one of its aliases, any case), else a CliError in the desk's language naming them all. */
export function exportFormat(asked: string | undefined, lang: UiLanguage): ExportFormat {
  const key = asked?.trim().toLowerCase() ?? '';
  const found = (EXPORT_FORMATS as readonly string[]).includes(key) ? (key as ExportFormat) : EXPORT_ALIASES[key];
  if (found) return found;
  throw new CliError(EXPORT_NOTES[lang].noFormat(asked?.trim() || undefined, EXPORT_FORMATS.map((f) => SAID[lang][f]).join(', ')));
}
