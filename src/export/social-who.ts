/**
 * Whom a social post's urgent action is for, said as the SMS says it (sms.ts, sms-who.ts, sms-who-short.ts). A bank's
 * posts about its cyberattack, beside the warning against fake texts, said "Laat uw kaart meteen blokkeren via Card Stop
 * (078 170 170) en bel daarna onze fraudelijn." to everyone, without "U hebt codes gegeven of geld overgemaakt op vraag
 * van iemand?": a reader could not tell whether it was for them, and the fraud line would jam for the many who need not
 * call. Now the who is asked first ("U hebt …? Laat uw kaart …"); when that does not fit beside the title, the fake-message
 * line and the link, a group's name leads instead ("Priority Services Register: call …"); else the question stays and the
 * next update and what we know give way, as for any action, and a fake-message line that no longer fits is left out (the
 * desk is told to post about it too). An action whose who the title says, that only warns ("Klik niet op …") or leads with
 * its own condition goes as written (whoMayGo): the post says the title above it. Pure.
 */
import { sentenceStart, whoSaid } from './plain.js';
import { whoMayGo } from './sms-who.js';
import { shortWhoAction } from './sms-who-short.js';

/** The action's words with whom it is for; `fits(action)`: whether the post fits with this action (the next update and what we know left out). */
export function actionWithWho(lead: { label: string; who: string }, title: string, lang: string, fits: (action: string) => boolean): string {
  const asked = whoSaid(lead.who, lead.label);
  // A post has the room to say the title: "U hebt geen water?" under "Geen water in Utrecht-Oost" says it twice.
  if (!asked || whoMayGo(lead.who, lead.label, title)) return lead.label;
  const withWho = `${asked} ${sentenceStart(lead.label.trim(), lang)}`;
  if (fits(withWho)) return withWho;
  const short = shortWhoAction(lead.who, lead.label, fits);
  return short ? short.action : withWho;
}
