/** Rules about the document as a whole: its schema, its validity window, placeholders anywhere. */
import { DOCUMENT_TYPES, validatePayload } from '../../feed/schema.js';
import { defineRule, feedOr, type SaidProblem } from '../rule.js';
import { allStrings, isObj, valueAt } from '../walk.js';
import { CLARITY_LIMITS } from './limits.js';
import { schemaFix } from './schema-fix.js';
import { schemaSaid } from './schema-words.js';

import { PLACEHOLDER } from '../../feed/placeholder.js';
import { quoted } from '../shell.js';

export { PLACEHOLDER };

/** Why no other rule can run on this value at all (not an object, no known type), else undefined. */
export function shapeProblem(doc: unknown): SaidProblem | undefined {
  if (!isObj(doc)) {
    return {
      path: '(root)',
      message: { en: 'the document is not a JSON object', nl: 'dit is geen feed of FAQ die clearline kan lezen' },
      fix: { en: 'Start from `clearline new incident` or docs/feed-format.md.', nl: 'Begin met `clearline new incident`, of kijk in docs/feed-format.md hoe een feed eruitziet.' },
    };
  }
  if (!(typeof doc.type === 'string' && doc.type in DOCUMENT_TYPES)) {
    return {
      path: 'type',
      message: { en: 'the document needs "type": "status" or "type": "faq"', nl: 'het document zegt niet of het een statusfeed of een FAQ is' },
      fix: { en: 'Add "type": "status" for a status feed or "type": "faq" for an FAQ.', nl: 'Zet "type": "status" in een statusfeed, of "type": "faq" in een FAQ.' },
    };
  }
  return undefined;
}

export const schema = defineRule('schema', 'error', function* ({ doc, kind, now }) {
  // `clearline sign` stamps issued_at, expires_at and seq, so an unsigned draft may leave them out.
  const stamp = { seq: 0, issued_at: new Date(now).toISOString(), expires_at: new Date(now + 3_600_000).toISOString() };
  const valid = validatePayload(kind, { ...stamp, ...doc });
  if (!valid.ok) {
    for (const i of valid.issues) {
      // A missing known/unknown of an open incident is reported once, by its own rule, with a better fix.
      const part = /^incidents\/(\d+)\/(known|unknown)$/.exec(i.path);
      const incident = part && Array.isArray(doc.incidents) ? doc.incidents[Number(part[1])] : undefined;
      if (part && i.message === 'is required' && isObj(incident) && incident.phase !== 'resolved') continue;
      // So is an open incident without a next update (next-update-missing names the incident).
      if (i.message.startsWith('an open incident needs a next_update_at')) continue;
      yield {
        path: i.path,
        message: schemaSaid(i.message),
        // Words a studio user can act on; engineers find the whole format with `clearline schema`.
        fix: schemaFix(i.message, i.path, doc),
      };
    }
  }
});

export const validityTooLong = defineRule('validity-too-long', 'error', function* ({ doc, kind }) {
  const issued = typeof doc.issued_at === 'string' ? Date.parse(doc.issued_at) : NaN;
  const expires = typeof doc.expires_at === 'string' ? Date.parse(doc.expires_at) : NaN;
  if (kind === 'faq') {
    if (!(expires - issued > CLARITY_LIMITS.faqValidityMs)) return;
    const days = Math.round((expires - issued) / 86_400_000);
    yield {
      path: 'expires_at',
      message: {
        en: `expires_at is ${days} days after issued_at; readers accept an FAQ for at most 90 days`,
        nl: `de FAQ is ondertekend voor ${days} dagen; lezers accepteren een FAQ hooguit 90 dagen`,
      },
      fix: {
        en: 'Sign the FAQ with --valid 30d (the default) and sign it again when it changes.',
        nl: 'Onderteken de FAQ voor 30 dagen (--valid 30d, de standaard) en onderteken opnieuw als er iets verandert.',
      },
    };
    return;
  }
  if (!(expires - issued > CLARITY_LIMITS.validityMs)) return;
  const hours = Math.round((expires - issued) / 3_600_000);
  yield {
    path: 'expires_at',
    message: {
      en: `expires_at is ${hours} hours after issued_at; a feed should be re-signed at least every 24 hours`,
      nl: `de feed is ondertekend voor ${hours} uur; een feed moet minstens elke 24 uur opnieuw ondertekend worden`,
    },
    fix: {
      en: 'Sign with --valid 24h or less, and re-sign on a schedule with `clearline heartbeat`.',
      nl: 'Onderteken voor hooguit 24 uur (--valid 24h) en laat `clearline heartbeat` op vaste tijden opnieuw ondertekenen.',
    },
  };
});

/**
 * A text that is only the "…" of an example command: lint's own fixes print `--who "…" --who "…"`, and a municipality's
 * desk that ran one as printed published "Kom nu in actie als… / …"; lint then found nothing, nor did `sign`.
 */
const ONLY_ELLIPSIS = /^\s*(?:…|\.{3})\s*$/;

export const placeholder = defineRule('placeholder', 'error', function* ({ doc }) {
  for (const s of allStrings(doc, '')) {
    if (ONLY_ELLIPSIS.test(s.text)) {
      const command = updateCommand(doc, s.path, langsAt(doc, s.path));
      yield {
        path: s.path,
        message: { en: 'only “…” is there, from an example command: readers would see “…”', nl: 'hier staat alleen “…” uit een voorbeeldopdracht: lezers zouden “…” zien' },
        fix: command
          ? { en: feedOr(`Put your own words in place of each “…”: ${command}.`, 'Write your own words in place of “…”, or remove the field.'), nl: feedOr(`Zet uw eigen woorden op de plaats van elke “…”: ${command}.`, 'Schrijf uw eigen woorden op de plaats van “…”, of haal het veld weg.') }
          : { en: 'Write your own words in place of “…”, or remove the field.', nl: 'Schrijf uw eigen woorden op de plaats van “…”, of haal het veld weg.' },
      };
      continue;
    }
    const m = PLACEHOLDER.exec(s.text);
    if (!m) continue;
    const left = m[0].length > 80 ? m[0].slice(0, 77) + '…' : m[0];
    const checked = checkedCommand(doc, s.path);
    if (checked) {
      yield {
        path: s.path,
        message: { en: `a placeholder is still there: ${left}`, nl: `hier staat nog voorbeeldtekst: ${left}` },
        fix: {
          en: feedOr(`Check the text and remove the [[TODO: …]] mark; if it is right as it stands: ${checked}`, 'Check the text and remove the [[TODO: …]] mark.'),
          nl: feedOr(`Controleer de tekst en haal de markering [[TODO: …]] weg; klopt hij zoals hij er staat: ${checked}`, 'Controleer de tekst en haal de markering [[TODO: …]] weg.'),
        },
      };
      continue;
    }
    const command = updateCommand(doc, s.path, langsAt(doc, s.path));
    yield {
      path: s.path,
      message: { en: `a placeholder is still there: ${left}`, nl: `hier staat nog voorbeeldtekst: ${left}` },
      // On the command line, the command that does it: a municipality's desk, filling in the cyberattack template without
      // the studio, was told to replace the text in actions/1/who and not how.
      fix: command
        ? { en: feedOr(`Replace the [[TODO: …]] text with your own words: ${command}.`, 'Replace the [[TODO: …]] text with your own words, or remove the field.'), nl: feedOr(`Vervang de tekst [[TODO: …]] door uw eigen woorden: ${command}.`, 'Vervang de tekst [[TODO: …]] door uw eigen woorden, of haal het veld weg.') }
        : { en: 'Replace the [[TODO: …]] text with your own words, or remove the field.', nl: 'Vervang de tekst [[TODO: …]] door uw eigen woorden, of haal het veld weg.' },
    };
  }
});

/**
 * For a template's ready-made action ("[[TODO: check and remove this mark]] Call our fraud line…"), the `clearline update`
 * that keeps its words without the mark, in every language: a bank's night desk was told to replace the text with its own
 * words, one per language, and retyped six long sentences it only had to check.
 */
function checkedCommand(doc: unknown, path: string): string | undefined {
  const m = /^incidents\/(\d+)\/actions\/(\d+)\/label\/[^/]+$/.exec(path);
  const incident = m && isObj(doc) && Array.isArray(doc.incidents) ? doc.incidents[Number(m[1])] : undefined;
  const action = m && isObj(incident) && Array.isArray(incident.actions) ? incident.actions[Number(m[2])] : undefined;
  const label = isObj(action) && isObj(action.label) ? action.label : undefined;
  if (!m || !label || !isObj(incident) || typeof incident.id !== 'string') return undefined;
  const langs = Object.keys(label);
  const kept = langs.map((l) => (typeof label[l] === 'string' ? (label[l] as string).replace(PLACEHOLDER, '').trim() : ''));
  if (kept.some((t, i) => !t || PLACEHOLDER.test(t) || !PLACEHOLDER.test(String(label[langs[i]!])))) return undefined;
  return `clearline update feed.json --incident ${incident.id} --reword-action ${Number(m[2]) + 1} --lang ${langs.join(',')} ${kept.map((t) => `--label ${quoted(t)}`).join(' ')}`;
}

/**
 * A command's last `--option "…"` for a text in several languages, as `clearline update` takes it without guessing the
 * order: `--lang nl,en --known "…" --known "…"`. Lint said "--known "…" (one per language)", and one --known was refused
 * ("known is in nl, en; give --lang nl,en and one --known per language").
 */
export const perLanguage = (command: string, langs: readonly string[]): string =>
  langs.length > 1 ? command.replace(/ (--[\w-]+) "…"$/, (_, o: string) => ` --lang ${langs.join(',')}${` ${o} "…"`.repeat(langs.length)}`) : command;

/** The languages of the text one of whose strings is at `path` ("incidents/0/known/nl" -> the keys of incidents/0/known). */
function langsAt(doc: unknown, path: string): string[] {
  const v = valueAt(doc, path.split('/').slice(0, -1));
  return isObj(v) ? Object.keys(v) : [];
}

/**
 * The `clearline update` that replaces an incident's text at `path` ("incidents/0/actions/1/who/nl"), if one does; with
 * the text's `langs`, one per language; with `correct`, as a correction (`--correct`: the languages not given keep theirs). Also `clearline import`'s list of what is still to write.
 */
export function updateCommand(doc: unknown, path: string, langs: readonly string[] = [], correct = false): string | undefined {
  const m = /^incidents\/(\d+)\/(title|known|unknown|actions\/(\d+)\/(label|who))(?:\/|$)/.exec(path);
  const incidents = isObj(doc) && Array.isArray(doc.incidents) ? doc.incidents : [];
  const incident = m ? incidents[Number(m[1])] : undefined;
  if (!m || !isObj(incident) || typeof incident.id !== 'string') return undefined;
  const option = m[3] !== undefined ? `--reword-action ${Number(m[3]) + 1} --${m[4]} "…"` : `--${m[2]} "…"`;
  // `correct`: a mistake in what is published (text-same-in-languages), mended without a new update for readers.
  return perLanguage(`clearline update feed.json --incident ${incident.id}${correct ? ' --correct' : ''} ${option}`, langs);
}

