/**
 * Lint per channel (`clearline lint --for sms,ivr,social`): texts that cannot fit a channel's
 * budget even shortened, a phone message for a line without a wait, and the like. Runs the real
 * exporters, so what lint says is what the channel would get. Pure: no Node or DOM imports.
 */
import { channelIdFor } from '../feed/channel-pick.js';
import { openIncidents } from '../feed/incidents.js';
import { goingOn } from '../feed/going-on.js';
import { closedAt } from '../feed/opening-hours.js';
import { feedOr, pick, type Audience, type Said } from '../lint/rule.js';
import { perLanguage } from '../lint/rules/document.js';
import type { Channel, StatusPayload } from '../feed/schema.js';
import { pickText } from '../i18n/lang.js';
import { exportIvr, IVR_LIMITS, waitingLines } from './ivr.js';
import { droppedInWords, ivrDropFix, ivrDropMatters } from './ivr-dropped.js';
import { overBudgetSaid } from './ivr-over.js';
import { shortenedInWords } from './shortened.js';
import { exportSms } from './sms.js';
import { keptLineFix } from './sms-line-fix.js';
import { exportSocial, SOCIAL_LIMIT } from './social.js';
import { feedLanguages } from './text.js';

export const CHANNEL_TARGETS = ['sms', 'ivr', 'social'] as const;
export type ChannelTarget = (typeof CHANNEL_TARGETS)[number];

export const CHANNEL_LINT_RULES = ['sms-too-long', 'sms-shortened', 'ivr-no-phone', 'ivr-no-wait', 'ivr-no-reason', 'ivr-too-long', 'ivr-shortened', 'social-too-long', 'social-shortened'] as const;
export type ChannelLintRule = (typeof CHANNEL_LINT_RULES)[number];

/** The same shape as a document lint finding, so both print and count alike. */
export interface ChannelFinding {
  severity: 'error' | 'warning';
  rule: ChannelLintRule;
  path: string;
  message: string;
  fix: string;
}

export interface ChannelLintOptions {
  now?: number;
  /** The language of message and fix (BCP 47: `nl`, `en`); English when not Dutch. */
  lang?: string;
  /** SMS parts allowed (default 1). */
  parts?: number;
  /**
   * Only this phone line (`export --to ivr` checks the line it speaks for). Without it: the line
   * `export --to ivr` speaks for by default, and every other ordinary phone line with a wait.
   */
  channel?: string;
  /** `feed` (default): the CLI's words, with channel ids and the feed's field names; `desk`: the studio's, with its field labels. */
  audience?: Audience;
}

/** Feed languages by name, as an adjective: "the Dutch SMS", "de Nederlandse sms". */
const LANGUAGE_NAMES: Record<string, Said> = {
  en: { en: 'English', nl: 'Engelse' },
  nl: { en: 'Dutch', nl: 'Nederlandse' },
  de: { en: 'German', nl: 'Duitse' },
  fr: { en: 'French', nl: 'Franse' },
};

/** Parses "sms,ivr" into targets; throws on an unknown one with the list of known ones. */
export function parseTargets(value: string): ChannelTarget[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((s) => !(CHANNEL_TARGETS as readonly string[]).includes(s));
  if (bad.length || !list.length) throw new Error(`--for takes ${CHANNEL_TARGETS.join(', ')} (comma-separated); not: ${bad.join(', ') || '(nothing)'}`);
  return [...new Set(list)] as ChannelTarget[];
}

/** A channel by its name in the message's language and, for the CLI, its id: `"Storingsnummer" (phone)`; the id alone when it has no other name. */
function named(c: Channel, lang: string, audience: Audience = 'feed'): string {
  const label = pickText(c.label, lang).trim();
  return label && label !== c.id ? `"${label}"${audience === 'desk' ? '' : ` (${c.id})`}` : `"${c.id}"`;
}

/**
 * How to turn the SMS's first action around: from the incident's own action when it asks first and
 * says what to do after ("Heeft u …? Bel uw huisarts." -> "Bel uw huisarts …", not "Heeft u …? Bel
 * uw huisarts"), quoted in the SMS's language; else a pattern that fits any sector. Only when its first sentence is
 * the question: a bank's "We will never ask … move money. Not sure? Call 159, …" was quoted back to its desk as
 * "We will …? Call 159, …", a question it never asked, with the advice to drop the warning the SMS did keep.
 */
function questionFirst(inc: StatusPayload['incidents'][number], lang: string): Said {
  const first = (inc.actions ?? []).find((a) => a.urgent) ?? inc.actions?.[0];
  const label = first ? pickText(first.label, lang).trim() : '';
  const end = label.search(/[.!?]/);
  const q = label[end] === '?' ? end : -1;
  const todo = q > 0 ? (/^[^.!?]+/.exec(label.slice(q + 1).trim())?.[0].trim() ?? '') : '';
  const ask = label.split(/\s+/).slice(0, 2).join(' ').replace(/[?.,!]+$/, '');
  if (!todo || !ask) return { en: '"Call … if …", not "Did you …? Then call …"', nl: '"Bel … als …", niet "Heeft u …? Bel dan …"' };
  return { en: `"${todo} …", not "${ask} …? ${todo}"`, nl: `"${todo} …", niet "${ask} …? ${todo}"` };
}

/** The fix, and the two-part SMS when that carries the title and the urgent action whole (sms-advice.ts, trial Q). */
const withParts = (twoParts: boolean | undefined, fix: Said): Said =>
  twoParts ? { en: `${fix.en} Or send it as 2 SMS parts (--parts 2).`, nl: `${fix.nl} Of verstuur hem als sms van 2 delen (--parts 2).` } : fix;

export function lintChannels(payload: StatusPayload, targets: readonly ChannelTarget[], opts: ChannelLintOptions = {}): ChannelFinding[] {
  const now = opts.now ?? Date.now();
  const out: ChannelFinding[] = [];
  const add = (severity: ChannelFinding['severity'], rule: ChannelLintRule, path: string, message: Said, fix: Said) =>
    out.push({ severity, rule, path, message: pick(message, opts.lang, opts.audience), fix: pick(fix, opts.lang, opts.audience) });
  // "the Dutch SMS" / "de Nederlandse sms": the feed language a text is in.
  const name = (lang: string): Said => ({ en: LANGUAGE_NAMES[lang]?.en ?? lang, nl: LANGUAGE_NAMES[lang]?.nl ?? lang });
  const langs = feedLanguages(payload);
  const incidents = openIncidents(payload, now);
  const pathOf = (id: string) => `incidents/${payload.incidents.findIndex((i) => i.id === id)}`;

  if (targets.includes('sms')) {
    for (const inc of incidents) {
      for (const lang of langs) {
        const sms = exportSms(payload, { lang, now, incident: inc.id, parts: opts.parts });
        const where = `${pathOf(inc.id)}/title/${lang}`;
        // Without a link (the incident warns against links) the SMS ends saying where to look instead.
        const tail: Said = sms.linkLeftOut ? { en: 'where to look (it has no link: the incident warns against links)', nl: 'waar mensen zelf kijken (zonder link: het incident waarschuwt voor links)' } : { en: 'the status link', nl: 'de statuslink' };
        if (!sms.fits) add('error', 'sms-too-long', where,
            { en: `the ${name(lang).en} SMS cannot hold the title and ${tail.en} within ${sms.limit} characters (${sms.encoding})`, nl: `de ${name(lang).nl} sms kan de titel en ${tail.nl} niet kwijt in ${sms.limit} tekens (${sms.encoding})` },
            { en: 'Shorten the title, or allow more messages with --parts 2.', nl: 'Maak de titel korter, of sta meer berichten toe met --parts 2.' });
        else if (sms.shortened.some((s) => s.startsWith('title') || s.startsWith('action') || s === 'phase')) {
          const what = (l: 'en' | 'nl') => shortenedInWords(sms.shortened.filter((s) => s !== 'next'), l);
          add('warning', 'sms-shortened', where,
            { en: `the ${name(lang).en} SMS ${what('en')} to fit: "${sms.text}"`, nl: `in de ${name(lang).nl} sms is ${what('nl')}, anders past hij niet: "${sms.text}"` },
            // The emergency line kept, what came before it cut (trial T): said so, not "start with what to do".
            withParts(sms.twoParts, keptLineFix(payload, inc, lang, sms.text) ?? ((sms.shortened.includes('action-shortened') || sms.shortened.includes('action'))
              // A recall desk wrote "Heeft u ervan gegeten en bent u zwanger…? Bel uw huisarts.": the cut kept the question and lost the call.
              // The example is the desk's own action when it is written question first, else sector-neutral.
              ? ((eg) => ({ en: `Write a shorter title or action label so the SMS says it whole, and start the action with what to do (${eg.en}): a shortened action keeps its start.`, nl: `Schrijf een kortere titel of actie, zodat de sms alles heel kan zeggen, en begin de actie met wat mensen moeten doen (${eg.nl}): een ingekorte actie houdt haar begin.` }))(questionFirst(inc, lang))
              : { en: 'Write a shorter title or action label so the SMS says it whole.', nl: 'Schrijf een kortere titel of actie, zodat de sms alles heel kan zeggen.' })));
        }
      }
    }
  }

  if (targets.includes('ivr')) {
    // The lines the publisher's own waiting message speaks for: the one export --to ivr picks, and
    // any other line given a wait (a publisher knows only its own lines' waits). A partner's or the
    // police's number listed for readers has no wait the desk could fill in, and no message here.
    const phones = payload.channels.filter((c) => c.kind === 'phone' && !c.emergency);
    const wanted = opts.channel && channelIdFor(payload.channels, opts.channel);
    const lines = opts.channel ? phones.filter((c) => c.id === wanted) : waitingLines(payload.channels);
    if (!lines.length && !opts.channel)
      add('warning', 'ivr-no-phone', 'channels',
        { en: 'there is no ordinary phone line, so there is no waiting message to make', nl: 'er is geen gewone telefoonlijn, dus er is geen wachtbericht te maken' },
        // A line taken out because it is down (ivr-no-wait's advice) is not to be added back.
        { en: `Add the phone line callers wait on, with ${feedOr('wait_minutes and a reason', 'its wait and the reason for it')}. Is your line down? Then leave it out; say so under What we know.`, nl: `Voeg de lijn toe waarop bellers wachten, met ${feedOr('wait_minutes en een reden', 'de wachttijd en de reden ervan')}. Werkt uw lijn niet? Laat hem dan weg; zeg het bij Wat we weten.` });
    for (const line of lines) {
      const at = `channels/${payload.channels.indexOf(line)}`;
      // The line as the desk named it, with its id for the CLI: "Storingsnummer" (phone), not only "phone".
      const lineName = named(line, opts.lang ?? 'en', opts.audience);
      // Closed now by its opening hours: nobody queues there, and its wait is for when it opens (trial H: at 02:00 the
      // desk was asked for the wait of a line closed all night). The message is still checked.
      const closedNow = !!line.opening_hours && closedAt(line.opening_hours, now, payload.time_zone) !== undefined;
      // After the all-clear (nothing open) the wait is gone with the disruption (update --resolve): the message says none,
      // and the phishing warning it carries could not be made until a wait was typed in (trial P). So while nothing is going
      // on, only notices (standing advice, severity info) and incidents announced ahead: a hospital's all-clear with its
      // appointment notice and Wednesday's announcement open was refused here while the studio let it be signed (trial Q).
      if (line.wait_minutes === undefined && !closedNow && incidents.some((i) => goingOn(i, now))) {
        add('error', 'ivr-no-wait', `${at}/wait_minutes`,
          { en: `the phone line ${lineName} has no expected wait, so its waiting message cannot tell callers how long they wait`, nl: `de telefoonlijn ${lineName} heeft geen verwachte wachttijd, dus het wachtbericht kan bellers niet zeggen hoe lang ze wachten` },
          // 0 means "no queue": readers would see "No wait expected" beside a line that is down (a cyberattack, a broken exchange).
          {
            en: `Fill in ${feedOr(`the expected wait in minutes (wait_minutes; 0 when there is no queue): clearline edit channel --id ${line.id} --wait 0, or the minutes with --reason "…"`, '“Wait in minutes” (0 when there is no queue)')}. Is the line down? Then not 0: remove the line from the contact channels, and say under What we know that it is down and what to use instead${feedOr(` (clearline edit channel --id ${line.id} --remove)`, '')}.`,
            nl: `Vul ${feedOr(`de wachttijd in minuten in (wait_minutes; 0 als er geen wachtrij is): clearline edit channel --id ${line.id} --wait 0, of de minuten met --reason "…"`, '“Wachttijd in minuten” in (0 als er geen wachtrij is)')}. Werkt de lijn niet? Dan geen 0: haal de lijn weg bij de contactkanalen en zeg bij Wat we weten dat hij niet werkt en wat mensen in plaats daarvan kunnen gebruiken${feedOr(` (clearline edit channel --id ${line.id} --remove)`, '')}.`,
          });
        continue;
      }
      // A warning: "Verwachte wachttijd ongeveer 2 minuten." is right without a reason, and a refusal here held up the phone
      // system's message for a feed the studio had published (trial N: a priority line's 2-minute wait).
      if ((line.wait_minutes ?? 0) > 0 && !line.reason)
        add('warning', 'ivr-no-reason', `${at}/reason`,
          { en: `the phone line ${lineName} has a wait but no reason; callers should hear why they wait`, nl: `de telefoonlijn ${lineName} heeft een wachttijd maar geen reden; bellers horen graag waarom ze wachten` },
          // One --reason per language: a sentence given once on an nl,en feed is refused (new/edit channel).
          { en: `${feedOr(`Add a reason (${perLanguage(`clearline edit channel --id ${line.id} --reason "…"`, langs)})`, 'Fill in “Reason for the wait”')}, e.g. "many calls about the outage".`, nl: `${feedOr(`Voeg een reden toe (${perLanguage(`clearline edit channel --id ${line.id} --reason "…"`, langs)})`, 'Vul “Reden van de wachttijd” in')}, bijvoorbeeld "veel telefoontjes over de storing".` });
      for (const lang of langs) {
        for (const inc of incidents.length ? incidents : [undefined]) {
          const ivr = exportIvr(payload, { lang, now, channel: line.id, incident: inc?.id });
          const where = inc ? `${pathOf(inc.id)}/known/${lang}` : `${at}/label/${lang}`;
          // In the words of lint's phone-message-too-long and the studio's preview (ivr-over.ts): what was left out, what to shorten.
          if (!ivr.fits) {
            const over = overBudgetSaid(ivr, payload, { en: lineName, nl: lineName });
            add('error', 'ivr-too-long', where, over.message, over.fix);
          }
          // An urgent action left out ("todo-…") too: a boil-water line's message dropped "Do you or your child have
          // diarrhoea…? Call your GP, or NHS 111…" while lint --for ivr said "no problems found".
          else if (ivrDropMatters(ivr.dropped))
            add('warning', 'ivr-shortened', where,
              { en: `the ${name(lang).en} waiting message for ${lineName} left out ${droppedInWords(ivr.dropped, payload, lang, 'en', ivr.incidents[0]).join(', ')} to stay within ${IVR_LIMITS.seconds} s`, nl: `het ${name(lang).nl} wachtbericht voor ${lineName} liet ${droppedInWords(ivr.dropped, payload, lang, 'nl', ivr.incidents[0]).join(', ')} weg om binnen ${IVR_LIMITS.seconds} s te blijven` },
              ivrDropFix(ivr.dropped, inc, lang));
        }
      }
    }
  }

  if (targets.includes('social')) {
    for (const inc of incidents) {
      for (const post of exportSocial(payload, { now, incident: inc.id }).posts) {
        const where = `${pathOf(inc.id)}/title/${post.lang}`;
        if (!post.fits)
          add('error', 'social-too-long', where,
            { en: `the ${name(post.lang).en} post needs ${post.length} of ${SOCIAL_LIMIT} characters even shortened`, nl: `het ${name(post.lang).nl} bericht heeft ook ingekort ${post.length} van de ${SOCIAL_LIMIT} tekens nodig` },
            { en: 'Shorten the title.', nl: 'Maak de titel korter.' });
        // Not for the action the first sentence already says, left out for the news (social-news.ts): nothing to fix there.
        else if (post.shortened.some((s) => s !== 'next' && s !== 'action-said'))
          add('warning', 'social-shortened', where,
            { en: `the ${name(post.lang).en} social media post ${shortenedInWords(post.shortened, 'en')} to fit`, nl: `in het ${name(post.lang).nl} bericht voor sociale media is ${shortenedInWords(post.shortened, 'nl')}, anders past het niet` },
            { en: 'Write a shorter title or first sentence of what we know.', nl: 'Schrijf een kortere titel of eerste zin van wat we weten.' });
      }
    }
  }
  return out;
}

/**
 * What `export --to ivr|ssml` refuses for the phone line it speaks for: that line's errors (no wait,
 * a wait without a reason). A message too long is left out here: the exporter reports it as over-budget.
 * The CLI and the studio's preview both ask this, so they refuse alike.
 */
export function phoneLineErrors(payload: StatusPayload, channel: string, opts: Omit<ChannelLintOptions, 'channel'> = {}): ChannelFinding[] {
  return lintChannels(payload, ['ivr'], { ...opts, channel }).filter((f) => f.severity === 'error' && f.rule !== 'ivr-too-long');
}
