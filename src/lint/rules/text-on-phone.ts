/**
 * text-on-phone-channel: a phone line whose name starts with the verb to text, "Text OUT to (316) 555-0142", "Text us",
 * "Sms STORING naar 0800 9009", "Sms ons": trial T's co-op wrote its storm text line so before kind `sms` existed, and
 * tapping it dialled the jammed lines instead of opening a text. Conservative: only a name that starts with the verb and
 * goes on with us/ons, to/naar or a word in capitals (the word to send); never Text Relay or a textphone, which are called.
 */
import { defineRule, feedOr } from '../rule.js';
import { eachObject, type Obj } from '../walk.js';

/** "Text " or "Sms " (English desks write "SMS us" too), not "Text relay", "Text phone". */
const VERB = /^\s*(?:text|sms)\s+(?!relay\b|phone\b)/i;
/** Then us / ons, to / naar, or the word to send in capitals ("OUT", ‘STORING’, "911"). */
const AFTER = /^\s*\S+\s+(?:(?:us|ons|to|naar)\b|["'“‘„]?([A-Z0-9]{2,})["'”’]?(?=\s|$))/;

/** The name that reads as a text line, and the word it says to send; undefined when none does. */
function textName(c: Obj): { name: string; word?: string } | undefined {
  const names = typeof c.label === 'string' ? [c.label] : c.label && typeof c.label === 'object' ? Object.values(c.label) : [];
  for (const name of names) {
    if (typeof name !== 'string' || !VERB.test(name)) continue;
    const m = AFTER.exec(name);
    if (m) return { name: name.trim(), word: m[1] };
  }
  return undefined;
}

export const textOnPhoneChannel = defineRule('text-on-phone-channel', 'warning', function* ({ doc }) {
  const found: { path: string; id: string; name: string; word?: string }[] = [];
  eachObject(doc.channels, 'channels', (c, p) => {
    const t = c.kind === 'phone' ? textName(c) : undefined;
    if (t) found.push({ path: `${p}/kind`, id: String(c.id), ...t });
  });
  for (const { path, id, name, word } of found) {
    const keyword = word ? ` --keyword ${word}` : '';
    yield {
      path,
      message: {
        en: `“${name}” says to text, but it is a phone line: tapping it starts a call to the number, not a text message`,
        nl: `‘${name}’ zegt te sms'en, maar het is een telefoonlijn: wie erop tikt, belt het nummer in plaats van een sms te openen`,
      },
      fix: {
        en: feedOr(
          `Make it a text message channel: clearline edit channel --id ${id} --kind sms${keyword || ' --keyword OUT'} (the word people send${word ? '' : ', or without --keyword'}).`,
          `Choose “Text message (SMS)” as its Kind${word ? ` and write ${word} under “Word to text”` : ''}.`,
        ),
        nl: feedOr(
          `Maak er een sms-kanaal van: clearline edit channel --id ${id} --kind sms${keyword || ' --keyword STORING'} (het woord dat mensen sturen${word ? '' : ', of zonder --keyword'}).`,
          `Kies ‘Sms’ als Soort${word ? ` en schrijf ${word} bij ‘Woord om te sms'en’` : ''}.`,
        ),
      },
    };
  }
});
