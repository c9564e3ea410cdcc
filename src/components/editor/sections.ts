/**
 * The form's sections under the incident's texts, in the order a desk meets them: the actions, the earlier updates
 * (an update only), the FAQ answers that do not hold now (with the studio's FAQ), the contact channels and the contact
 * reasons; each folded when a desk seldom changes it (fold.ts).
 */
import type { nothing, TemplateResult } from 'lit';
import { renderChannels, type ChannelContext } from './channels.js';
import { renderEarlier } from './earlier.js';
import { renderFaqOutdated } from './faq-outdated.js';
import { renderActions } from './lists.js';
import { renderReasons, type ReasonContext } from './reasons.js';

/** A prepared text (prepare-mode.ts): its actions only; a copy takes no channels, reasons or FAQ marks, and has no history. */
export const renderSections = (ctx: ChannelContext & ReasonContext, isNew: boolean, prepare = false): Array<TemplateResult | typeof nothing> => prepare ? [renderActions(ctx)] : [
  renderActions(ctx),
  renderEarlier(ctx),
  renderFaqOutdated(ctx),
  renderChannels(ctx, isNew),
  renderReasons(ctx, isNew),
];
