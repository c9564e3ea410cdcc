/**
 * The organisation's own prepared texts the editor offers under New incident (`prepared-src`: `clearline studio --prepared
 * prepared.json` serves them), read as templates/prepared.ts reads them. Without `prepared-src`, or when the file cannot be
 * read, there are none and the list offers the built-in templates only, as before. A controller: async state, as faq-source.ts.
 */
import type { ReactiveControllerHost } from 'lit';
import { preparedTexts, type PreparedText } from '../../templates/prepared.js';
import { JsonSource } from './json-source.js';

export class PreparedSource {
  texts?: PreparedText[];

  constructor(host: ReactiveControllerHost, url: () => string) {
    new JsonSource(host, url, (doc) => ((this.texts = doc === undefined ? undefined : preparedTexts(doc)), doc !== undefined));
  }
}
