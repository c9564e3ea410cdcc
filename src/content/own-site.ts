/**
 * The publisher's own sites, for bare web addresses in a feed's texts. Trial U (a bank's phishing wave): the desk quoted
 * the scam address, "via https://scheldebank-verificatie.be/login", and the bank's own status page made it a link to tap.
 * A bare address (not `[words](url)`) links only to the publisher's own site (content/markdown.ts), and lint says so of
 * any other (lint/rules/foreign-link.ts): both ask this module whether an address is on one of the publisher's sites
 * (its links: tel-lines.ts siteLinks). Only the Markdown chunk and lint import it, so the first render does not carry it. Pure.
 */
const host = (h: string) => h.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');

/** The host of an https: link or a mailto: address, lower case and without `www.`; else undefined. */
export function hostOf(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  const mail = /^mailto:[^@?]+@([^?]+)/i.exec(href.trim());
  if (mail) return host(mail[1]!);
  try {
    const u = new URL(href.trim());
    return u.protocol === 'https:' ? host(u.hostname) : undefined;
  } catch {
    return undefined;
  }
}

/** The same site as one of `own` (hosts): equal, a subdomain (status.bank.example of bank.example) or its parent domain. */
export const sameSite = (h: string, own: Iterable<string>): boolean => [...own].some((o) => h === o || h.endsWith(`.${o}`) || (h.includes('.') && o.endsWith(`.${h}`)));
