/**
 * What the editor says when the feed cannot be opened, signed or published because of something
 * outside the page: the publish address (publish-url) refusing or not answering, the studio no longer
 * running, a feed.json that is not JSON. Beside terms.ts (which is full). The page showed "the publish
 * target answered HTTP 403", "Failed to fetch" and JSON.parse's "Expected ',' or '}' after property
 * value" in English, also in a Dutch studio; the button named is terms.ts's `publish`.
 */
import type { ErrorCode } from '../../feed/errors.js';
import type { UiLanguage } from '../../i18n/terms.js';

export interface ProblemTerms {
  /** The publish address answered 401 or 403: its permission (a signed upload link, a token) expired or is wrong. */
  putRefused: (status: number) => string;
  /** The publish address answered 404. */
  putMissing: string;
  /** Another error status (500, 503, 429…). */
  putFailed: (status: number) => string;
  /** No answer at all (offline, a wrong host, or the address does not accept this page). */
  putUnreachable: string;
  /** No answer from the studio server (stopped with Ctrl+C, the computer restarted, or the answer was lost); `port` this page's. */
  studioGone: (port: string) => string;
  /** The studio answered an error without saying what. */
  studioFailed: (status: number) => string;
  /** feed.json could not be fetched from the studio. */
  feedUnopened: (status: number) => string;
  /**
   * The published feed (src), the only feed there is to edit, could not be opened: `code` the FeedError's
   * (undefined: no answer at all), `detail` its message (English, for developers; the English words keep it).
   */
  publishedUnopened: (code: ErrorCode | undefined, detail: string) => string;
  /** The published feed's address (src) answered 404: nothing published there yet (was said as a damaged file). */
  publishedMissing: (src: string) => string;
  /** The studio: the signed feed beside feed.json (`file`, feed.jws.json) is damaged (changed by hand or cut off); a save writes a good one. */
  signedDamaged: (file: string) => string;
}

/** Why the published feed could not be opened, for a Dutch desk: no English detail, with what to do. */
const PUBLISHED_NL: Partial<Record<ErrorCode, string>> & { other: string } = {
  network: 'hij kon niet worden opgehaald van zijn adres (src). Controleer de internetverbinding en laad de pagina opnieuw; blijft het mislukken, meld het dan aan wie deze pagina heeft ingericht.',
  signature: 'zijn handtekening past niet bij de publieke sleutel (public-key) van deze pagina. Meld het aan wie deze pagina heeft ingericht: de sleutel of de feed is niet de goede.',
  config: 'de publieke sleutel (public-key) van deze pagina is niet te gebruiken. Meld het aan wie deze pagina heeft ingericht.',
  'too-large': 'het bestand op zijn adres (src) is groter dan een feed mag zijn. Meld het aan wie deze pagina heeft ingericht.',
  other: 'het bestand op zijn adres (src) is beschadigd of geen geldige statusfeed. Onderteken en publiceer de feed opnieuw (clearline sign), of meld het aan wie deze pagina heeft ingericht.',
};

export const PROBLEM_TERMS: Record<UiLanguage, ProblemTerms> = {
  en: {
    putRefused: (s) => `the publish address (publish-url) refused the feed (HTTP ${s}), so it is not on the website: its permission has expired or is wrong. Ask whoever set up this page to renew it, then press Publish again.`,
    putMissing: 'the publish address (publish-url) was not found (HTTP 404), so the feed is not on the website. Ask whoever set up this page to check it, then press Publish again.',
    putFailed: (s) => `the publish address (publish-url) answered with an error (HTTP ${s}), so the feed is not on the website. Press Publish again in a minute; if it keeps failing, tell whoever set up this page.`,
    putUnreachable: 'the publish address (publish-url) could not be reached, so the feed is not on the website. Check the internet connection and press Publish again; if it keeps failing, tell whoever set up this page.',
    studioGone: (port) => `no answer from the studio. Is clearline studio still running? If not, start it again as before${port ? `, on this page's port (clearline studio feed.json --port ${port})` : ''}. Then press the button again: your edit is still on this page.`,
    studioFailed: (s) => `the studio answered with an error (HTTP ${s}). Press the button again; if it keeps failing, restart the studio (clearline studio feed.json).`,
    feedUnopened: (s) => `feed.json could not be opened (HTTP ${s}). Reload the page; if it keeps failing, restart the studio (clearline studio feed.json).`,
    publishedUnopened: (_code, detail) => `the published feed could not be opened: ${detail}`,
    signedDamaged: (file) => `${file}, the signed feed beside the feed you edit, is damaged: it was changed by hand or cut off (copied halfway), so readers would refuse it. Do not put that file on the website. Sign and publish here again (with an update, or unchanged): that replaces it with a good one.`,
    publishedMissing: (src) => `the published feed could not be opened: nothing has been published at its address (src) yet (HTTP 404). Publish the signed feed (the feed.jws.json clearline sign writes) at ${src}, or check that this address is right; if it is, tell whoever set up this page.`,
  },
  nl: {
    putRefused: (s) => `het publicatieadres (publish-url) weigerde de feed (HTTP ${s}), dus hij staat niet op de website: de toestemming is verlopen of klopt niet. Vraag wie deze pagina heeft ingericht om die te vernieuwen en druk dan opnieuw op Publiceren.`,
    putMissing: 'het publicatieadres (publish-url) bestaat niet (HTTP 404), dus de feed staat niet op de website. Vraag wie deze pagina heeft ingericht om het te controleren en druk dan opnieuw op Publiceren.',
    putFailed: (s) => `het publicatieadres (publish-url) gaf een fout (HTTP ${s}), dus de feed staat niet op de website. Druk over een minuut opnieuw op Publiceren; blijft het mislukken, meld het dan aan wie deze pagina heeft ingericht.`,
    putUnreachable: 'het publicatieadres (publish-url) is niet bereikbaar, dus de feed staat niet op de website. Controleer de internetverbinding en druk opnieuw op Publiceren; blijft het mislukken, meld het dan aan wie deze pagina heeft ingericht.',
    studioGone: (port) => `geen antwoord van de studio. Draait clearline studio nog? Zo niet, start hem dan opnieuw zoals eerst${port ? `, op de poort van deze pagina (clearline studio feed.json --port ${port})` : ''}. Druk daarna nog eens op de knop: uw wijziging staat nog op deze pagina.`,
    studioFailed: (s) => `de studio gaf een fout (HTTP ${s}). Druk nog eens op de knop; blijft het mislukken, start de studio dan opnieuw (clearline studio feed.json).`,
    feedUnopened: (s) => `feed.json kon niet worden geopend (HTTP ${s}). Laad de pagina opnieuw; blijft het mislukken, start de studio dan opnieuw (clearline studio feed.json).`,
    publishedUnopened: (code) => `de gepubliceerde feed kon niet worden geopend: ${PUBLISHED_NL[code ?? 'network'] ?? PUBLISHED_NL.other}`,
    signedDamaged: (file) => `${file}, de ondertekende feed naast de feed die u bewerkt, is beschadigd: hij is met de hand gewijzigd of afgebroken (half gekopieerd), dus lezers zouden hem weigeren. Zet dat bestand niet op de website. Onderteken en publiceer hier opnieuw (met een update, of ongewijzigd): dat vervangt hem door een goede.`,
    publishedMissing: (src) => `de gepubliceerde feed kon niet worden geopend: op zijn adres (src) is nog niets gepubliceerd (HTTP 404). Publiceer de ondertekende feed (de feed.jws.json die clearline sign schrijft) op ${src}, of controleer of dit adres klopt; klopt het, meld het dan aan wie deze pagina heeft ingericht.`,
  },
};

/** What the publish address's answer means for the desk. */
export function putProblem(status: number, t: ProblemTerms): string {
  if (status === 401 || status === 403) return t.putRefused(status);
  if (status === 404) return t.putMissing;
  return t.putFailed(status);
}
