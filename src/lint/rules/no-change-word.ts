/**
 * An incident's text that is only a word for "nothing changed": "Same", "Idem", "No change", "Zie boven", "-". Trial W
 * (finding 24): a desk meaning "no change" ran `update --incident scam-engineers --known "Same" --next-update 20:00 --correct`,
 * which replaced What we know with the word "Same", and lint said "no problems found": readers, the text message and the
 * phone message then said only "Same". A lone "…" is the placeholder rule's. Pure.
 */
import { defineRule, feedOr } from '../rule.js';
import { eachObject, stringsOf } from '../walk.js';

/** The whole text, without its final full stop or exclamation mark, in English or Dutch. */
const NO_CHANGE =
  /^\s*(?:same(?: as (?:before|above))?|idem(?: dito)?|ditto|no change|no changes|unchanged|nothing new|see above|as above|zie boven|zie hierboven|geen wijziging(?:en)?|ongewijzigd|hetzelfde|niets nieuws|zelfde|[-–—]+)\s*[.!]?\s*$/iu;

/** The texts of incidents that readers read as what is true now: title, what we know, what we don't, affects, actions. */
const FIELDS = /^incidents\/\d+\/(?:title|known|unknown|affects\/\d+|actions\/\d+\/(?:label|detail|who))$/;

export const noChangeWord = defineRule('no-change-word', 'warning', function* ({ doc, texts }) {
  const ids: string[] = [];
  eachObject(doc.incidents, 'incidents', (inc, p) => (ids[Number(p.slice(10))] = typeof inc.id === 'string' ? inc.id : 'ID'));
  for (const t of texts.filter((x) => FIELDS.test(x.path))) {
    for (const s of stringsOf(t)) {
      if (!NO_CHANGE.test(s.text)) continue;
      const id = ids[Number(s.path.split('/')[1])] ?? 'ID';
      const word = s.text.trim();
      yield {
        path: s.path,
        message: {
          en: `the text is only “${word}”: readers, the text message and the phone message would say just that, instead of what is going on now`,
          nl: `de tekst is alleen ‘${word}’: lezers, de sms en de telefoonboodschap zeggen dan alleen dat, niet wat er nu geldt`,
        },
        fix: {
          en: `Write what people need to know again, in full. ${feedOr(`When nothing has changed, give only a new next update instead: clearline update feed.json --incident ${id} --next-update +30m (without --correct) re-confirms the texts as they stand.`, 'When nothing has changed, leave the texts as they are and set only a new next update.')}`,
          nl: `Schrijf opnieuw, volledig, wat mensen moeten weten. ${feedOr(`Is er niets veranderd, geef dan voortaan alleen een nieuwe volgende update: clearline update feed.json --incident ${id} --next-update +30m (zonder --correct) bevestigt de teksten zoals ze er staan.`, 'Is er niets veranderd, laat de teksten dan voortaan staan en geef alleen een nieuwe volgende update.')}`,
        },
      };
    }
  }
});
