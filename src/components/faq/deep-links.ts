import type { LitElement, ReactiveController } from 'lit';
import type { FaqTerms } from '../../i18n/faq-terms.js';

/** The address of an entry's deep link on this page: `#faq-<id>`. */
export function entryLink(id: string): string {
  return `${location.href.split('#')[0]}#faq-${encodeURIComponent(id)}`;
}

/**
 * `#faq-<id>` deep links: once the entries are there, and on every hashchange, asks the host to
 * reveal the entry named in the address, then scrolls to it and focuses its question.
 */
export class DeepLinks implements ReactiveController {
  private done = false;
  private readonly onHashChange = () => this.follow();

  constructor(
    private readonly host: LitElement,
    /** Whether the entries have arrived. */
    private readonly ready: () => boolean,
    /** Opens the entry and makes it part of what is shown; false when there is no such entry. */
    private readonly reveal: (id: string) => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  hostUpdated(): void {
    if (this.done || !this.ready()) return;
    this.done = true;
    this.follow();
  }

  private follow(): void {
    const m = /^#faq-(.+)$/.exec(location.hash);
    if (!m) return;
    let id: string;
    try {
      id = decodeURIComponent(m[1]!);
    } catch {
      return;
    }
    if (!this.reveal(id)) return;
    void this.host.updateComplete.then(() => {
      const el = this.host.renderRoot.querySelector<HTMLElement>(`[id="faq-${CSS.escape(id)}"]`);
      el?.scrollIntoView({ block: 'start' });
      el?.querySelector<HTMLButtonElement>('button.question')?.focus({ preventScroll: true });
    });
  }
}

/** Copies the link to an entry; says so, or shows the link to copy by hand when the clipboard refuses. */
export async function copyEntryLink(id: string, t: Pick<FaqTerms, 'linkCopied' | 'copyFailed'>): Promise<string> {
  const link = entryLink(id);
  try {
    await navigator.clipboard.writeText(link);
    return t.linkCopied;
  } catch {
    return t.copyFailed(link);
  }
}
