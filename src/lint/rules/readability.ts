/** Readability: long sentences in what we know, and jargon customers don't use. */
import { defineRule } from '../rule.js';
import { stringsOf } from '../walk.js';
import { PLACEHOLDER } from './document.js';
import { CLARITY_LIMITS } from './limits.js';

/** Jargon customers don't use, per language, with a plainer way to say it. */
export const JARGON: Record<'en' | 'nl', ReadonlyArray<readonly [string, string]>> = {
  en: [
    ['root cause', 'cause'],
    ['mitigate', 'limit'],
    ['mitigation', 'what we do to limit it'],
    ['degraded', 'slow or partly working'],
    ['latency', 'delay'],
    ['failover', 'switch to a backup'],
    ['upstream', 'a supplier'],
    ['downstream', 'services that depend on it'],
    ['remediation', 'repair'],
    ['workaround', 'another way to do it'],
    ['SLA', 'what we promised'],
    ['ETA', 'expected time'],
    ['RCA', 'the cause'],
    ['P1 incident', 'a serious problem'], // not "P1" alone: a hospital's car park P1 (trial Q)
    ['leverage', 'use'],
  ],
  nl: [
    ['root cause', 'oorzaak'],
    ['mitigeren', 'beperken'],
    ['mitigatie', 'wat we doen om het te beperken'],
    ['gedegradeerd', 'traag of deels werkend'],
    ['latentie', 'vertraging'],
    ['failover', 'overschakelen op een reservesysteem'],
    ['ketenpartner', 'een bedrijf waarmee we samenwerken'],
    ['ketenpartners', 'bedrijven waarmee we samenwerken'],
    ['middels', 'met'],
    ['conform', 'volgens'],
    ['dientengevolge', 'daardoor'],
    ['ten behoeve van', 'voor'],
    ['in behandeling genomen', 'we werken eraan'],
    ['SLA', 'wat we hebben beloofd'],
    ['workaround', 'een andere manier'],
  ],
};

const sentences = (text: string) =>
  text
    .replace(/[*_`#>]/g, ' ')
    // Each line typed is a line of its own for readers (feed-format.md, MD): one fact per line needs no full stop.
    .split(/(?<=[.!?])\s+|\n\s*(?:[-*+]\s)?/)
    .map((s) => s.trim())
    .filter(Boolean);
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function jargonIn(text: string, lang: string): [string, string][] {
  const primary = lang.toLowerCase().split('-')[0];
  const lists = primary === 'en' || primary === 'nl' ? [JARGON[primary]] : [JARGON.en, JARGON.nl];
  const hits: [string, string][] = [];
  for (const list of lists) {
    for (const [term, plain] of list) {
      const caseSensitive = term === term.toUpperCase();
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
      if (re.test(text) && !hits.some(([t]) => t === term)) hits.push([term, plain]);
    }
  }
  return hits;
}

/** The strings of every text, except ones that still hold a placeholder (that is its own error). */
function* writtenStrings(texts: Parameters<typeof stringsOf>[0][]) {
  for (const t of texts) for (const s of stringsOf(t)) if (!PLACEHOLDER.test(s.text)) yield { ...s, of: t.path };
}

export const longSentence = defineRule('long-sentence', 'warning', function* ({ texts }) {
  for (const s of writtenStrings(texts)) {
    if (!/^incidents\/\d+\/known$/.test(s.of)) continue;
    const long = sentences(s.text).find((x) => words(x) > CLARITY_LIMITS.sentenceWords);
    if (!long) continue;
    const n = words(long);
    const start = long.length > 60 ? long.slice(0, 57) + '…' : long;
    yield {
      path: s.path,
      message: { en: `a sentence of ${n} words: "${start}"`, nl: `een zin van ${n} woorden: “${start}”` },
      fix: {
        en: `Split it: keep sentences under ${CLARITY_LIMITS.sentenceWords} words, one fact each.`,
        nl: `Knip de zin op: houd zinnen korter dan ${CLARITY_LIMITS.sentenceWords} woorden, met één feit per zin.`,
      },
    };
  }
});

export const jargon = defineRule('jargon', 'warning', function* ({ texts }) {
  for (const s of writtenStrings(texts)) {
    for (const [term, plain] of jargonIn(s.text, s.lang)) {
      yield {
        path: s.path,
        message: { en: `"${term}" is jargon for many readers`, nl: `“${term}” is vaktaal die veel lezers niet kennen` },
        fix: { en: `Say "${plain}" instead.`, nl: `Schrijf liever “${plain}”.` },
      };
    }
  }
});
