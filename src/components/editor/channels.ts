/**
 * The contact channels as a form section: kind, name and who it is for per language, link, wait, reason, opening
 * hours and the emergency flag of each; Add channel and Remove channel N. The channels are part of the feed that
 * is linted, so schema and lint findings appear next to these fields like any other.
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { CHANNEL_KINDS, idForKind, linkForKind, listedFirst, moveChannel, newChannel, placeAdded, saysDown } from '../../feed/channel-edit.js';
import type { Channel, ChannelKind, ContactReason } from '../../feed/schema.js';
import { isNanpZone } from '../../feed/dialling.js';
import { twentyFourHourTimes } from '../../feed/hours-clock.js';
import { smsParts } from '../../content/links.js';
import { groupChannels } from '../../feed/channels.js';
import { stampWait } from '../../feed/wait-stamp.js';
import { pickText, uiLanguage } from '../../i18n/lang.js';
import { fromLangText, isPlaceholderOnly, toLangText } from './draft.js';
import { fieldId, fieldLabel, findingsFor, linkField, textField, type FormContext } from './form.js';
import { focusAdded, focusAfterRemoving } from './focus.js';
import { fold } from './fold.js';
import { purposeFields } from './channel-purpose.js';
import { keywordField } from './sms-keyword-field.js';

export interface ChannelContext extends FormContext {
  channels: Channel[];
  changeChannels(mutate: (c: Channel[]) => void): void;
  /** Removes a channel and the contact reasons' links to it. */
  removeChannel(i: number): void;
  changeReasons(mutate: (r: ContactReason[]) => void): void;
  /** The channel ids of the feed as opened or last saved: these never change. */
  published: readonly string[];
}

/**
 * Opening hours (the feed's `hours`, which readers show under the line): "24 uur per dag" is what a
 * customer with no hot water at 2 a.m. needs to see before calling the emergency line. The English
 * example is on the feed's clock: a Chicago desk was shown "Mon–Fri 8:00–17:00" for hours its customers read as 8 AM–5 PM.
 */
const HOURS = {
  en: { label: 'Opening hours', hint: (zone: string) => `e.g. 24 hours a day, or Mon–Fri ${isNanpZone(zone) ? '8 AM–5 PM' : '08:00–17:00'}` },
  nl: { label: 'Openingstijden', hint: () => 'bijv. 24 uur per dag, of ma–vr 08.00–17.00 uur' },
} as const;

/**
 * Opening hours the widget reads (`opening_hours`, feed/opening-hours.ts): outside them readers see "Closed now, opens at
 * 08:00" and no wait. A telecom's chat and support line, open 8am–10pm and 8am–8pm, were offered at 3 a.m. with a wait (trial G).
 * On a US or Canadian clock the example is 12-hour (trial Y); 12-hour times are kept in the widget's form on leaving the field.
 */
const OPEN = {
  en: { label: 'When it is open (days and times)', hint: (zone: string) => `e.g. ${isNanpZone(zone) ? 'Mo-Fr 8:00 AM-8:00 PM; Sa 9:00 AM-1:00 PM' : 'Mo-Fr 08:00-20:00; Sa 09:00-13:00'}, or 24/7. Outside them readers see “Closed now” instead of the wait.` },
  nl: { label: 'Wanneer open (dagen en tijden)', hint: () => 'bijv. ma-vr 08:00-20:00; za 09:00-13:00, of 24/7. Daarbuiten zien lezers “Nu gesloten” in plaats van de wachttijd.' },
} as const;

/**
 * An emergency line's `reason` is not why people wait: readers show it first, under the number
 * (and again under a critical incident's title), as when to use the line ("Ruikt u gas? Ga naar
 * buiten en bel direct"); its wait follows. So the field is labelled for what it does there. Its
 * example fits any sector: "Smell gas?" was read by a broadband provider's and a pension fund's desk.
 */
const WHEN = {
  en: { label: 'When to use this line', hint: 'Readers see it under the number, e.g. Only for emergencies: call at once, day and night.' },
  nl: { label: 'Wanneer deze lijn gebruiken', hint: 'Lezers zien dit onder het nummer, bijv. Alleen voor noodgevallen: bel direct, dag en nacht.' },
} as const;

/**
 * A channel has no "out of service" state: a desk whose phone line went down after a cyberattack
 * wrote "Klantenservice (telefoon werkt nu niet)" as its name, and customers still got the number
 * to tap. Said where she wrote it, as ivr-no-wait's fix says it: take the line out, say it in words
 * (saysDown in feed/channel-edit.ts; `clearline new channel` and `edit channel` say the same).
 */
const LINE_DOWN = {
  en: (n: number) => `Readers still get this line to call or open. Is it down? Remove it (Remove channel ${n}), and say under What we know that it is down and what to use instead.`,
  nl: (n: number) => `Lezers krijgen deze lijn nog om te bellen of te openen. Werkt hij niet? Haal hem weg (Kanaal verwijderen ${n}) en zeg bij Wat we weten dat hij niet werkt en wat mensen in plaats daarvan kunnen gebruiken.`,
} as const;

/**
 * Moving a channel: readers get the channels in the feed's order, emergency lines first. A council that added 999
 * saw it listed after its own out-of-hours line, and the studio had no way to change the order. The button's name says
 * which channel, as Remove channel N does; after the move the focus stays on it and a status line says where it went.
 */
const MOVE = {
  en: {
    up: 'Up', down: 'Down',
    name: (dir: 'up' | 'down', n: number, own: string) => `Move channel ${n} ${dir}${own ? ` (${own})` : ''}`,
    moved: (name: string, n: number, of: number) => `${name} is now number ${n} of ${of}.`,
    order: 'Readers see the channels in this order, emergency lines always first.',
    first: (name: string, of: number) => `${name} is now number 1 of ${of}: the emergency services go first.`,
    count: (n: number) => (n === 1 ? '1 channel' : `${n} channels`),
  },
  nl: {
    up: 'Omhoog', down: 'Omlaag',
    name: (dir: 'up' | 'down', n: number, own: string) => `Kanaal ${n} ${dir === 'up' ? 'omhoog' : 'omlaag'}${own ? ` (${own})` : ''}`,
    moved: (name: string, n: number, of: number) => `${name} staat nu op plaats ${n} van ${of}.`,
    order: 'Lezers zien de kanalen in deze volgorde, noodnummers altijd bovenaan.',
    first: (name: string, of: number) => `${name} staat nu op plaats 1 van ${of}: het alarmnummer gaat voor.`,
    count: (n: number) => (n === 1 ? '1 kanaal' : `${n} kanalen`),
  },
} as const;

/** Moves channel `i` (shown as `name`); the focus follows it (its button in the same direction, or the other one at the top or bottom). */
function move(ctx: ChannelContext, e: Event, i: number, dir: 'up' | 'down', own: string): void {
  const to = dir === 'up' ? i - 1 : i + 1;
  ctx.changeChannels((cs) => cs.splice(0, cs.length, ...moveChannel(cs, i, dir)));
  const root = (e.target as HTMLElement).getRootNode() as ShadowRoot;
  void (root.host as LitElement).updateComplete.then(() => {
    (root.querySelector<HTMLElement>(`[data-move="channel-${dir}-${to}"]`) ?? root.querySelector<HTMLElement>(`[data-move="channel-${dir === 'up' ? 'down' : 'up'}-${to}"]`))?.focus();
    const said = root.querySelector('[data-moved="channels"]');
    if (said) said.textContent = MOVE[uiLanguage(ctx.ui)].moved(own || `${ctx.t.channel} ${to + 1}`, to + 1, ctx.channels.length);
  });
}

/**
 * A change to a new channel's link or emergency tick; when it makes it the emergency services (999, 112, 911), it goes
 * first, as `clearline new channel` puts it (feed/channel-edit.ts placeAdded). Before, a council's 999 added here stayed
 * after its out-of-hours line. The focus follows it to the same control (`control` selects it within the channel).
 */
function changePlaced(ctx: ChannelContext, e: Event, i: number, m: (c: Channel) => void, control: string): void {
  const c = ctx.channels[i]!;
  const was = listedFirst(c, ctx.zone);
  let moved: Channel[] | undefined;
  ctx.changeChannels((cs) => {
    m(cs[i]!);
    moved = ctx.published.includes(c.id) ? undefined : placeAdded(cs, i, was, ctx.zone);
    if (moved) cs.splice(0, cs.length, ...moved);
  });
  if (!moved) return;
  const own = pickText(moved[0]!.label, ctx.ui).trim();
  const said = MOVE[uiLanguage(ctx.ui)].first(own && !isPlaceholderOnly(own) ? own : `${ctx.t.channel} 1`, moved.length);
  const root = (e.target as HTMLElement).getRootNode() as ShadowRoot;
  void (root.host as LitElement).updateComplete.then(() => {
    root.querySelector<HTMLElement>(`[data-field="channels/0"] ${control}`)?.focus();
    const status = root.querySelector('[data-moved="channels"]');
    if (status) status.textContent = said;
  });
}

/** A new kind; a channel not yet published takes an id of that kind, also in the reasons that offer it. */
function setKind(ctx: ChannelContext, i: number, kind: ChannelKind): void {
  const c = ctx.channels[i]!;
  const id = idForKind(c, kind, ctx.channels, ctx.published);
  // A text line's number as an sms: link, and back as tel: for a phone line (trial T).
  ctx.changeChannels((cs) => Object.assign(cs[i]!, { kind, id, href: linkForKind(cs[i]!.href, kind) }));
  if (id !== c.id) ctx.changeReasons((rs) => rs.forEach((r) => r.channels && (r.channels = r.channels.map((x) => (x === c.id ? id : x)))));
}

/** A text per language back into the channel, or the member removed when every language is blank. */
function setText(c: Channel, member: 'label' | 'reason' | 'hours', langs: string[], l: string, v: string): void {
  const next = { ...toLangText(c[member], langs), [l]: v };
  if (member !== 'label' && Object.values(next).every((s) => !s.trim())) delete c[member];
  else c[member] = fromLangText(next, langs);
}

/** Said at an ordinary line's wait while an update resolves: the wait goes with the incident unless changed now (draft.ts buildFeed). */
const RESOLVE_WAIT = {
  en: 'When this is resolved, this wait is removed: it was about the incident. Still busy? Change the wait or its reason now (e.g. "many calls after the outage"), and it stays.',
  nl: 'Bij Opgelost gaat deze wachttijd eraf: hij ging over dit incident. Is het nog druk? Pas de wachttijd of de reden nu aan (bijvoorbeeld "nog veel vragen over de afhandeling"), dan blijft hij staan.',
} as const;
const resolvingWait = (ctx: ChannelContext, c: Channel) => ctx.draft.mode === 'update' && ctx.draft.phase === 'resolved' && c.emergency !== true && (c.wait_minutes !== undefined || c.reason !== undefined);

function renderChannel(ctx: ChannelContext, c: Channel, i: number): TemplateResult {
  const { t, langs } = ctx;
  const own = pickText(c.label, ctx.ui);
  // "Channel 2" while the name is still the template's guidance or empty.
  const named = own.trim() && !isPlaceholderOnly(own) ? own : '';
  const name = named || `${t.channel} ${i + 1}`;
  const change = (m: (c: Channel) => void) => ctx.changeChannels((cs) => m(cs[i]!));
  const key = (part: string, l?: string) => (l ? `channels/${i}/${part}/${l}` : `channels/${i}/${part}`);
  const label = toLangText(c.label, langs);
  const reason = toLangText(c.reason, langs);
  const hours = toLangText(c.hours, langs);
  const h = HOURS[uiLanguage(ctx.ui)];
  const when = c.emergency === true ? WHEN[uiLanguage(ctx.ui)] : undefined;
  const kind = findingsFor(ctx, key('kind'));
  const wait = findingsFor(ctx, key('wait_minutes'));
  const whole = findingsFor(ctx, `channels/${i}`);
  const why = findingsFor(ctx, key('reason'));
  const kindId = fieldId(key('kind'));
  const m = MOVE[uiLanguage(ctx.ui)];
  return html`<div class="item" data-field=${`channels/${i}`}>
    <p class="channel-name">${name}</p>
    ${whole.view}
    ${saysDown(c) ? html`<ul class="findings"><li class="warning" data-note="line-down"><strong>${t.fix}:</strong> ${LINE_DOWN[uiLanguage(ctx.ui)](i + 1)}</li></ul>` : nothing}
    <div class="row">
      <div class="field">
        <label for=${kindId}>${t.channelKind} — ${name}</label>
        <select id=${kindId} aria-describedby=${kind.ids || nothing} @change=${(e: Event) => setKind(ctx, i, (e.target as HTMLSelectElement).value as ChannelKind)}>
          ${CHANNEL_KINDS.map((k) => html`<option value=${k} ?selected=${k === c.kind}>${t.channelKinds[k]}</option>`)}
        </select>
        ${kind.view}
      </div>
      ${linkField(ctx, key('href'), `${t.channelLink} — ${name}`, c.href, (v, e) => changePlaced(ctx, e, i, (x) => (x.href = linkForKind(v, x.kind, /^sms:/i.test(v) ? undefined : smsParts(x.href)?.body)), `#${fieldId('channels/0/href')}`))}
    </div>
    ${keywordField(ctx, c, i, name, change) ?? nothing}
    <div class="langs">
      ${langs.map((l) => textField(ctx, l ? key('label', l) : key('label'), `${fieldLabel(ctx, t.channelName, l)} (${t.channel} ${i + 1})`, label[l] ?? '', (v) => change((x) => setText(x, 'label', langs, l, v))))}
    </div>
    ${purposeFields(ctx, c, i, name, change)}
    <div class="row">
      <div class="field">
        <label for=${`f-channels-${i}-wait`}>${t.channelWait} — ${name}</label>
        <input id=${`f-channels-${i}-wait`} type="number" min="0" max="10080" inputmode="numeric" aria-describedby=${wait.ids || nothing} .value=${c.wait_minutes === undefined ? '' : String(c.wait_minutes)}
          @input=${(e: Event) => {
            const v = (e.target as HTMLInputElement).value;
            change((x) => stampWait((v === '' ? delete x.wait_minutes : (x.wait_minutes = Math.max(0, Math.round(Number(v)) || 0)), x), ctx.now));
          }} />
        ${wait.view}
        ${resolvingWait(ctx, c) ? html`<p class="hint" data-note="resolve-wait">${RESOLVE_WAIT[uiLanguage(ctx.ui)]}</p>` : nothing}
      </div>
      <label class="check"><input type="checkbox" data-flag="emergency" .checked=${c.emergency === true} @change=${(e: Event) => changePlaced(ctx, e, i, (x) => ((e.target as HTMLInputElement).checked ? (x.emergency = true) : delete x.emergency), 'input[data-flag=emergency]')} /> ${t.channelEmergency} — ${name}</label>
    </div>
    <div class="langs">
      ${langs.map((l) => textField(ctx, l ? key('reason', l) : key('reason'), `${fieldLabel(ctx, when ? when.label : t.channelReason, l)} (${name})`, reason[l] ?? '', (v) => change((x) => stampWait((setText(x, 'reason', langs, l, v), x), ctx.now)), false, when?.hint))}
    </div>
    ${why.view}
    <div class="langs">
      ${langs.map((l) => textField(ctx, l ? key('hours', l) : key('hours'), `${fieldLabel(ctx, h.label, l)} (${name})`, hours[l] ?? '', (v) => change((x) => setText(x, 'hours', langs, l, v)), false, h.hint(ctx.zone)))}
    </div>
    ${textField(ctx, key('opening_hours'), `${OPEN[uiLanguage(ctx.ui)].label} (${name})`, c.opening_hours ?? '', (v) => change((x) => (v.trim() ? (x.opening_hours = v) : delete x.opening_hours)), false, OPEN[uiLanguage(ctx.ui)].hint(ctx.zone), (v) => v.trim() && change((x) => (x.opening_hours = twentyFourHourTimes(v))))}
    <div class="row">
      ${i > 0 ? html`<button type="button" class="quiet" data-move=${`channel-up-${i}`} aria-label=${m.name('up', i + 1, named)} @click=${(e: Event) => move(ctx, e, i, 'up', named)}>${m.up}</button>` : nothing}
      ${i < ctx.channels.length - 1 ? html`<button type="button" class="quiet" data-move=${`channel-down-${i}`} aria-label=${m.name('down', i + 1, named)} @click=${(e: Event) => move(ctx, e, i, 'down', named)}>${m.down}</button>` : nothing}
      <button type="button" class="quiet" @click=${(e: Event) => (ctx.removeChannel(i), focusAfterRemoving(e, 'channels', i))}>${`${t.removeChannel} ${i + 1}`}</button>
    </div>
  </div>`;
}

/**
 * The channels, folded (fold.ts) once the feed has them, except while a new feed is set up: an update seldom changes
 * them. The summary names them in the order readers get them listed (emergency lines first: feed/channels.ts).
 */
export function renderChannels(ctx: ChannelContext, setup = false): TemplateResult {
  const { t } = ctx;
  const all = findingsFor(ctx, 'channels');
  const m = MOVE[uiLanguage(ctx.ui)];
  const { emergency, ordinary } = groupChannels(ctx.channels);
  const names = [...emergency, ...ordinary].map((c) => pickText(c.label, ctx.ui).trim()).filter((n) => n && !isPlaceholderOnly(n));
  return fold(ctx, 'channels', t.channels, ctx.channels.length ? `${m.count(ctx.channels.length)}: ${names.join(', ')}` : '', setup || !ctx.channels.length, html`<fieldset class="channels">
    <legend>${t.channels}</legend>
    ${ctx.channels.length > 1 ? html`<p class="hint">${m.order}</p>` : nothing}
    <p class="vh" role="status" data-moved="channels"></p>
    ${all.view} ${ctx.channels.map((c, i) => renderChannel(ctx, c, i))}
    <button type="button" class="quiet" data-add="channels" @click=${(e: Event) => (ctx.changeChannels((cs) => cs.push(newChannel('phone', cs, ctx.langs))), focusAdded(e, 'channels', ctx.channels.length))}>${t.addChannel}</button>
  </fieldset>`);
}
