/**
 * A web or e-mail address written bare in a Markdown text becomes a link readers can tap (GFM
 * autolinks `https://…`, `www.…` and `name@host.tld`; mail and message apps do too). A bank's desk warning about a phishing wave wrote
 * "The text links to https://zuiderbank-hulp.example" in what we know, and its own signed status
 * page then offered customers the criminals' site and e-mail address as links. A bare address that
 * is none of the publisher's own (its site, status page, channels, actions; content/own-site.ts compares) is said, with how to
 * write a fake one so it cannot be tapped, or a trusted one as a link with words. The elements now show such a web
 * address as text, but e-mail, SMS and older embeds do not: in an incident that warns about fake messages
 * (export/scam-incident.ts) a web address is an error, `scam-link`, which stops signing. Trial U: "via
 * https://scheldebank-verificatie.be/login" three lines below "Klik niet op de link" was signed past a warning, and
 * "www.scheldebank-verificatie.be" got none (found with the export's own webAddresses now).
 */
import { hostOf, sameSite } from '../../content/own-site.js';
import { webAddresses } from '../../export/link-warning.js';
import { bareDomains } from '../bare-domain.js';
import { warnsOfScam } from '../../export/scam-incident.js';
import type { LintContext, SaidProblem } from '../rule.js';
import { defineRule } from '../rule.js';
import { eachObject, isObj, stringsOf, type Obj } from '../walk.js';

/**
 * Bare addresses readers and apps turn into links: `https://…`, `www.…` (webAddresses), `name@host.tld` and a name
 * with a known ending, `bank-help.example` (bareDomains), outside code, `[…](…)` and `<…>`.
 */
function bareAddresses(text: string): { shown: string; host: string; web?: true }[] {
  const plain = text
    .replace(/`[^`]*`/g, ' ')
    .replace(/^\s{0,3}\[[^\]]+\]:.*$/gm, ' ')
    .replace(/\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/<[^<>\s]+>/g, ' ');
  const found: { shown: string; host: string; web?: true }[] = [];
  for (const shown of webAddresses(plain)) {
    const host = hostOf(`https://${shown.replace(/^\w+:\/\//, '')}`);
    if (host) found.push({ shown, host, web: true });
  }
  const MAIL = /(?<![\w.+\-[/:])[\w.+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z0-9-]*[A-Za-z0-9])/g;
  for (const m of plain.matchAll(MAIL)) found.push({ shown: m[0], host: hostOf(`mailto:${m[0]}`)! });
  // Then the rest without `https://` or `www.` (bareDomains): "betaal via riverbendwater-pay.example".
  const rest = plain.replace(MAIL, ' ').replace(/\b(?:https?:\/\/|www\.)\S*/gi, ' ');
  for (const d of bareDomains(rest)) found.push({ ...d, web: true });
  return found;
}

/** The publisher's own hosts: its site, status page, channel and action links (the same as readers: content/tel-lines.ts). */
function ownHosts(doc: Obj): string[] {
  const links = [isObj(doc.publisher) ? doc.publisher.url : undefined, doc.status_url];
  eachObject(doc.channels, 'channels', (c) => links.push(c.href));
  eachObject(doc.incidents, 'incidents', (inc, p) => eachObject(inc.actions, `${p}/actions`, (a) => links.push(a.href)));
  return links.map(hostOf).filter((h) => h !== undefined);
}

/** `https://www.bank-help.example/x` → `www[.]bank-help[.]example/x`: readable, and no reader or mail program makes it a link. */
const defanged = (shown: string) => {
  const bare = shown.replace(/^https?:\/\//i, '');
  const end = bare.search(/[/?#]|$/);
  return bare.slice(0, end).replace(/\./g, '[.]') + bare.slice(end);
};

/**
 * The foreign bare addresses, each with its path and whether it is a web address in an incident that warns about fake
 * messages (warnsOfScam). An e-mail address there stays a warning: such warnings often give one to forward fake
 * messages to (trial U's FAQ: "verdacht@safeonweb.be"), and readers keep those as links.
 */
function* foreignAddresses({ doc, texts }: LintContext): Generator<{ path: string; shown: string; scam: boolean }> {
  const own = ownHosts(doc);
  // Without the publisher's own addresses (an FAQ document has none) every address would look foreign.
  if (!own.length) return;
  const scam: boolean[] = [];
  eachObject(doc.incidents, 'incidents', (inc, p) => (scam[Number(p.slice(10))] = warnsOfScam(inc)));
  for (const t of texts) {
    if (!t.markdown) continue;
    const inScam = !!scam[Number(/^incidents\/(\d+)\//.exec(t.path)?.[1] ?? -1)];
    for (const s of stringsOf(t)) for (const a of bareAddresses(s.text)) if (!sameSite(a.host, own)) yield { path: s.path, shown: a.shown, scam: inScam && !!a.web };
  }
}

/** Elsewhere: a warning (a site quoted on purpose may stay), with how to write a fake one so nobody can tap it. */
export const foreignLink = defineRule('foreign-link', 'warning', function* (ctx): Generator<SaidProblem> {
  for (const a of foreignAddresses(ctx)) {
    if (a.scam) continue;
    const safe = defanged(a.shown);
    yield {
      path: a.path,
      message: {
        en: `people can tap ${a.shown}: e-mail and message apps make a bare address a link, and this one is not yours`,
        nl: `mensen kunnen op ${a.shown} tikken: mail- en berichtenapps maken van een los adres een link, en dit adres is niet van u`,
      },
      fix: {
        en: `Is it a fake address you are warning about? Write it so nobody can tap it: ${safe}. Is it a site you trust? Link it with words: [its name](https://…).`,
        nl: `Is het een nepadres waarvoor u waarschuwt? Schrijf het zo dat niemand erop kan tikken: ${safe}. Is het een site die u vertrouwt? Maak er een link met woorden van: [naam](https://…).`,
      },
    };
  }
});

/**
 * In a warning about fake messages or scams: an error, which stops signing. An address there is almost always the scam's
 * own, and the e-mail, the SMS and older embeds would still offer it to tap, right under "do not click the link".
 */
export const scamLink = defineRule('scam-link', 'error', function* (ctx): Generator<SaidProblem> {
  for (const a of foreignAddresses(ctx)) {
    if (!a.scam) continue;
    const safe = defanged(a.shown);
    yield {
      path: a.path,
      message: {
        en: `this warning about fake messages gives ${a.shown}, which is not yours, as a bare address: e-mail and message apps make it a link, so people could tap the very address you warn about`,
        nl: `deze waarschuwing voor nepberichten noemt ${a.shown}, dat niet van u is, als los adres: mail- en berichtenapps maken er een link van, dus mensen kunnen tikken op het adres waarvoor u waarschuwt`,
      },
      fix: {
        en: `Write it so nobody can tap it: ${safe}, or leave the address out and describe it ("a site that looks like ours"). Is it a site you trust? Link it with words: [its name](https://…).`,
        nl: `Schrijf het zo dat niemand erop kan tikken: ${safe}, of laat het adres weg en beschrijf het ("een site die op de onze lijkt"). Is het een site die u vertrouwt? Maak er een link met woorden van: [naam](https://…).`,
      },
    };
  }
});
