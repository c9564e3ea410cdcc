/**
 * `clearline import statuspage|cap`: a thin adapter over src/import. Everything it says, the refusals too, is in the
 * desk's language (importLanguage), and the commands it lists name the file as the shell takes it (lint/shell.ts).
 */
import { stat } from 'node:fs/promises';
import { importCap, ImportError, importStatuspage, type ImportResult } from '../import/index.js';
import { incidentName } from '../feed/incident-name.js';
import { localZone } from '../feed/times.js';
import type { UiLanguage } from '../i18n/terms.js';
import { CliError, str, type Command } from './command.js';
import { documentLanguage, zoneLanguage } from './desk-lang.js';
import { IMPORT_NOTES } from './import-notes.js';
import { stillToWrite } from './import-todo.js';
import { ownLanguage, readText, writeText } from './io.js';

/**
 * The desk's language for an import: the imported feed's first language (a CAP alert's <info> language); else, for
 * texts in no named language (every Statuspage export), that of the --out file or the feed.json beside it or in this
 * folder; else Dutch on a Dutch or Belgian clock (the page's time zone, else this computer's), as `new feed`, `keygen`
 * and the studio choose; else English. A Dutch desk importing its Dutch Statuspage page (Europe/Amsterdam) was
 * answered in English. `feed` is undefined before the import (a refusal).
 */
export async function importLanguage(feed: unknown, out?: string): Promise<UiLanguage> {
  const zone = typeof feed === 'object' && feed !== null ? (feed as { time_zone?: unknown }).time_zone : undefined;
  return documentLanguage(feed) ?? (await ownLanguage(out ?? 'feed.json')) ?? zoneLanguage(zone) ?? zoneLanguage(localZone()) ?? 'en';
}

function importer(name: 'statuspage' | 'cap', parse: (text: string) => ImportResult, example: string): Command {
  return {
    name: `import ${name}`,
    summary: `make a clearline feed from ${name === 'cap' ? 'a CAP 1.2 alert' : "Atlassian Statuspage's summary.json or incidents.json"}; what is missing becomes placeholders lint refuses`,
    usage: `clearline import ${name} ${example} [--out feed.json] [--force]`,
    positionals: 1,
    options: {
      out: { type: 'string', help: 'where to write the feed (default: standard output)' },
      force: { type: 'boolean', help: 'overwrite an existing --out file' },
      json: { type: 'boolean', help: 'print {feed, placeholders} as JSON' },
    },
    async run(v, [file]) {
      const out = str(v.out);
      const before = () => importLanguage(undefined, out);
      if (!file) throw new CliError(IMPORT_NOTES[await before()].giveFile(name, example));
      const text = await readText(file, 'the file', await before());
      let result: ImportResult;
      try {
        result = parse(text);
      } catch (e) {
        if (e instanceof ImportError) throw new CliError(`${file}: ${((await before()) === 'nl' && e.nl) || e.message} [${e.code}]`, 1, e.code);
        throw e;
      }
      if (v.json) return console.log(JSON.stringify(result, null, 2));
      const lang = await importLanguage(result.feed, out);
      const t = IMPORT_NOTES[lang];
      const body = `${JSON.stringify(result.feed, null, 2)}\n`;
      if (out) {
        if (!v.force && (await stat(out).catch(() => undefined))) throw new CliError(t.exists(out));
        await writeText(out, body, undefined, lang);
      } else process.stdout.write(body);
      console.error(t.imported(result.feed.incidents.length, out));
      // An export without incidents is no placeholder to fill in: said apart, in the desk's words (import-notes.ts).
      if (!result.feed.incidents.length) console.error(t.noIncidents(out ?? 'feed.json'));
      // Before the placeholders: what the placeholder in "what we know" is for.
      for (const w of result.withdrawn ?? []) console.error(t.withdrawn(incidentName(w.incident, result.feed.incidents, lang), w.note));
      // In the desk's words, with the command for each (import-todo.ts); a note that names no incident field as it is.
      const todo = stillToWrite(result.feed, out ?? 'feed.json', lang);
      const other = result.feed.incidents.length ? result.placeholders.filter((p) => !result.feed.incidents.some((inc) => p.startsWith(`${inc.id}: `))) : [];
      if (todo.length || other.length) {
        console.error(t.stillToWrite);
        for (const p of [...todo, ...other]) console.error(`  ${p}`);
      }
    },
  };
}

export const importStatuspageCommand = importer('statuspage', (text) => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const said = (e as Error).message;
    throw new ImportError('invalid', `not valid JSON: ${said}`, `geen geldige JSON: ${said}`);
  }
  return importStatuspage(value);
}, 'summary.json');

export const importCapCommand = importer('cap', (text) => importCap(text), 'alert.xml');
