/** The live preview: the real reader elements with the draft as trusted data, per language and width. */
import { html, nothing, type TemplateResult } from 'lit';
import '../badge/badge.js';
import '../banner/banner.js';
import '../status/status.js';
import { validatePayload, type StatusPayload } from '../../feed/schema.js';
import { stampPayload } from '../../feed/sign.js';
import type { FeedDraft } from '../../feed/update.js';
import { pickText, setReaderZone, uiLanguage } from '../../i18n/lang.js';
import { placeOf } from '../../lint/place.js';
import { renderChannelPreview } from './channel-preview.js';
import { renderEmailPreview } from './email-preview.js';
import { languageName } from './form.js';
import { previewTag } from './locale.js';
import type { SmsParts } from './sms-parts.js';
import type { EditorTerms } from './terms.js';

export interface PreviewContext {
  t: EditorTerms;
  ui: string;
  /** The feed's zone: English texts are previewed as a page in its region shows them (locale.ts). */
  zone?: string;
  langs: string[];
  lang: string;
  width: 'phone' | 'desktop';
  theme?: 'light' | 'dark';
  setLang(l: string): void;
  setWidth(w: 'phone' | 'desktop'): void;
  /** The example next update the preview shows (exampleNextUpdate), in words; none once one is chosen. */
  example?: string;
  /** The incident in the form, whose phone message, SMS and e-mail are shown below the elements; and the clock. */
  incident?: string;
  now?: number;
  /** False when the studio renders after it left the page: the readers' clock is then left alone. */
  connected?: boolean;
  /** The SMS shown in one or two parts, chosen above it (sms-parts.ts); kept while the page is open. */
  smsParts?: SmsParts;
  setSmsParts?(p: SmsParts): void;
  /** Text typed since the preview was made waits for a pause (preview-pace.ts): aria-busy, and dimmed if it lasts. */
  busy?: boolean;
}

/** The costly part of the preview: the readers' payload and the exporters' messages (made again when typing pauses). */
export interface PreviewParts {
  payload?: StatusPayload;
  /** Where the first problem is when there is no payload (previewOf). */
  blocked?: string;
  channels: TemplateResult | typeof nothing;
  email: TemplateResult | typeof nothing;
}

/** Makes the preview's payload and runs the exporters for the incident in the form. */
export function previewParts(feed: FeedDraft, ctx: PreviewContext): PreviewParts {
  const now = ctx.now ?? Date.now();
  const [payload, blocked] = previewOf(feed, now);
  if (!payload || !ctx.incident) return { payload, blocked, channels: nothing, email: nothing };
  return {
    payload,
    blocked,
    channels: renderChannelPreview(payload, { ui: ctx.ui, lang: ctx.lang, incident: ctx.incident, now, parts: ctx.smsParts, setParts: ctx.setSmsParts }),
    email: renderEmailPreview(payload, { ui: ctx.ui, lang: ctx.lang, incident: ctx.incident, now }),
  };
}

/** An open incident without its next update yet; not a notice (severity info), which may promise none (feed/notice.ts). */
const waiting = (i: FeedDraft['incidents'][number]) => i.phase !== 'resolved' && !i.next_update_at && i.severity !== 'info';

/**
 * The next update the preview shows for an open incident still waiting for its time: 30 minutes
 * ahead (ISO), or undefined when every open incident has one. Said above the preview as an example.
 */
export function exampleNextUpdate(feed: FeedDraft, now: number): string | undefined {
  return feed.incidents.some(waiting) ? new Date(now + 30 * 60_000).toISOString().replace(/\.\d+Z$/, 'Z') : undefined;
}

/**
 * What readers would see: the feed stamped as if signed now. An incident still waiting for its
 * next-update time is shown with one 30 minutes ahead (exampleNextUpdate), so the preview does not
 * go blank mid-edit; the page says so above it.
 */
export function previewPayload(feed: FeedDraft, now: number): StatusPayload | undefined {
  return previewOf(feed, now)[0];
}

/**
 * The preview's payload, or none and where the first thing readers cannot be shown is (a path, such as
 * `channels/3/href` for a channel added whose link is not typed yet): said where the preview was.
 */
export function previewOf(feed: FeedDraft, now: number): [StatusPayload | undefined, string?] {
  const example = exampleNextUpdate(feed, now);
  const filled = { ...feed, incidents: feed.incidents.map((i) => (waiting(i) ? { ...i, next_update_at: example } : i)) };
  // One seq for every version the preview shows: the elements announce a new seq whose incidents
  // changed, and a screen-reader user typing an update should not hear "Nieuwe update: …" each minute.
  const payload = stampPayload({ ...filled, seq: feed.seq ?? 1 } as Record<string, unknown>, 3_600_000, now);
  // A feed still being set up may lack its id and publisher; the preview stands in for them.
  const pub = feed.publisher ?? { name: '', url: '' };
  const publisher = { name: pickText(pub.name, 'en') ? pub.name : 'Publisher', url: /^https:\/\/\S+$/.test(pub.url) ? pub.url : 'https://example.com' };
  // A status page address still being typed (http:, no scheme) is left out rather than blanking the preview.
  if (typeof payload.status_url === 'string' && !/^https:\/\/\S+$/.test(payload.status_url)) delete payload.status_url;
  const valid = validatePayload('status', { ...payload, feed_id: /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(feed.feed_id) ? feed.feed_id : 'preview', publisher });
  return valid.ok ? [valid.value] : [undefined, valid.issues[0]?.path ?? ''];
}

/**
 * Said where the preview was while the feed cannot be shown to readers at all: it vanished without a
 * word when a desk pressed "Kanaal toevoegen", until the new line's number was typed.
 */
const NO_PREVIEW = {
  en: (place: string) => `No preview for now: readers cannot be shown the feed until this is filled in or right: ${place}.`,
  nl: (place: string) => `Even geen voorbeeld: lezers kunnen de feed pas zien als dit is ingevuld of klopt: ${place}.`,
} as const;

/** The preview around `parts` (previewParts), made now or when typing last paused. */
export function renderPreview(ctx: PreviewContext, parts: PreviewParts): TemplateResult {
  const { t } = ctx;
  const { payload, blocked } = parts;
  // The elements show times as readers in the feed's zone see them (most customers), as the studio
  // writes every other time: "Next update 12:31", not the desk's own "11:31 GMT" (i18n/lang.ts).
  if (ctx.connected !== false) setReaderZone(payload?.time_zone);
  const tag = previewTag(ctx.lang || ctx.ui, ctx.zone);
  const radio = (name: string, value: string, checked: boolean, label: string, set: () => void) =>
    html`<label class="check"><input type="radio" name=${name} .value=${value} .checked=${checked} @change=${set} /> ${label}</label>`;
  return html`<section class="preview" aria-labelledby="preview-heading" aria-busy=${ctx.busy ? 'true' : 'false'}>
    <h3 id="preview-heading">${t.preview}</h3>
    <div class="row">
      <fieldset class="switch">
        <legend>${t.previewLanguage}</legend>
        ${ctx.langs.filter(Boolean).map((l) => radio('preview-lang', l, l === ctx.lang, languageName(l, ctx.ui), () => ctx.setLang(l)))}
      </fieldset>
      <fieldset class="switch">
        <legend>${t.previewWidth}</legend>
        ${radio('preview-width', 'phone', ctx.width === 'phone', t.phone, () => ctx.setWidth('phone'))}
        ${radio('preview-width', 'desktop', ctx.width === 'desktop', t.desktop, () => ctx.setWidth('desktop'))}
      </fieldset>
    </div>
    ${ctx.example && payload ? html`<p class="hint example" id="preview-example">${t.previewExample(ctx.example)}</p>` : nothing}
    ${!payload && blocked !== undefined ? html`<p class="hint no-preview">${NO_PREVIEW[uiLanguage(ctx.ui)](placeOf(blocked, uiLanguage(ctx.ui)))}</p>` : nothing}
    ${payload
      ? html`<div class="frame ${ctx.width}" lang=${tag} part="preview">
          <clearline-badge .data=${payload} lang=${tag} theme=${ctx.theme ?? nothing}></clearline-badge>
          <clearline-banner placement="inline" .data=${payload} lang=${tag} theme=${ctx.theme ?? nothing}></clearline-banner>
          <clearline-status .data=${payload} lang=${tag} heading-level="4" theme=${ctx.theme ?? nothing}></clearline-status>
        </div>`
      : nothing}
    ${parts.channels} ${parts.email}
  </section>`;
}
