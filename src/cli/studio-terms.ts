/**
 * What the studio server says, in the studio's language (--lang, else the feed's first, studio.ts):
 * its answers to the page (the page shows a refusal's `message` as it is), to a browser on a wrong
 * address, and at start (a port in use, a wrong --port or key). A Dutch desk beside a Dutch feed
 * read "the studio was started without --key", "feed.json changed since you opened it" and, for a
 * port in use, a Node stack trace. Option names, file names and addresses stay as typed.
 */
import type { UiLanguage } from '../i18n/terms.js';
import { shellArg } from '../lint/shell.js';

export interface StudioTerms {
  /** The page's title and level-1 heading: before, "clearline studio" with no level-1 heading at all. */
  pageTitle: (file: string) => string;
  hostOnly: (url: string) => string;
  notFromPage: (url: string) => string;
  methodNotAllowed: string;
  notFound: (url: string) => string;
  noFaq: string;
  noPrepared: string;
  noKey: string;
  tooLarge: string;
  notJson: string;
  noFeedText: string;
  feedNotJson: (why: string) => string;
  badEnvelope: (why: string) => string;
  conflict: (file: string) => string;
  notWritten: (file: string, why: string) => string;
  failed: (why: string) => string;
  portInUse: (port: number) => string;
  portDenied: (port: number) => string;
  badPort: string;
  badPublicUrl: string;
  /** What --public-key files are, in "there is no file … (…)". */
  pinnedKey: string;
  publicIsPrivate: string;
  badKey: (option: string, why: string) => string;
  keyNotPinned: (kid: string) => string;
  /** The startup line. */
  started: (url: string, feed: string) => string;
  /** Started without --publish-cmd: Publish only saves; said to whoever sets the studio up, before the desk finds out at 2 a.m. */
  noPublishCmd: (envelope: string) => string;
  /** Said at every start: the studio does not re-sign by itself; a bank's badge said "Status unknown" all evening after its all-clear. */
  noHeartbeat: (command: string) => string;
}

export const STUDIO_TERMS: Record<UiLanguage, StudioTerms> = {
  en: {
    hostOnly: (url) => `clearline studio answers only on 127.0.0.1 and localhost: open ${url}`,
    notFromPage: (url) => `refused: requests must come from the studio page itself; open ${url} and try again`,
    methodNotAllowed: 'method not allowed: the studio only reads (GET) and saves (POST)',
    notFound: (url) => `not found: open the studio at ${url}`,
    noFaq: 'the studio was started without --faq: stop it (Ctrl+C) and start it again with --faq faq.json to link answers',
    noPrepared: 'the studio was started without --prepared: stop it (Ctrl+C) and start it again with --prepared prepared.json to offer your prepared texts',
    noKey: 'the studio was started without --key: choose your key file in the page, or start the studio again with --key private.jwk.json',
    pageTitle: (file) => `Status update: ${file} (clearline studio)`,
    tooLarge: 'too large: the studio takes at most 4 MB at once; remove incidents that were resolved long ago, then try again',
    notJson: 'the page sent something the studio cannot read (not JSON): reload the page and try again',
    noFeedText: 'nothing to save: the page sent no feed; reload the page and try again',
    feedNotJson: (why) => `not saved: the feed the page sent is not JSON (${why}); reload the page and try again`,
    badEnvelope: (why) => `not saved: the signed feed is not a valid envelope (${why}); sign again, then save`,
    conflict: (file) => `${file} changed since you opened it (someone else saved, or clearline update ran): look at the changes and save again`,
    notWritten: (file, why) => `not saved: cannot write ${file} (${why}); check that the folder is there and that you may write in it, then save again`,
    failed: (why) => `that did not work: ${why}`,
    portInUse: (port) => `port ${port} is already in use (is the studio already running? Then open http://127.0.0.1:${port}/); choose another with --port, or leave --port out for a free one`,
    portDenied: (port) => `port ${port} may not be used here (ports below 1024 are reserved); choose one from 1024 to 65535 with --port, or leave --port out for a free one`,
    badPort: '--port must be a number from 0 to 65535 (or leave it out for a free one)',
    badPublicUrl: '--public-url must be the web address of your published feed.jws.json, starting with https:// (or http://)',
    pinnedKey: 'the public key your site pins (public.jwk.json)',
    publicIsPrivate: '--public-key: this is a private key; give the public key your site pins (public.jwk.json), the page may see it',
    badKey: (option, why) => `${option}: ${why}`,
    keyNotPinned: (kid) => `the --key (kid ${kid}) is not one of the --public-key keys: readers would refuse everything the studio signs; give the private key whose public half your site pins`,
    started: (url, feed) => `clearline studio: ${url} (editing ${feed}; press Ctrl+C to stop)`,
    noPublishCmd: (envelope) =>
      `note: without --publish-cmd, Publish only saves ${envelope} here; nothing reaches your website, and the desk is told to put it there themselves. Start the studio with --publish-cmd "…" (e.g. --publish-cmd "rsync feed.jws.json web:/var/www/status/") so that Publish puts it online (docs/studio.md)`,
    noHeartbeat: (command) =>
      `note: the studio does not re-sign the feed by itself. A signature is valid for 1 hour; when nothing is open (also an hour after an all-clear) nobody signs again, and readers then see "Status unknown". Let a scheduled job run ${command}, and then your publish command, every 20 minutes (docs/publishing.md, step 6). If one does already, there is nothing to do`,
  },
  nl: {
    hostOnly: (url) => `clearline studio antwoordt alleen op 127.0.0.1 en localhost: open ${url}`,
    notFromPage: (url) => `geweigerd: verzoeken moeten van de studiopagina zelf komen; open ${url} en probeer het opnieuw`,
    methodNotAllowed: 'niet toegestaan: de studio leest alleen (GET) en bewaart (POST)',
    notFound: (url) => `niet gevonden: open de studio op ${url}`,
    noFaq: 'de studio is gestart zonder --faq: stop hem (Ctrl+C) en start hem opnieuw met --faq faq.json om antwoorden te koppelen',
    noPrepared: 'de studio is gestart zonder --prepared: stop hem (Ctrl+C) en start hem opnieuw met --prepared prepared.json om uw voorbereide teksten aan te bieden',
    noKey: 'de studio is gestart zonder --key: kies uw sleutelbestand op de pagina, of start de studio opnieuw met --key private.jwk.json',
    pageTitle: (file) => `Statusupdate: ${file} (clearline studio)`,
    tooLarge: 'te groot: de studio neemt hooguit 4 MB tegelijk aan; verwijder incidenten die lang geleden zijn opgelost en probeer het opnieuw',
    notJson: 'de pagina stuurde iets wat de studio niet kan lezen (geen JSON): laad de pagina opnieuw en probeer het nog eens',
    noFeedText: 'niets te bewaren: de pagina stuurde geen feed; laad de pagina opnieuw en probeer het nog eens',
    feedNotJson: (why) => `niet bewaard: de feed die de pagina stuurde is geen JSON (${why}); laad de pagina opnieuw en probeer het nog eens`,
    badEnvelope: (why) => `niet bewaard: de ondertekende feed is geen geldige envelop (${why}); onderteken opnieuw en bewaar dan`,
    conflict: (file) => `${file} is gewijzigd sinds u hem opende (iemand anders bewaarde, of clearline update liep): bekijk de wijzigingen en bewaar opnieuw`,
    notWritten: (file, why) => `niet bewaard: kan ${file} niet schrijven (${why}); controleer of de map er is en of u erin mag schrijven, en bewaar dan opnieuw`,
    failed: (why) => `dat lukte niet: ${why}`,
    portInUse: (port) => `poort ${port} is al in gebruik (draait de studio al? Open dan http://127.0.0.1:${port}/); kies een andere met --port, of laat --port weg voor een vrije poort`,
    portDenied: (port) => `poort ${port} mag hier niet gebruikt worden (poorten onder 1024 zijn gereserveerd); kies er een van 1024 tot 65535 met --port, of laat --port weg voor een vrije poort`,
    badPort: '--port moet een getal van 0 tot 65535 zijn (of laat het weg voor een vrije poort)',
    badPublicUrl: '--public-url moet het webadres van uw gepubliceerde feed.jws.json zijn, beginnend met https:// (of http://)',
    pinnedKey: 'de publieke sleutel die uw site vastlegt (public.jwk.json)',
    publicIsPrivate: '--public-key: dit is een privésleutel; geef de publieke sleutel die uw site vastlegt (public.jwk.json), die mag de pagina zien',
    badKey: (option, why) => `${option}: deze sleutel is niet te gebruiken (${why})`,
    keyNotPinned: (kid) => `de --key (kid ${kid}) hoort niet bij de --public-key-sleutels: lezers zouden alles weigeren wat de studio ondertekent; geef de privésleutel waarvan uw site de publieke helft vastlegt`,
    started: (url, feed) => `clearline studio: ${url} (bewerkt ${feed}; stoppen met Ctrl+C)`,
    noPublishCmd: (envelope) =>
      `let op: zonder --publish-cmd bewaart Publiceren alleen ${envelope} hier; er gaat niets naar uw website, en de servicedesk krijgt te horen dat ze het er zelf op moet zetten. Start de studio met --publish-cmd "…" (bijv. --publish-cmd "rsync feed.jws.json web:/var/www/status/") zodat Publiceren hem online zet (docs/studio.md)`,
    noHeartbeat: (command) =>
      `let op: de studio ondertekent de feed niet vanzelf opnieuw. Een handtekening is 1 uur geldig; staat er niets open (ook een uur na "opgelost"), dan ondertekent niemand opnieuw en zien lezers daarna "Status onbekend". Laat een geplande taak elke 20 minuten ${command} draaien, en daarna uw publicatieopdracht (docs/publishing.md, stap 6). Doet een taak dat al, dan hoeft er niets`,
  },
};

/**
 * What the studio says at start to whoever sets it up (stderr): that Publish only saves without --publish-cmd, and
 * always that it does not re-sign by itself, with the heartbeat command for this feed's files (as typed: relative).
 */
export function startNotes(t: StudioTerms, noPublishCmd: boolean, envelope: string, key: string | undefined, typedEnvelope: string): string[] {
  const heartbeat = `clearline heartbeat --key ${shellArg(key ?? 'private.jwk.json')} ${shellArg(typedEnvelope)} --out ${shellArg(typedEnvelope)}`;
  return [...(noPublishCmd ? [t.noPublishCmd(envelope)] : []), t.noHeartbeat(heartbeat)];
}
