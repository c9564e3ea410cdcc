/**
 * What the desk is told when an SMS leaves out an urgent action, in the same words in `clearline export --to sms`
 * (cli/export-notes.ts, which adds the option to give) and in the studio's preview (components/editor/channel-preview.ts,
 * which adds the command): of its own incident (`urgentLeftOut`, sms-urgent-note.ts) or of another open warning against
 * fake messages in the publisher's name (`fraudLine` not added, sms-fraud.ts). Trial W: the CLI said "Keep your gas meter
 * turned off …" was left out, the studio's SMS preview said nothing, and the desk working there never learned it. Pure.
 */
import type { UiLanguage } from '../i18n/terms.js';

/** `start`: the first words of the urgent action left out (sms-urgent-note.ts). */
export const URGENT_LEFT_OUT: Record<UiLanguage, (start: string) => string> = {
  en: (start) => `this SMS leaves out the urgent action "${start}"; 2 SMS parts carry it`,
  nl: (start) => `deze sms laat de dringende actie "${start}" weg; een sms van 2 delen zegt die wel`,
};

/** `name`: the warning incident as incidentName says it ("People posing as …"). */
export const FRAUD_LINE_LEFT_OUT: Record<UiLanguage, (name: string) => string> = {
  en: (name) => `incident ${name} warns against fake messages in your name, but its urgent action does not fit in this SMS: send its own SMS too`,
  nl: (name) => `incident ${name} waarschuwt voor valse berichten uit uw naam, maar de dringende actie daarvan past niet in deze sms: verstuur ook een eigen sms`,
};

/**
 * What an SMS said of another incident going on (sms-also.ts `alsoLine`): `name` as incidentName says it, `id` for
 * `--incident`, `said` the words that went in (none for `none`). Trial X: the desk learned only on standard error that
 * `--incident ID` exists, and not that the phishing wave was missing from the SMS.
 */
export const ALSO_LINE_NOTE: Record<UiLanguage, (name: string, id: string, kind: string, said?: string) => string> = {
  en: (name, id, kind, said) =>
    `${kind === 'action' ? `added from incident ${name}, also going on: "${said}"; its other actions and news are left out` : kind === 'none' ? `incident ${name} is going on too, but this SMS has no room to say so, not even "There is a second notice on our website"` : `incident ${name} is going on too; this SMS only says "${said}", not what to do about it`}. Its own SMS: clearline export --to sms --incident ${id}`,
  nl: (name, id, kind, said) =>
    `${kind === 'action' ? `toegevoegd uit incident ${name}, dat ook speelt: "${said}"; de andere acties en het nieuws daarvan zijn weggelaten` : kind === 'none' ? `incident ${name} speelt ook, maar deze sms heeft geen ruimte om dat te zeggen, zelfs niet "Er staat een tweede melding op onze website"` : `incident ${name} speelt ook; deze sms zegt alleen "${said}", niet wat mensen moeten doen`}. De eigen sms daarvan: clearline export --to sms --incident ${id}`,
};
