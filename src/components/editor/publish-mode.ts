/**
 * What Publish does in the studio, as the server tells the page (`publish-mode`): with --publish-cmd it saves and runs the
 * command that puts the update on the website (`command`); without, it only saves the signed file on this computer
 * (`save`). The page said "Press Publish … to put it live" either way, and a desk pressed Publish on a studio without a
 * command and took the update for published. Without the attribute (an embedded editor) the page keeps its general words.
 */
import type { UiLanguage } from '../../i18n/terms.js';

export const PUBLISH_MODES = ['command', 'save'] as const;
export type PublishMode = (typeof PUBLISH_MODES)[number];

/** The attribute's value as a mode; anything else (absent, misspelt) says nothing about what Publish does. */
export const publishModeOf = (value: string | null | undefined): PublishMode | undefined => PUBLISH_MODES.find((m) => m === value);

export interface PublishModeTerms {
  /** Signed, not saved yet: what Publish will do, and what is left to do after it. */
  afterSign: Record<PublishMode, string>;
  /** Saved without a publish command: the signed file's full path and what to do with it. */
  savedOnly: (path: string) => string;
  /** Asked before another incident replaces a signed update not saved yet, in a studio without a publish command. */
  signedQuestion: string;
}

export const PUBLISH_MODE_TERMS: Record<UiLanguage, PublishModeTerms> = {
  en: {
    afterSign: {
      command: 'Not on the website yet: readers do not see this update. Press Publish (it has the focus): it saves the update and runs the publish command that puts it on the website.',
      save: 'Not on the website yet: readers do not see this update. This studio has no publish command, so Publish (it has the focus) only saves the signed file on this computer; after that, copy the file to the website or send it to your web team.',
    },
    savedOnly: (path) => `Nothing was sent to the website: the studio has no publish command, so readers do not see this update yet. The signed file is saved as ${path}: copy it to the website, or send it to your web team.`,
    signedQuestion: 'You signed an update that is not saved yet, so it cannot be put on the website. Throw it away and start this one instead? (Cancel, then press Publish to save it first; this studio has no publish command, so then copy the saved file to the website or send it to your web team.)',
  },
  nl: {
    afterSign: {
      command: 'Nog niet op de website: lezers zien deze update niet. Druk op Publiceren (dat heeft de focus): dat slaat de update op en voert de publicatieopdracht uit die hem op de website zet.',
      save: 'Nog niet op de website: lezers zien deze update niet. Deze studio heeft geen publicatieopdracht, dus Publiceren (dat heeft de focus) slaat het ondertekende bestand alleen op deze computer op; zet het daarna zelf op de website of stuur het naar uw webteam.',
    },
    savedOnly: (path) => `Er is niets naar de website gestuurd: de studio heeft geen publicatieopdracht, dus lezers zien deze update nog niet. Het ondertekende bestand is opgeslagen als ${path}: zet het op de website, of stuur het naar uw webteam.`,
    signedQuestion: 'U hebt een update ondertekend die nog niet is opgeslagen, dus hij kan niet op de website. Die weggooien en hiermee opnieuw beginnen? (Annuleer en druk op Publiceren om hem eerst op te slaan; deze studio heeft geen publicatieopdracht, dus zet het opgeslagen bestand daarna op de website of stuur het naar uw webteam.)',
  },
};

/**
 * The signed file's full path as the studio said it after a save (`signedFile`), else its name in the folder it named
 * (an older studio), with the folder's own separator (a Windows folder has backslashes).
 */
export function signedPath(saved: { files: readonly string[]; folder?: string; signedFile?: string }): string {
  if (saved.signedFile) return saved.signedFile;
  const file = saved.files.find((f) => f.endsWith('.jws.json')) ?? 'feed.jws.json';
  if (!saved.folder) return file;
  const sep = saved.folder.includes('\\') && !saved.folder.includes('/') ? '\\' : '/';
  return saved.folder.endsWith(sep) ? saved.folder + file : `${saved.folder}${sep}${file}`;
}
