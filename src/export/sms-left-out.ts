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
  nl: (name) => `storing ${name} waarschuwt voor valse berichten uit uw naam, maar de dringende actie daarvan past niet in deze sms: verstuur ook een eigen sms`,
};
