import { fileAddress } from './embed-address.js';
import type { JWK } from 'jose';
import { ALGORITHMS, publicJwk, type Algorithm } from '../feed/keys.js';
import { generateSigningKey } from '../feed/sign.js';
import { CliError, isObj, json, str, type Command, type Obj } from './command.js';
import { keyFilesIn } from './key-files.js';
import { deskHere, exists, readJson, writeText } from './io.js';
import type { UiLanguage } from '../i18n/terms.js';
import { classicBuild, classicTag, type ClassicBuild } from './classic-embed.js';
import { embedFallback } from './embed-fallback.js';

/**
 * What keygen says, in English and Dutch. keygen has no feed to name, so it speaks the language of
 * feed.json in the folder it runs in (the file `new incident` writes; a key rotation happens next to
 * it) by deskLanguage, as update does; without one (a new desk's first command), Dutch on a Dutch or Belgian clock, as
 * `new feed` and the studio: a bank's desk on Amsterdam time got its first answer in English. Else English. Options and
 * file names stay as typed.
 */
const KEYGEN_TERMS: Record<UiLanguage, {
  badAlg: (algs: readonly string[]) => string;
  giveOut: string;
  exists: (file: string) => string;
  written: (file: string) => string;
  publicKey: (kid: string) => string;
  embed: (feedIdGiven: boolean) => string;
  /** The embed code's own comments: HTML comments, so the desk's words go onto its web page's source as they are. */
  classic: string;
  help: string;
  /** The feed id to replace when none is known: a word the desk reads as "yours". */
  yourFeedId: string;
  /**
   * No feed id known (keygen before `new feed`, the order a new desk follows): no embed code, since a web team copies it as
   * printed and a page pinning "your-feed-id" refuses every document (trial W); `new feed` prints it with this key.
   */
  noEmbed: string;
  /** `new feed`'s header above the embed code, naming the key file it holds. */
  embedWith: (file: string) => string;
}> = {
  en: {
    badAlg: (algs) => `--alg must be one of ${algs.join(', ')}`,
    giveOut: 'give --out FILE for the private key',
    exists: (file) => `${file} exists; a signing key is never overwritten: a site whose embed code pins its public key would refuse every feed signed with a new one, and readers would see "Status unknown". For a second key (changing keys), give another file: --out new.jwk.json`,
    written: (file) => `Private key written to ${file} (mode 0600). Keep it secret and off the web server.`,
    publicKey: (kid) => `Public key (kid ${kid}):`,
    embed: (given) => `Embed code for the five elements${given ? '' : ' (give --feed-id to fill in your feed id)'}:`,
    classic: 'or, for a classic script (its hash is of the file installed here: serve that file, the same version):',
    help: 'a Help button in the corner of every page: emergency lines, the incident, the FAQ and contact reasons.\n     slot="fallback" (here and in clearline-status): what readers see when the status cannot be loaded: check the emergency numbers in it',
    yourFeedId: 'your-feed-id',
    embedWith: (file) => `Embed code for the five elements, with the public key in ${file}:`,
    noEmbed: 'No embed code yet: besides this public key it needs your feed id, and there is no feed.json here to read it from. Make your feed in this folder with clearline new feed --feed-id … (the id your site will pin, e.g. example-water): it prints the embed code for your website with this key.',
  },
  nl: {
    badAlg: (algs) => `--alg moet een van deze zijn: ${algs.join(', ')}`,
    giveOut: 'geef --out BESTAND voor de privésleutel',
    exists: (file) => `${file} bestaat al; een ondertekeningssleutel wordt nooit overschreven: een site waarvan de insluitcode zijn publieke sleutel vastlegt, zou elke feed weigeren die met een nieuwe sleutel is ondertekend, en lezers zouden "Status onbekend" zien. Voor een tweede sleutel (sleutels wisselen) geeft u een ander bestand: --out nieuw.jwk.json`,
    written: (file) => `Privésleutel opgeslagen in ${file} (bestandsrechten 0600). Houd hem geheim en zet hem nooit op de webserver.`,
    publicKey: (kid) => `Publieke sleutel (kid ${kid}):`,
    embed: (given) => `Insluitcode voor de vijf elementen${given ? '' : ' (geef --feed-id om uw feed-id in te vullen)'}:`,
    classic: 'of, als klassiek script (de hash is van het bestand dat hier is geïnstalleerd: zet precies dat bestand online, dezelfde versie):',
    help: 'een Help-knop in de hoek van elke pagina: noodnummers, het incident, de veelgestelde vragen en contactredenen.\n     slot="fallback" (hier en in clearline-status): wat lezers zien als de status niet te laden is: controleer de noodnummers erin',
    yourFeedId: 'uw-feed-id',
    embedWith: (file) => `Insluitcode voor de vijf elementen, met de publieke sleutel uit ${file}:`,
    noEmbed: 'Nog geen insluitcode: die heeft naast deze publieke sleutel uw feed-id nodig, en hier staat geen feed.json om die uit te lezen. Maak uw feed in deze map met clearline new feed --feed-id … (de id die uw site vastzet, bijvoorbeeld gemeente-voorbeeld): die toont de insluitcode voor uw website met deze sleutel.',
  },
};

/**
 * The embed code for every element with the real public key and feed id: status, banner, badge,
 * FAQ and the help launcher. The FAQ is its own signed document, with its own feed id (`<feed-id>-faq`). Status and help
 * carry a fallback with the emergency numbers (`words`: embed-fallback.ts).
 */
export function embedSnippet(pub: JWK | JWK[], given: string | undefined, lang: UiLanguage, classic: ClassicBuild | undefined, words: string, statusUrl?: unknown): string {
  const t = KEYGEN_TERMS[lang];
  // A Dutch desk read "(geef --feed-id om uw feed-id in te vullen)" above feed-id="your-feed-id". The addresses of the signed
  // files are [[TODO: …]] marks (embed-address.ts): a desk pasted src="https://status.example.com/…" as printed (trial X).
  const feedSrc = fileAddress('feed.jws.json', lang, statusUrl);
  const faqSrc = fileAddress('faq.jws.json', lang, statusUrl);
  const feedId = given ?? t.yourFeedId;
  const key = JSON.stringify(pub);
  const attrs = (id: string) => `public-key='${key}'\n  feed-id="${id}"`;
  // The feed's own emergency lines, else its zone's number, else a placeholder to fill in (embed-fallback.ts).
  const fallback = `<p slot="fallback" hidden>${words}</p>`;
  return [
    `<script type="module" src="https://cdn.example.com/clearline@${classic?.version ?? '0.1.0'}/dist/clearline.js"></script>`,
    `<!-- ${t.classic}\n${classicTag(classic)} -->`,
    '',
    `<clearline-status src="${feedSrc}"`,
    `  ${attrs(feedId)}>${fallback}</clearline-status>`,
    `<clearline-banner src="${feedSrc}" href="/status"`,
    `  ${attrs(feedId)}></clearline-banner>`,
    `<clearline-badge src="${feedSrc}" href="/status"`,
    `  ${attrs(feedId)}></clearline-badge>`,
    `<clearline-faq src="${faqSrc}" status-src="${feedSrc}"`,
    `  ${attrs(`${feedId}-faq`)}></clearline-faq>`,
    `<!-- ${t.help} -->`,
    `<clearline-help src="${feedSrc}" faq-src="${faqSrc}"`,
    `  ${attrs(feedId)} faq-feed-id="${feedId}-faq">${fallback}</clearline-help>`,
  ].join('\n');
}

export const keygen: Command = {
  name: 'keygen',
  summary: 'make a signing key pair',
  usage: 'clearline keygen [--alg Ed25519|ES256] --out private.jwk.json [--public-out public.jwk.json] [--feed-id ID] [--force]',
  positionals: 0,
  deskOf: () => deskHere(),
  options: {
    alg: { type: 'string', help: 'Ed25519 (default) or ES256' },
    out: { type: 'string', help: 'where to write the private JWK (file mode 0600)' },
    'public-out': { type: 'string', help: 'also write the public JWK to this file' },
    'feed-id': { type: 'string', help: 'your feed id (e.g. utrecht-energie), put in the printed embed code' },
    force: { type: 'boolean', help: 'overwrite an existing private key file' },
    json: { type: 'boolean', help: 'print {kid, publicJwk} as JSON' },
  },
  async run(v) {
    const feed = (await exists('feed.json')) ? await readJson('feed.json', 'the feed').catch(() => undefined) : undefined;
    // The feed's (a feed without texts yet: the language it is about to be written in, as edit reason says it), else the clock's.
    const lang = await deskHere();
    const t = KEYGEN_TERMS[lang];
    const alg = (str(v.alg) ?? 'Ed25519') as Algorithm;
    if (!(ALGORITHMS as readonly string[]).includes(alg)) throw new CliError(t.badAlg(ALGORITHMS));
    const out = str(v.out);
    if (!out) throw new CliError(t.giveOut);
    if (!v.force && (await exists(out))) throw new CliError(t.exists(out));
    const { privateJwk, publicJwk: pub, kid } = await generateSigningKey(alg);
    await writeText(out, json(privateJwk) + '\n', 0o600, lang);
    const publicOut = str(v['public-out']);
    if (publicOut) await writeText(publicOut, json(pub) + '\n', undefined, lang);
    if (v.json) return console.log(json({ kid, alg, publicJwk: pub, privateKeyFile: out }));
    console.log(t.written(out));
    console.log(`\n${t.publicKey(kid)}\n${JSON.stringify(pub)}`);
    // The feed.json beside it has its id (as `new incident` wrote it): no "your-feed-id" for the desk to replace by hand.
    const own = (feed as { feed_id?: unknown } | undefined)?.feed_id;
    const feedId = str(v['feed-id']) ?? (typeof own === 'string' && own ? own : undefined);
    if (!feedId) return console.log(`\n${t.noEmbed}`);
    const fallback = embedFallback(feed, lang);
    console.log(`\n${t.embed(true)}\n${embedSnippet(pub, feedId, lang, await classicBuild(new URL('./', import.meta.url)), fallback.words, (feed as { status_url?: unknown } | undefined)?.status_url)}`);
    // On standard error, so a desk sees it after the code it copies (trial Z: a literal [[TODO…]] reached patients' pages).
    console.error(fallback.check);
  },
};

/**
 * The embed code for a feed just made (`new feed`) with the one key keygen wrote in this folder (its public file, else the
 * public half of its private one); undefined when there is none, or more than one (which to pin is the desk's choice).
 */
export async function embedWithKeyHere(feed: Obj, lang: UiLanguage): Promise<{ embed: string; check: string } | undefined> {
  const found = [...(await keyFilesIn(['.'])).values()];
  const files = found.length === 1 ? found[0] : undefined;
  const path = files?.public ?? files?.private;
  if (!path || typeof feed.feed_id !== 'string') return undefined;
  const key = (await readJson(path, 'the key').catch(() => undefined)) as JWK | undefined;
  if (!isObj(key) || typeof key.kty !== 'string') return undefined;
  const pub = publicJwk(key);
  const fallback = embedFallback(feed, lang);
  const embed = `${KEYGEN_TERMS[lang].embedWith(path)}\n${embedSnippet(pub, feed.feed_id, lang, await classicBuild(new URL('./', import.meta.url)), fallback.words, feed.status_url)}`;
  return { embed, check: fallback.check };
}
