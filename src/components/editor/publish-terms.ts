/**
 * What the studio says after Publish when it cannot read the public feed to check it is live (a network error, the
 * website not letting the page read it (CORS), an HTTP error, not a signed feed), its "Check again" button, and what is
 * left to do after Sign (Publish). Apart
 * from terms.ts to keep that file small.
 */
import type { PublicProblem } from './publish-controller.js';

export interface PublishTerms {
  unread: (url: string, p: PublicProblem) => string;
  checkAgain: string;
  /** Signed, not yet saved or sent: what is left to do. */
  notPublished: string;
}

export const PUBLISH_TERMS: Record<'en' | 'nl', PublishTerms> = {
  en: {
    unread: (url, p) =>
      `Could not check whether it is live: this page cannot read ${url} (${p.kind === 'status' ? `the website answered HTTP ${p.status}` : p.kind === 'format' ? 'it is not a signed feed' : 'no answer, or the website does not let this page read it'}). Open that address in your browser: does it show the new version? Then it is live, and only this check cannot see it; tell whoever set up the studio. If it does not open, ask them to check the address and the publish command.`,
    checkAgain: 'Check again',
    notPublished: 'Not on the website yet: readers do not see this update. Press Publish (it has the focus) to put it live.',
  },
  nl: {
    unread: (url, p) =>
      `Kon niet nagaan of hij live staat: deze pagina kan ${url} niet lezen (${p.kind === 'status' ? `de website antwoordde HTTP ${p.status}` : p.kind === 'format' ? 'het is geen ondertekende feed' : 'geen antwoord, of de website laat deze pagina hem niet lezen'}). Open dat adres in uw browser: staat de nieuwe versie erin? Dan staat hij live en kan alleen deze controle hem niet zien; zeg het tegen wie de studio heeft ingericht. Opent het niet, vraag hun dan het adres en de publicatieopdracht na te kijken.`,
    checkAgain: 'Opnieuw kijken',
    notPublished: 'Nog niet op de website: lezers zien deze update niet. Druk op Publiceren (dat heeft de focus) om hem live te zetten.',
  },
};
