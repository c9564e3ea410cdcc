import { jsonSchema } from '../feed/json-schema.js';
import { json, kindOption, type Command } from './command.js';
import { folderLanguage } from './io.js';

export const schema: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of the feed format',
  usage: 'clearline schema [--kind status|faq]',
  positionals: 0,
  options: { kind: { type: 'string', help: 'status (default) or faq' } },
  async run(v) {
    // A wrong --kind: in the language of the feed.json in this folder (io.ts).
    console.log(json(jsonSchema(kindOption(v.kind, v.kind === 'status' || v.kind === 'faq' || v.kind === undefined ? 'en' : await folderLanguage()))));
  },
};
