/**
 * How to set this computer's clock right, in plain words for the system it runs on: said when `sign`, `heartbeat` or
 * the studio server (cli/issued-ahead.ts, Node's process.platform) or the editor's own signing in the page
 * (components/editor/ahead-terms.ts, the browser's navigator.platform) refuse an issued_at ahead of this computer's
 * clock. It said "Set it right" (or "add --force", which signs a feed readers refuse); a desk at 2 a.m. needs the
 * menu to open. Pure: the platform is given.
 */
import type { UiLanguage } from '../i18n/terms.js';

const STEPS = {
  en: {
    win32: 'Windows: Settings > Time & language > Date & time, turn on "Set time automatically" and press "Sync now"',
    darwin: 'Mac: System Settings > General > Date & Time, turn on "Set time and date automatically"',
    linux: 'Linux: sudo timedatectl set-ntp true',
    ask: 'or ask whoever manages this computer',
    only: 'ask whoever manages this computer',
  },
  nl: {
    win32: 'Windows: Instellingen > Tijd en taal > Datum en tijd, zet "Tijd automatisch instellen" aan en druk op "Nu synchroniseren"',
    darwin: 'Mac: Systeeminstellingen > Algemeen > Datum en tijd, zet "Stel tijd en datum automatisch in" aan',
    linux: 'Linux: sudo timedatectl set-ntp true',
    ask: 'of vraag het aan wie deze computer beheert',
    only: 'vraag het aan wie deze computer beheert',
  },
} as const;

/**
 * "Windows: Settings > … > Sync now, or ask whoever manages this computer": the steps for `platform`, Node's
 * process.platform (win32, darwin, linux) or a browser's navigator.platform (Win32, MacIntel, Linux x86_64); another
 * or none: only who to ask.
 */
export function clockSteps(platform: string, lang: UiLanguage): string {
  const t = STEPS[lang];
  const p = platform.toLowerCase();
  const steps = p.startsWith('win') ? t.win32 : p === 'darwin' || p.startsWith('mac') ? t.darwin : p.startsWith('linux') ? t.linux : undefined;
  return steps ? `${steps}, ${t.ask}` : t.only;
}
