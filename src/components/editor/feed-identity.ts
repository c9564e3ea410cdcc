/**
 * "New feed": for a feed that has no identity yet, the publisher's name and website, the feed id
 * (suggested from the name) and the time zone (the browser's by default). The feed is built with
 * `newFeed` from src/feed/new-feed.ts, as `clearline new incident --feed-id --publisher
 * --publisher-url --time-zone` builds it; schema and lint findings appear next to these fields.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { publisherUrl } from '../../feed/new-feed.js';
import type { FeedDraft } from '../../feed/update.js';
import { pickText } from '../../i18n/lang.js';
import { fieldId, findingsFor, textField, type FormContext } from './form.js';

export interface IdentityChange {
  publisher?: string;
  publisherUrl?: string;
  feedId?: string;
  timeZone?: string;
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
  return html`<fieldset class="identity">
    <legend>${t.newFeed}</legend>
    <p class="hint">${t.newFeedHint}</p>
    <div class="row">
      ${textField(ctx, 'publisher/name', t.publisherName, pickText(feed.publisher?.name ?? '', ctx.ui), (v) => ctx.changeIdentity({ publisher: v }))}
      ${textField(ctx, 'publisher/url', t.publisherUrl, feed.publisher?.url ?? '', (v) => ctx.changeIdentity({ publisherUrl: v }), false, '', (v) => ctx.changeIdentity({ publisherUrl: publisherUrl(v) }))}
    </div>
    <div class="row">
      ${textField(ctx, 'feed_id', t.feedId, feed.feed_id, (v) => ctx.changeIdentity({ feedId: v.trim() }), false, t.feedIdHint)}
      <div class="field" data-field="time_zone">
        <label for=${zoneId}>${t.timeZone}</label>
        <span class="hint" id=${hintId}>${t.timeZoneHint}</span>
        <input id=${zoneId} type="text" list="f-zones" autocomplete="off" spellcheck="false" .value=${feed.time_zone ?? ''} aria-invalid=${zone.invalid ? 'true' : 'false'} aria-describedby=${[hintId, zone.ids].filter(Boolean).join(' ')}
          @input=${(e: Event) => ctx.changeIdentity({ timeZone: (e.target as HTMLInputElement).value.trim() })} @blur=${() => ctx.touch('time_zone')} />
        <datalist id="f-zones">${guard([], () => allZones().map((z) => html`<option value=${z}></option>`))}</datalist>
        ${zone.view ?? nothing}
      </div>
    </div>
  </fieldset>`;
}
