/**
 * `--template NAME` as `new incident` and `studio` read it: a template's name or alias (templateNamed), else
 * refused with each template in the desk's words ("heating (verwarming of warm water)"), as the studio lists them.
 */
import { templateNamed, TEMPLATE_NAMES, type TemplateName } from '../templates/index.js';
import { TEMPLATE_LABELS } from '../templates/labels.js';
import type { UiLanguage } from '../i18n/terms.js';
import { CliError } from './command.js';

const NO_TEMPLATE = {
  en: (asked: string | undefined, names: string) => `${asked ? `there is no template "${asked}"; give` : 'give'} --template with one of: ${names}`,
  nl: (asked: string | undefined, names: string) => `${asked ? `er is geen sjabloon "${asked}"; geef` : 'geef'} --template met een van: ${names}`,
} as const;

export function templateOption(value: string | undefined, desk: UiLanguage): TemplateName {
  const template = templateNamed(value ?? '');
  if (template) return template;
  const said = (n: TemplateName) => `${n} (${TEMPLATE_LABELS[desk][n].replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase())})`;
  throw new CliError(NO_TEMPLATE[desk](value?.trim() || undefined, TEMPLATE_NAMES.map(said).join(', ')));
}
