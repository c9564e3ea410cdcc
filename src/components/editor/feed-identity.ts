/**
 * "New feed": for a feed that has no identity yet, the languages it is written in, the publisher's
 * name and website, its status page, the feed id (suggested from the name) and the time zone (the
 * browser's by default). The feed is built with
 * `newFeed` from src/feed/new-feed.ts, as `clearline new incident --feed-id --publisher
 * --publisher-url --time-zone` builds it; schema and lint findings appear next to these fields.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { publisherUrl, zoneSpelling } from '../../feed/new-feed.js';
import type { FeedDraft } from '../../feed/update.js';
import { unwrittenLanguages } from '../../feed/languages.js';
import { pickText, uiLanguage } from '../../i18n/lang.js';
import { feedLanguages } from './draft.js';
import { fieldId, findingsFor, textField, type FormContext } from './form.js';
import type { IdentityChange } from './identity-change.js';
import { LANGUAGE_CHOICES, SETUP_TERMS } from './setup-terms.js';

export type { IdentityChange };

/**
 * The languages the form writes: those given (the `languages` attribute), else a new feed's chosen ones, else those of
 * its texts, else Dutch and English. A feed without texts: its contact reasons' languages, else English only on a
 * British, Irish, North American or Australasian clock.
 */
export function formLanguages(given: string, s: { isNew: boolean; languages?: string[]; base: FeedDraft }): string[] {
  const list = given.split(',').map((l) => l.trim()).filter(Boolean);
  return list.length ? list : (s.isNew && s.languages) || feedLanguages(s.base, unwrittenLanguages(s.base));
}

export interface IdentityContext extends FormContext {
  feed: FeedDraft;
  changeIdentity(change: IdentityChange): void;
}

export { IDENTITY_FIELDS } from './findings.js';

let zones: string[] | undefined;
const allZones = () => (zones ??= (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? []);

export function renderFeedIdentity(ctx: IdentityContext): TemplateResult {
  const { t, feed } = ctx;
  const zone = findingsFor(ctx, 'time_zone');
  const zoneId = fieldId('time_zone');
  const hintId = `${zoneId}-hint`;
  const w = SETUP_TERMS[uiLanguage(ctx.ui)];
  const chosen = ctx.langs.join(',');
  // The UI's own language first among the one-language choices ("English only" in an English studio).
  const choices = [...LANGUAGE_CHOICES].sort((a, b) => b.length - a.length || Number(b[0] === uiLanguage(ctx.ui)) - Number(a[0] === uiLanguage(ctx.ui)));
  return html`<fieldset class="identity">
    <legend>${t.newFeed}</legend>
    <p class="hint">${t.newFeedHint}</p>
    <fieldset class="choices" aria-describedby="f-languages-hint">
      <legend>${w.languages}</legend>
      <span class="hint" id="f-languages-hint">${w.languagesHint}</span>
      ${choices.map(
        (ls) => html`<label class="check"><input type="radio" name="feed-languages" .value=${ls.join(',')} .checked=${ls.join(',') === chosen} @change=${() => ctx.changeIdentity({ languages: ls })} /> ${w.choice(ls)}</label>`,
      )}
    </fieldset>
    <div class="row">
      ${textField(ctx, 'publisher/name', t.publisherName, pickText(feed.publisher?.name ?? '', ctx.ui), (v) => ctx.changeIdentity({ publisher: v }))}
      ${textField(ctx, 'publisher/url', t.publisherUrl, feed.publisher?.url ?? '', (v) => ctx.changeIdentity({ publisherUrl: v }), false, '', (v) => ctx.changeIdentity({ publisherUrl: publisherUrl(v) }))}
    </div>
    ${textField(ctx, 'status_url', w.statusUrl, feed.status_url ?? '', (v) => ctx.changeIdentity({ statusUrl: v.trim() }), false, w.statusUrlHint, (v) => ctx.changeIdentity({ statusUrl: publisherUrl(v) }))}
    <div class="row">
      ${textField(ctx, 'feed_id', t.feedId, feed.feed_id, (v) => ctx.changeIdentity({ feedId: v.trim() }), false, t.feedIdHint)}
      <div class="field" data-field="time_zone">
        <label for=${zoneId}>${t.timeZone}</label>
        <span class="hint" id=${hintId}>${t.timeZoneHint}</span>
        <input id=${zoneId} type="text" list="f-zones" autocomplete="off" spellcheck="false" .value=${feed.time_zone ?? ''} aria-invalid=${zone.invalid ? 'true' : 'false'} aria-describedby=${[hintId, zone.ids].filter(Boolean).join(' ')}
          @input=${(e: Event) => ctx.changeIdentity({ timeZone: (e.target as HTMLInputElement).value.trim() })}
          @change=${(e: Event) => ctx.changeIdentity({ timeZone: zoneSpelling((e.target as HTMLInputElement).value) })} @blur=${() => ctx.touch('time_zone')} />
        <datalist id="f-zones">${guard([], () => allZones().map((z) => html`<option value=${z}></option>`))}</datalist>
        ${zone.view ?? nothing}
      </div>
    </div>
  </fieldset>`;
}
