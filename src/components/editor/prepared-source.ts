/**
 * The organisation's own prepared texts the editor offers under New incident (`prepared-src`: `clearline studio --prepared
 * prepared.json` serves them), read as templates/prepared.ts reads them. Without `prepared-src`, or when the file cannot be
 * read, there are none and the list offers the built-in templates only, as before. A controller: async state, as faq-source.ts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { preparedTexts, type PreparedText } from '../../templates/prepared.js';

export class PreparedSource implements ReactiveController {
  texts?: PreparedText[];
  private src = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly url: () => string,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const url = this.url();
    if (url === this.src) return;
    this.src = url;
    this.texts = undefined;
    if (url) void this.load(url);
  }

  private async load(url: string): Promise<void> {
    let doc: unknown;
    try {
      const res = await fetch(url, { cache: 'no-store' });
      doc = res.ok ? await res.json() : undefined;
    } catch {
      doc = undefined;
    }
    if (url !== this.src) return;
    this.texts = preparedTexts(doc);
    this.host.requestUpdate();
  }
}
