/** The signing and publishing section: key file, Sign, Download, Publish, and what happened. */
import { html, nothing, type TemplateResult } from 'lit';
import type { SigningKey } from '../../feed/sign.js';
import type { Finding } from '../../lint/index.js';
import { placeOf } from '../../lint/place.js';
import type { KeyFileProblem } from './key-file.js';
import type { PublishController } from './publish-controller.js';
import type { EditorTerms } from './terms.js';
import { PROBLEM_TERMS } from './problem-terms.js';
import { PUBLISH_TERMS } from './publish-terms.js';
import { PUBLISH_MODE_TERMS, publishModeOf, signedPath } from './publish-mode.js';
import { AHEAD_TERMS } from './ahead-terms.js';
import type { UiLanguage } from '../../i18n/terms.js';
import { focusAfter } from './focus.js';
import { HELD_RULES } from './findings.js';
import { onlyNoticesLapse } from '../../feed/notice.js';
export { focusAfter };

/** The Sign button, where the focus goes when a button's next step is signing (Apply my edit on top, Re-sign now). */
export const SIGN_BUTTON = '.sign .buttons .sign-button';

export interface SignContext {
  t: EditorTerms;
  key?: SigningKey;
  keyError: string;
  /** Why there is no key, said in the UI language (terms.ts keyFile, needKey) instead of keyError. */
  keyProblem?: KeyFileProblem | 'missing';
  keyNotPinned: boolean;
  remembered: boolean;
  /** The studio signs on the server with its --key. */
  serverKey: boolean;
  canSave: boolean;
  canPut: boolean;
  /** The studio said what Publish does (publish-mode.ts): `command` runs its publish command, `save` only saves. Else: not said (embedded). */
  publishMode?: string;
  errors: Finding[];
  /** Suggestions (signing is allowed): counted; once Sign was pressed those at fields are listed too (a tired desk does not scroll back up). */
  warnings: Finding[];
  /** Findings with no field on screen: their suggestions are listed at once, their problems once Sign was pressed. */
  elsewhere: Finding[];
  /** The feed's incidents, so a finding elsewhere names its incident by its title (lint/place.ts). */
  incidents: readonly { id: string; title?: unknown }[];
  /** The studio's language, for where findings are (lint/place.ts). */
  ui: 'en' | 'nl';
  attempted: boolean;
  /** Why the form's edit cannot be made into a feed (e.g. after Apply my edit on top): said, and Sign refuses. */
  buildError?: string;
  publish: PublishController;
  describeTime(iso: string): string;
  clock(ms: number): string;
  onKeyFile(e: Event): void;
  onRemember(e: Event): void;
  onForget(): void;
  /** Sign; `fresh`: with the time of now, the issued_at, expires_at and seq kept in the feed left out (ahead-terms.ts). */
  onSign(fresh?: boolean): void;
  onDownload(): void;
  onPublish(): void;
  onApplyOnTop(): void;
  /** A held suggestion confirmed as meant (findings.ts HELD_RULES), by its message. */
  onConfirm?(message: string): void;
}

/**
 * Signed and not yet saved or sent: Publish is the next step, the primary button, and the outcome says so. A telecom's
 * desk pressed the blue "Ondertekenen", read "Ondertekend om 11:38" and took it for published; nothing was (trial L).
 */
const toPublish = (ctx: SignContext) => (ctx.canSave || ctx.canPut) && ctx.publish.phase === 'signed';

function outcome(ctx: SignContext): TemplateResult | typeof nothing {
  const { t, publish: p } = ctx;
  const seq = p.signed?.payload.seq ?? 0;
  const lines: (TemplateResult | string)[] = [];
  const signed = p.signed?.payload;
  const lapse = signed && (!signed.incidents.some((i) => i.phase !== 'resolved') || (onlyNoticesLapse(signed.incidents, Date.parse(signed.expires_at)) && 'notice'));
  if (signed) lines.push(t.signed(ctx.clock(Date.parse(signed.issued_at)), ctx.describeTime(signed.expires_at), lapse));
  // What Publish will do: without a publish command it only saves, and "Press Publish to put it live" promised more.
  const mode = ctx.canSave ? publishModeOf(ctx.publishMode) : undefined;
  if (toPublish(ctx)) lines.push(mode ? PUBLISH_MODE_TERMS[ctx.ui].afterSign[mode] : PUBLISH_TERMS[ctx.ui].notPublished);
  // The studio's save: which files, where, and what the publish command did (or that there is none).
  const saved = p.saved;
  const noCommand = saved !== undefined && saved.exitCode === undefined;
  if (saved?.files.length) lines.push(t.saved(saved.files, saved.folder));
  if (saved?.exitCode !== undefined) lines.push(t.commandRan(saved.exitCode));
  // The signed file as saved, by its full path: a studio started on studio.json saves studio.jws.json, and was told to put
  // feed.jws.json on the website (an older one from the CLI lay beside it); and the desk did not know where it was.
  if (noCommand && p.phase !== 'live') lines.push(PUBLISH_MODE_TERMS[ctx.ui].savedOnly(signedPath(saved)));
  if (p.phase === 'live') lines.push(t.live(ctx.clock(Date.now())));
  // Without a publish command nothing is on its way to the website, so there is nothing to wait a minute for.
  if (p.phase === 'not-live' && !noCommand) lines.push(p.unread ? PUBLISH_TERMS[ctx.ui].unread(p.publicUrl ?? '', p.unread) : t.notLive(p.liveSeq !== undefined && p.liveSeq < seq));
  // An issued_at ahead refused (ahead-terms.ts): its own "Not signed: …", with the button to sign with the time of now.
  if (p.phase === 'error' && p.message) lines.push(p.ahead ? p.message : `${t.error}: ${p.message}`);
  if (p.phase === 'working') lines.push(t.working);
  if (!lines.length && !p.conflict) return nothing;
  return html`<div class="outcome" role="status">
    ${lines.map((l) => html`<p>${l}</p>`)}
    ${p.phase === 'error' && p.ahead ? html`<button type="button" class="sign-now" @click=${() => ctx.onSign(true)}>${AHEAD_TERMS[ctx.ui].signNow}</button>` : nothing}
    ${p.phase === 'not-live' && !noCommand ? html`<button type="button" class="quiet check-again" @click=${() => void p.confirm(seq)}>${PUBLISH_TERMS[ctx.ui].checkAgain}</button>` : nothing}
    ${p.output ? html`<pre class="output">${p.output}</pre>` : nothing}
    ${p.phase === 'conflict' && p.conflict
      ? html`<div class="conflict" role="alert">
          <p>${t.conflict}</p>
          <ul>
            ${p.conflict.changes.map((c) => html`<li>${t.conflictChanged(c)}</li>`)}
          </ul>
          <button type="button" @click=${(e: Event) => (ctx.onApplyOnTop(), focusAfter(e, SIGN_BUTTON))}>${t.applyOnTop}</button>
        </div>`
      : nothing}
  </div>`;
}

/** The tick that lets a held suggestion through (findings.ts HELD_RULES): the number is meant, such as a scammer's quoted in a warning. */
const CONFIRM = {
  en: 'This number is right as it is (such as a scammer’s number you warn about): sign anyway',
  nl: 'Dit nummer klopt zo (bijvoorbeeld het nummer van een oplichter waarvoor u waarschuwt): toch ondertekenen',
} as const;

/** Findings with no field on screen, each with where it is in words, what is wrong and the fix. */
function findingList(ctx: SignContext, findings: Finding[]): TemplateResult {
  return html`<ul class="findings">
    ${findings.map(
      (f) => html`<li class=${f.severity} data-rule=${f.rule}>${placeOf(f.path, ctx.ui, ctx.incidents)}: ${f.message}. ${f.fix}
        ${f.severity === 'error' && ctx.onConfirm && HELD_RULES.includes(f.rule) ? html`<label class="check"><input type="checkbox" @change=${() => ctx.onConfirm!(f.message)} /> ${CONFIRM[ctx.ui]}</label>` : nothing}</li>`,
    )}
  </ul>`;
}

export function renderSignPanel(ctx: SignContext): TemplateResult {
  const { t } = ctx;
  const keyError = ctx.keyProblem === 'missing' ? t.needKey : ctx.keyProblem ? t.keyFile[ctx.keyProblem] : ctx.keyError;
  const errorsElsewhere = ctx.elsewhere.filter((f) => f.severity === 'error');
  // The problems at the fields said again at the Sign button: a bus company's desk, at the bottom of a 4,900 px page,
  // read "Not signed: 1 problem … shown next to the fields" with the field far above.
  const atFields = ctx.errors.filter((f) => !ctx.elsewhere.includes(f));
  const notes = ctx.elsewhere.filter((f) => f.severity !== 'error');
  // Listed beside Publish once signed: a bank's desk signed and published English in the Dutch field, said only in an
  // orange note at the field far above and "1 suggestion (signing is allowed)" here (trial E).
  const suggestions = ctx.attempted ? ctx.warnings.filter((f) => !ctx.elsewhere.includes(f)) : [];
  // Their count beside "Not signed: 1 problem to fix first" no longer says "(signing is allowed)" (trial W): terms.ts warnings.
  return html`<section class="sign">
    ${ctx.serverKey
      ? html`<p class="hint">${t.keyOnServer}</p>`
      : html`<div class="field">
          <label for="f-key">${t.signingKey}</label>
          <span class="hint" id="f-key-hint">${t.signingKeyHint}</span>
          <input id="f-key" type="file" accept=".json,application/json,application/jwk+json" aria-describedby="f-key-hint${keyError ? ' f-key-error' : ''}" @change=${ctx.onKeyFile} />
          ${keyError ? html`<p class="problem" id="f-key-error" role="alert">${keyError}</p>` : nothing}
          ${ctx.key
            ? html`<p class="key-ready">${t.keyReady(ctx.key.kid, ctx.key.alg, ctx.remembered)}</p>
                ${ctx.keyNotPinned ? html`<p class="problem" role="alert">${t.keyNotPinned}</p>` : nothing}
                ${ctx.remembered
                  ? html`<button type="button" class="quiet" @click=${(e: Event) => (ctx.onForget(), focusAfter(e, '#f-key'))}>${t.forgetKey}</button>`
                  : html`<label class="check"><input type="checkbox" @change=${ctx.onRemember} /> ${t.rememberKey}</label>`}`
            : nothing}
        </div>`}
    ${ctx.attempted && ctx.errors.length
      ? html`<div class="blocked" role="alert">
          <p>${t.blocked(ctx.errors.length, atFields.length > 0)}</p>
          ${atFields.length ? findingList(ctx, atFields) : nothing}
          ${errorsElsewhere.length ? html`<p>${t.elsewhere}:</p> ${findingList(ctx, errorsElsewhere)}` : nothing}
        </div>`
      : nothing}
    ${ctx.buildError ? html`<p class="problem" role="alert">${t.cannotApply(ctx.buildError)}</p>` : nothing}
    ${ctx.attempted && !ctx.key && !ctx.serverKey && !ctx.errors.length && !keyError ? html`<p class="problem" role="alert">${t.needKey}</p>` : nothing}
    ${ctx.warnings.length ? html`<p class="hint">${t.warnings(ctx.warnings.length, ctx.attempted ? ctx.errors.length : 0)}</p>` : nothing}${suggestions.length ? findingList(ctx, suggestions) : nothing}
    ${notes.length ? html`<div class="notes"><p>${t.elsewhere}:</p> ${findingList(ctx, notes)}</div>` : nothing}
    <div class="row buttons">
      <button type="button" class=${toPublish(ctx) ? 'sign-button' : 'sign-button primary'} @click=${() => ctx.onSign()}>${t.sign}</button>
      <button type="button" ?hidden=${!ctx.publish.signed} @click=${ctx.onDownload}>${t.download}</button>
      ${ctx.canSave || ctx.canPut ? html`<button type="button" class=${toPublish(ctx) ? 'publish-button primary' : 'publish-button'} ?hidden=${!ctx.publish.signed} @click=${ctx.onPublish}>${t.publish}</button>` : nothing}
    </div>
    ${outcome(ctx)}
  </section>`;
}

/**
 * The page when the feed cannot be opened. A feed.json that is not JSON is said by the studio as the
 * CLI says it (json-error.ts): where and what, then its line with a caret under the spot, kept as typed
 * so the caret stands under the spot; before, the lines ran together.
 */
/**
 * The studio: the signed feed beside feed.json (`file`) is damaged; publishing again replaces it. In the
 * editor's language, with the button that re-signs the feed unchanged when no form is open (`again`).
 */
export const renderSignedDamaged = (file: string, ui: UiLanguage, again?: { label: string; resign: (pressed: Event) => void }): TemplateResult =>
  html`<p class="problem">${PROBLEM_TERMS[ui].signedDamaged(file)} ${again ? html`<button type="button" @click=${again.resign}>${again.label}</button>` : nothing}</p>`;

export function renderLoadProblem(message: string): TemplateResult {
  const lines = message.split('\n');
  const shown = (l: string) => /^ +\d* \| /.test(l) || /^ +\| *\^$/.test(l);
  const first = lines.findIndex(shown);
  const end = first < 0 ? -1 : first + lines.slice(first).findIndex((l) => !shown(l));
  const code = first < 0 ? [] : lines.slice(first, end < first ? undefined : end);
  const words = first < 0 ? lines : [...lines.slice(0, first), ...(end < first ? [] : lines.slice(end))];
  return html`<div class="root" part="base"><div class="problem" role="alert">
    <p>${words[0]}</p>
    ${code.length ? html`<pre>${code.join('\n')}</pre>` : nothing}
    ${words.slice(1).map((w) => html`<p>${w}</p>`)}
  </div></div>`;
}

