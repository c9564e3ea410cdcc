import { incidentFromTemplate, TEMPLATE_LANGUAGES, TEMPLATE_NAMES, type TemplateLanguage, type TemplateName } from '../templates/index.js';
import { CliError, isObj, json, parseLangs, str, type Command, type Obj } from './command.js';
import { exists, readJson, writeText } from './io.js';
import { lintNow } from './lint-report.js';

export const newIncident: Command = {
  name: 'new incident',
  summary: 'add an incident skeleton from a template to a feed (creating the feed when absent)',
  usage: `clearline new incident --template ${TEMPLATE_NAMES.join('|')} --id ID [--lang nl,en] [--feed feed.json] [--feed-id ID --publisher NAME --publisher-url URL]`,
  options: {
    template: { type: 'string', help: `one of ${TEMPLATE_NAMES.join(', ')}` },
    id: { type: 'string', help: 'the incident id, e.g. storm-2026-11-23' },
    lang: { type: 'string', help: 'languages, comma-separated (default nl,en)' },
    feed: { type: 'string', help: 'the feed file to add to (default feed.json); made when absent' },
    'feed-id': { type: 'string', help: 'feed_id for a new feed (required when the feed file does not exist)' },
    publisher: { type: 'string', help: 'publisher name for a new feed' },
    'publisher-url': { type: 'string', help: 'publisher https: URL for a new feed' },
    json: { type: 'boolean', help: 'print {feed, incident, created, placeholders} as JSON' },
  },
  async run(v) {
    const template = str(v.template) as TemplateName | undefined;
    if (!template || !(TEMPLATE_NAMES as readonly string[]).includes(template)) throw new CliError(`give --template ${TEMPLATE_NAMES.join('|')}`);
    const id = str(v.id);
    if (!id) throw new CliError('give the incident an --id, e.g. --id storm-2026-11-23');
    const langs = parseLangs(v.lang, TEMPLATE_LANGUAGES);
    const unsupported = langs.filter((l) => !(TEMPLATE_LANGUAGES as readonly string[]).includes(l));
    if (unsupported.length) throw new CliError(`the templates are written in ${TEMPLATE_LANGUAGES.join(' and ')}; no text for ${unsupported.join(', ')}`);
    const file = str(v.feed) ?? 'feed.json';
    const created = !(await exists(file));
    let feed: Obj;
    if (created) {
      const feedId = str(v['feed-id']);
      if (!feedId) throw new CliError(`${file} does not exist; give --feed-id ID (the id your embed pins) to create it`);
      feed = {
        type: 'status',
        version: 1,
        feed_id: feedId,
        publisher: { name: str(v.publisher) ?? '[[TODO: your organisation]]', url: str(v['publisher-url']) ?? 'https://example.com/[[TODO:your-website]]' },
        channels: [],
        incidents: [],
      };
    } else {
      const raw = await readJson(file, 'the feed');
      if (!isObj(raw) || raw.type !== 'status') throw new CliError(`${file} is not a status feed ("type": "status")`, 1, 'invalid');
      feed = raw;
    }
    const incidents = Array.isArray(feed.incidents) ? (feed.incidents as Obj[]) : [];
    if (incidents.some((i) => i.id === id)) throw new CliError(`${file} already has an incident "${id}"; pick another --id or use clearline update`);
    const incident = incidentFromTemplate(template, { id, langs: langs as TemplateLanguage[] });
    feed.incidents = [incident, ...incidents];
    for (const k of ['issued_at', 'expires_at', 'seq']) delete feed[k];
    await writeText(file, json(feed) + '\n');
    const placeholders = lintNow(feed).filter((f) => f.rule === 'placeholder').map((f) => f.path);
    if (v.json) return console.log(json({ feed: file, incident: id, template, created, placeholders }));
    console.log(`${created ? 'Created' : 'Updated'} ${file}: incident "${id}" from the ${template} template (${langs.join(', ')}).`);
    console.log(`Replace the ${placeholders.length} [[TODO: …]] placeholder(s), then run: clearline lint ${file}`);
    for (const p of placeholders) console.log(`  ${p}`);
  },
};
