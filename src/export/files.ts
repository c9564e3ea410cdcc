/**
 * Where exported files live next to each other, so the no-script page can link its Atom feed and
 * its other languages: status.nl.html, status.nl.atom, … under one base URL (by default the feed's
 * status page, e.g. https://example.com/status/).
 */
import type { StatusPayload } from '../feed/schema.js';

export const fileName = (kind: 'html' | 'atom', lang: string) => `status.${lang.toLowerCase()}.${kind}`;

/** The base URL the exported files are published under, ending in "/". */
export function exportBase(payload: StatusPayload, base?: string): string {
  const b = base ?? payload.status_url ?? payload.publisher.url;
  return b.endsWith('/') ? b : `${b}/`;
}
