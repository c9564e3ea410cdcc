/**
 * Where the printed embed code loads the signed files from. keygen printed src="https://status.example.com/feed.jws.json",
 * and a desk could paste it as is (trial X): nothing says the host is a stand-in. clearline cannot know where the desk puts
 * feed.jws.json (docs/publishing.md step 5: any HTTPS address), so the src is a [[TODO: …]] mark, as the fallback's
 * emergency number is, with an example on the feed's own status_url host when it has one. A src left like that loads
 * nothing (the readers' fallback shows), and the desk sees what to fill in. Pure.
 */
import type { UiLanguage } from '../i18n/terms.js';

/** The origin of the feed's status_url (https only), else the reserved example host (RFC 2606). */
export function exampleOrigin(statusUrl: unknown): string {
  if (typeof statusUrl === 'string') {
    try {
      const u = new URL(statusUrl);
      if (u.protocol === 'https:' && !/\[\[TODO/.test(statusUrl)) return u.origin;
    } catch {
      // not an address: the example host
    }
  }
  return 'https://status.example.com';
}

/** `[[TODO: the address of your feed.jws.json, e.g. https://status.hzk.example/feed.jws.json]]`. */
export function fileAddress(file: 'feed.jws.json' | 'faq.jws.json', lang: UiLanguage, statusUrl?: unknown): string {
  const example = `${exampleOrigin(statusUrl)}/${file}`;
  return lang === 'nl' ? `[[TODO: adres van uw ${file}, bijv. ${example}]]` : `[[TODO: the address of your ${file}, e.g. ${example}]]`;
}
