/**
 * A line only for the people its `purpose` names (`restricted`: care providers, partners, companies). Readers
 * list it last and say "Only for …" from its purpose; without one they see only "Not for everyone" and cannot tell
 * whether it is for them (a warning). An emergency line is for everyone: restricted, it would still be listed first and
 * offered to every reader in danger, so the pair is refused (an error). Trial P: an insurer's care-provider line.
 */
import { defineRule, feedOr } from '../rule.js';
import { nameOf } from './channels.js';
import { eachObject, isBlank } from '../walk.js';

export const restrictedNoPurpose = defineRule('restricted-no-purpose', 'warning', function* ({ doc }) {
  const found: { path: string; id: string; name: { en: string; nl: string } }[] = [];
  eachObject(doc.channels, 'channels', (c, path) => {
    if (c.restricted === true && c.emergency !== true && isBlank(c.purpose)) found.push({ path, id: String(c.id), name: nameOf(c, path) });
  });
  for (const f of found) {
    yield {
      path: `${f.path}/restricted`,
      message: {
        en: `${f.name.en} is only for some people, but does not say for whom: readers see “Not for everyone” and cannot tell whether it is for them`,
        nl: `${f.name.nl} is alleen voor sommige mensen, maar zegt niet voor wie: lezers zien “Niet voor iedereen” en weten niet of de lijn voor hen is`,
      },
      fix: {
        en: `Say who the line is for${feedOr(`: clearline edit channel --id ${f.id} --purpose "For pharmacies and hospitals"`, ' under “Who this line is for”, e.g. For pharmacies and hospitals')}; readers then see “Only for pharmacies and hospitals”. Is it for everyone? ${feedOr(`clearline edit channel --id ${f.id} --not-restricted`, 'Untick “Only for them, not for everyone”')}.`,
        nl: `Zeg voor wie de lijn is${feedOr(`: clearline edit channel --id ${f.id} --purpose "Voor apotheken en ziekenhuizen"`, ' bij ‘Voor wie deze lijn is’, bijv. Voor apotheken en ziekenhuizen')}; lezers zien dan “Alleen voor apotheken en ziekenhuizen”. Is hij voor iedereen? ${feedOr(`clearline edit channel --id ${f.id} --not-restricted`, 'Vink ‘Alleen voor hen, niet voor iedereen’ uit')}.`,
      },
    };
  }
});

export const restrictedEmergency = defineRule('restricted-emergency', 'error', function* ({ doc }) {
  const found: { path: string; id: string; name: { en: string; nl: string } }[] = [];
  eachObject(doc.channels, 'channels', (c, path) => {
    if (c.restricted === true && c.emergency === true) found.push({ path, id: String(c.id), name: nameOf(c, path) });
  });
  for (const f of found) {
    yield {
      path: `${f.path}/restricted`,
      message: {
        en: `${f.name.en} is an emergency line and only for some people: an emergency line is for everyone, and readers in danger get it first`,
        nl: `${f.name.nl} is een noodnummer en alleen voor sommige mensen: een noodnummer is voor iedereen, en lezers in gevaar krijgen het als eerste`,
      },
      fix: {
        en: `${feedOr(`clearline edit channel --id ${f.id} --not-restricted`, 'Untick “Only for them, not for everyone”')}. Is it a line for some people only (care providers, partners)? Then it is no emergency line: ${feedOr(`clearline edit channel --id ${f.id} --not-emergency`, 'untick “Emergency line”')}.`,
        nl: `${feedOr(`clearline edit channel --id ${f.id} --not-restricted`, 'Vink ‘Alleen voor hen, niet voor iedereen’ uit')}. Is het een lijn voor sommige mensen (zorgverleners, partners)? Dan is het geen noodnummer: ${feedOr(`clearline edit channel --id ${f.id} --not-emergency`, 'vink ‘Noodnummer’ uit')}.`,
      },
    };
  }
});
