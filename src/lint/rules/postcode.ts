/**
 * postcode-near-affected: a postcode in an open incident's own words that is not one the incident affects, but one
 * character off one it does, in a list beside another it does. Trial V (a UK water company's desk, 06:30): affects named
 * "Ledbury HR8", and the action said "Do not call to report no water if your postcode is GL20, WR8 or HR88; we know":
 * readers in HR8 were not told, and called. Kept narrow so it is never a guess:
 * - British outward codes only with a real postcode area (HR, GL, WR…; not the A38 or the M5), Dutch and Belgian
 *   four-digit postcodes only on a Dutch or Belgian clock;
 * - only a code in a list ("GL20, WR8 or HR88", "3511 en 3521") with a code the incident does affect, or right after
 *   "postcode": a year, an amount or a road is never one;
 * - only when the code it is one character off is not named in the same text: "WR8 and WR9" names both on purpose.
 * Pure.
 */
import { editDistance } from '../edit-distance.js';
import { defineRule, feedOr } from '../rule.js';
import { openIncidentsOf, stringsOf, type TextAt } from '../walk.js';

/** The UK's postcode areas (Royal Mail): a British outward code starts with one of these. */
const AREAS = new Set(
  ('AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG ' +
    'HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA ' +
    'SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE').split(' '),
);
const UK = /\b([A-Z]{1,2})(\d[A-Z\d]?)\b/g;
const FOUR = /(?<![\d.,:/-])[1-9]\d{3}(?![\d.,:/-]?\d)/g;
/** Between two codes of one list: a comma, a slash, and/or/en/of/und/et. */
const JOIN = /^\s*(?:,|\/|&|\band\b|\bor\b|\ben\b|\bof\b|\bet\b|\bou\b)\s*(?:,\s*)?$/i;

type Kind = 'uk' | 'four';

function codes(text: string, kind: Kind): { code: string; at: number; end: number }[] {
  const out: { code: string; at: number; end: number }[] = [];
  if (kind === 'uk') {
    for (const m of text.matchAll(UK)) if (AREAS.has(m[1]!)) out.push({ code: m[0], at: m.index, end: m.index + m[0].length });
  } else for (const m of text.matchAll(FOUR)) out.push({ code: m[0], at: m.index, end: m.index + m[0].length });
  return out;
}

const texts = (v: unknown): string[] => stringsOf({ path: '', value: v, markdown: false } satisfies TextAt).map((s) => s.text);

export const postcodeNearAffected = defineRule('postcode-near-affected', 'warning', function* ({ doc, texts: all }) {
  const zone = typeof doc.time_zone === 'string' ? doc.time_zone : '';
  const kinds: Kind[] = zone === 'Europe/London' || zone === 'Europe/Belfast' ? ['uk'] : zone === 'Europe/Amsterdam' || zone === 'Europe/Brussels' ? ['four'] : [];
  for (const { inc, path } of openIncidentsOf(doc)) {
    const affects = Array.isArray(inc.affects) ? inc.affects.flatMap(texts) : [];
    for (const kind of kinds) {
      const known = new Set(affects.flatMap((a) => codes(a, kind).map((c) => c.code)));
      if (!known.size) continue;
      const own = new RegExp(`^${path}/(?:title|known|unknown|actions/\\d+/(?:label|detail|who))(?:/|$)`);
      for (const t of all) {
        if (!own.test(t.path)) continue;
        for (const s of stringsOf(t)) {
          const found = codes(s.text, kind);
          const named = new Set(found.map((c) => c.code));
          for (const [i, c] of found.entries()) {
            if (known.has(c.code)) continue;
            const near = [...known].find((k) => !named.has(k) && editDistance(k, c.code) === 1);
            if (!near) continue;
            const beside = [found[i - 1], found[i + 1]].some(
              (o) => o && known.has(o.code) && JOIN.test(o.at < c.at ? s.text.slice(o.end, c.at) : s.text.slice(c.end, o.at)),
            );
            if (!beside && !/\bpostcodes?\s*$|\bpostal code\s*$/i.test(s.text.slice(0, c.at))) continue;
            const list = [...known].join(', ');
            yield {
              path: s.path,
              message: {
                en: `“${c.code}” is not among the places this incident affects (${list}), but one character off ${near}: readers in ${near} may think it is not about them`,
                nl: `‘${c.code}’ staat niet bij de gebieden waar dit incident gevolgen heeft (${list}), maar verschilt één teken van ${near}: lezers in ${near} denken misschien dat het niet over hen gaat`,
              },
              fix: {
                en: `If ${near} is meant, write ${near}. If ${c.code} is affected too, add it to ${feedOr('"affects"', '“Affects”')}.`,
                nl: `Is ${near} bedoeld, schrijf dan ${near}. Heeft het ook gevolgen in ${c.code}, zet het dan bij ${feedOr('"affects"', '‘Gevolgen voor’')}.`,
              },
            };
          }
        }
      }
    }
  }
});
