/**
 * `clearline verify https://…`: fetching the published document, and why that failed, in the desk's
 * language (the folder's feed.json until there is a document). A Dutch desk read "the feed host
 * answered HTTP 404 [network]" and "the feed could not be fetched (fetch failed)", where a file that is
 * not there is said in Dutch. English keeps the feed layer's own words (readers download those; they
 * are not changed), and every failure keeps its error code.
 */
import { FeedError } from '../feed/errors.js';
import { fetchText, httpFailure } from '../feed/fetch.js';
import type { UiLanguage } from '../i18n/terms.js';

/** The network error's own reason, when Node gave one (ECONNREFUSED, ENOTFOUND): more use to the desk than "fetch failed". */
function reasonOf(e: FeedError): string {
  let c: unknown = e.cause;
  for (let i = 0; i < 3 && c; i++, c = (c as { cause?: unknown }).cause) {
    const code = (c as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return /\(([^)]*)\)$/.exec(e.message)?.[1] ?? e.message;
}

const NL = {
  missing: (url: string) => `op ${url} staat niets (de server antwoordde HTTP 404): controleer het adres, of publiceer daar eerst de ondertekende feed (feed.jws.json)`,
  status: (url: string, status: number) => `de server van ${url} antwoordde met een fout (HTTP ${status}); probeer het over een minuut opnieuw, en blijft het mislukken, meld het dan aan wie de website beheert`,
  slow: (url: string) => `de server van ${url} antwoordde niet op tijd; controleer de internetverbinding en het adres, en probeer het opnieuw`,
  unreachable: (url: string, why: string) => `kan ${url} niet ophalen (${why}); controleer de internetverbinding en het adres, en probeer het opnieuw`,
  html: (url: string) => `op ${url} staat een webpagina (HTML), geen ondertekende feed: controleer het adres (het is dat van de feed.jws.json die u publiceerde)`,
  redirect: (url: string) => `${url} stuurt door naar een andere website; geef het adres waar de ondertekende feed zelf staat`,
  large: (url: string) => `${url} is groter dan een feed mag zijn (hooguit 1 MB): controleer het adres`,
  empty: (url: string) => `${url} is leeg (de server stuurde niets); publiceer de ondertekende feed opnieuw`,
} as const;

/** What went wrong fetching `url`, in Dutch; undefined for a failure not known here (it keeps its words). */
function dutch(url: string, e: FeedError): string | undefined {
  const http = httpFailure(e);
  if (http) return http.status === 404 ? NL.missing(url) : NL.status(url, http.status);
  if (e.code === 'too-large') return NL.large(url);
  if (/did not answer within/.test(e.message)) return NL.slow(url);
  if (/HTML page/.test(e.message)) return NL.html(url);
  if (/redirected to another origin/.test(e.message)) return NL.redirect(url);
  if (/sent an empty document/.test(e.message)) return NL.empty(url);
  if (/could not be (fetched|read)/.test(e.message)) return NL.unreachable(url, reasonOf(e));
  return undefined;
}

/** The text at `url`; a failure said in `lang`, with its code (network, too-large, invalid). */
export async function fetched(url: string, lang: UiLanguage): Promise<string> {
  try {
    return (await fetchText(url)).text;
  } catch (e) {
    const said = lang === 'nl' && e instanceof FeedError ? dutch(url, e) : undefined;
    throw said ? new FeedError(e instanceof FeedError ? e.code : 'network', said, { cause: e }) : e;
  }
}
