/**
 * What `clearline import statuspage|cap` says on standard error, in the desk's language (the imported feed's first
 * language, desk-lang.ts): how many incidents it made, what is still to write, and an alert that was withdrawn (a CAP
 * Cancel), which is imported as resolved because a feed has no "withdrawn", but is not the same: a desk that read only
 * "Imported 1 incident(s)" would publish "Resolved" over an outage that never was.
 */
import type { UiLanguage } from '../i18n/terms.js';
import { shellArg } from '../lint/shell.js';

export interface ImportNotes {
  imported: (n: number, out?: string) => string;
  stillToWrite: string;
  /** `name`: the incident's title, quoted (incidentName); `note`: the sender's own words, when it gave any. */
  withdrawn: (name: string, note?: string) => string;
  /** An export without incidents (`file`: the feed written): nothing to fill in, so not listed as still to write. */
  noIncidents: (file: string) => string;
  giveFile: (kind: string, example: string) => string;
  exists: (out: string) => string;
}

export const IMPORT_NOTES: Record<UiLanguage, ImportNotes> = {
  en: {
    imported: (n, out) => `Imported ${n} incident(s)${out ? ` into ${out}` : ''}.`,
    stillToWrite: 'Still to write before you sign (lint refuses the [[TODO: …]] placeholders and the past next update):',
    withdrawn: (name, note) =>
      `Withdrawn, not resolved: this alert (${name}) is a CAP Cancel, so its sender takes back what it said before, for example because it was sent in error.${note ? ` The sender's note: "${note}".` : ''} A feed has no "withdrawn", so it is imported as resolved, with a placeholder at the start of what we know: write there what happened (for example "This message was sent in error: there is no outage."), or leave the incident out.`,
    noIncidents: (file) => `The export has no incidents, so the feed has none yet. When something happens, add one with clearline new incident --template NAME --id ID${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} (the templates are in clearline new incident --help).`,
    giveFile: (kind, example) => `give the file to import, e.g. clearline import ${kind} ${example}`,
    exists: (out) => `${out} exists; give --force to overwrite it`,
  },
  nl: {
    imported: (n, out) => `${n} ${n === 1 ? 'incident' : 'incidenten'} geïmporteerd${out ? ` in ${out}` : ''}.`,
    stillToWrite: 'Nog te schrijven voordat u ondertekent (lint weigert de [[TODO: …]]-plekken en de volgende update in het verleden):',
    withdrawn: (name, note) =>
      `Ingetrokken, niet opgelost: deze melding (${name}) is een CAP-Cancel, dus de afzender neemt terug wat hij eerder meldde, bijvoorbeeld omdat die per vergissing is verstuurd.${note ? ` De toelichting van de afzender: "${note}".` : ''} Een feed kent geen "ingetrokken", dus hij is als opgelost geïmporteerd, met een in te vullen plek aan het begin van wat we weten: schrijf daar wat er gebeurd is (bijvoorbeeld "Dit bericht is per vergissing verstuurd: er is geen storing."), of laat de storing weg.`,
    noIncidents: (file) => `Er staan geen incidenten in de export, dus de feed heeft er nog geen. Gebeurt er iets, voeg er dan een toe met clearline new incident --template NAAM --id ID${file === 'feed.json' ? '' : ` --feed ${shellArg(file)}`} (de sjablonen staan in clearline new incident --help).`,
    giveFile: (kind, example) => `geef het bestand om te importeren, bijvoorbeeld clearline import ${kind} ${example}`,
    exists: (out) => `${out} bestaat al; geef --force om het te overschrijven`,
  },
};
