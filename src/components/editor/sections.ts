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

export const renderSections = (ctx: ChannelContext & ReasonContext, isNew: boolean): Array<TemplateResult | typeof nothing> => [
  renderActions(ctx),
  renderEarlier(ctx),
  renderFaqOutdated(ctx),
  renderChannels(ctx, isNew),
  renderReasons(ctx, isNew),
];
