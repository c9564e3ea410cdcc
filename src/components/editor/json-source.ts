/**
 * A JSON document the editor reads from a URL beside the feed (the FAQ of `faq-src`, the prepared texts of
 * `prepared-src`): fetched again when the URL changes, without the browser's cache (the studio serves the file as it is
 * now), `undefined` when it cannot be read. A controller: async state; `read` says what the host keeps of it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class JsonSource implements ReactiveController {
  private src = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly url: () => string,
    /** Called with the document (undefined: none, or not readable); its return tells whether the host updates. */
    private readonly read: (doc: unknown) => boolean,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const url = this.url();
    if (url === this.src) return;
    this.src = url;
    this.read(undefined);
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
    if (url === this.src && this.read(doc)) this.host.requestUpdate();
  }
}
