/**
 * A web or e-mail address written bare in a Markdown text becomes a link readers can tap (GFM
 * autolinks `https://…` and `name@host.tld`). A bank's desk warning about a phishing wave wrote
 * "The text links to https://zuiderbank-hulp.example" in what we know, and its own signed status
 * page then offered customers the criminals' site and e-mail address as links. A bare address that
 * is none of the publisher's own (its site, status page, channels, actions) is said, with how to
 * write a fake one so it cannot be tapped, or a trusted one as a link with words.
 */
import { defineRule } from '../rule.js';
import { eachObject, isObj, stringsOf } from '../walk.js';

const host = (h: string) => h.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');

/** The host of an https: URL or a mailto: address, or undefined. */
function hostOf(href: unknown): string | undefined {
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

/** The publisher's own hosts: its site, status page, channel and action links. */
function ownHosts(doc: Record<string, unknown>): Set<string> {
  const own = new Set<string>();
  const add = (href: unknown) => {
    const h = hostOf(href);
    if (h) own.add(h);
  };
  if (isObj(doc.publisher)) add(doc.publisher.url);
  add(doc.status_url);
  eachObject(doc.channels, 'channels', (c) => add(c.href));
  eachObject(doc.incidents, 'incidents', (inc, p) => eachObject(inc.actions, `${p}/actions`, (a) => add(a.href)));
  return own;
}

/** The same site: equal, a subdomain (status.bank.example of bank.example) or its parent domain. */
const sameSite = (h: string, own: ReadonlySet<string>) => [...own].some((o) => h === o || h.endsWith(`.${o}`) || (h.includes('.') && o.endsWith(`.${h}`)));

/** Bare addresses GFM turns into links: `https://…` and `name@host.tld`, outside code, `[…](…)` and `<…>`. */
function bareAddresses(text: string): { shown: string; host: string }[] {
  const plain = text
    .replace(/`[^`]*`/g, ' ')
    .replace(/^\s{0,3}\[[^\]]+\]:.*$/gm, ' ')
    .replace(/\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/<[^<>\s]+>/g, ' ');
  const found: { shown: string; host: string }[] = [];
  for (const m of plain.matchAll(/(?<![\w[])https:\/\/([^\s/?#()<>]+)[^\s()<>]*/gi)) found.push({ shown: m[0].replace(/[.,;:!?'"]+$/, ''), host: host(m[1]!.replace(/[.,;:!?'"]+$/, '').replace(/:\d+$/, '')) });
  for (const m of plain.matchAll(/(?<![\w.+\-[/:])[\w.+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z0-9-]*[A-Za-z0-9])/g)) found.push({ shown: m[0], host: host(m[1]!) });
  return found;
}

/** `https://www.bank-help.example/x` → `www[.]bank-help[.]example/x`: readable, and no reader or mail program makes it a link. */
const defanged = (shown: string) => {
  const bare = shown.replace(/^https:\/\//i, '');
  const end = bare.search(/[/?#]|$/);
  return bare.slice(0, end).replace(/\./g, '[.]') + bare.slice(end);
};

export const foreignLink = defineRule('foreign-link', 'warning', function* ({ doc, texts }) {
  const own = ownHosts(doc);
  // Without the publisher's own addresses (an FAQ document has none) every address would look foreign.
  if (own.size === 0) return;
  for (const t of texts) {
    if (!t.markdown) continue;
    for (const s of stringsOf(t)) {
      for (const a of bareAddresses(s.text)) {
        if (sameSite(a.host, own)) continue;
        const safe = defanged(a.shown);
        yield {
          path: s.path,
          message: {
            en: `readers can tap ${a.shown}: a bare address becomes a link, and this one is not yours`,
            nl: `lezers kunnen op ${a.shown} tikken: een los adres wordt een link, en dit adres is niet van u`,
          },
          fix: {
            en: `Is it a fake address you are warning about? Write it so nobody can tap it: ${safe}. Is it a site you trust? Link it with words: [its name](https://…).`,
            nl: `Is het een nepadres waarvoor u waarschuwt? Schrijf het zo dat niemand erop kan tikken: ${safe}. Is het een site die u vertrouwt? Maak er een link met woorden van: [naam](https://…).`,
          },
        };
      }
    }
  }
});
