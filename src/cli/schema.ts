import { jsonSchema } from '../feed/json-schema.js';
import { json, kindOption, type Command } from './command.js';

export const schema: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of the feed format',
  usage: 'clearline schema [--kind status|faq]',
  positionals: 0,
  options: { kind: { type: 'string', help: 'status (default) or faq' } },
  async run(v) {
    console.log(json(jsonSchema(kindOption(v.kind))));
  },
};
