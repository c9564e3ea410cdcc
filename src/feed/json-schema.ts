import { toJsonSchema } from '@valibot/to-json-schema';
import { PAYLOAD_SCHEMAS, type DocumentKind } from './schema.js';

/**
 * The JSON Schema (draft-07) of a payload, generated from the runtime validator. Custom checks
 * (real calendar dates, "next update required while open") are not expressible and stay runtime-only.
 */
export function jsonSchema(kind: DocumentKind = 'status'): Record<string, unknown> {
  const schema = toJsonSchema(PAYLOAD_SCHEMAS[kind], { ignoreActions: ['check'] }) as Record<string, unknown>;
  return {
    ...schema,
    $id: `https://clearline.dev/schema/${kind}-v1.json`,
    title: kind === 'status' ? 'clearline status feed, version 1' : 'clearline FAQ document, version 1',
  };
}
