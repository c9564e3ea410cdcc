/** Rules for contact channels. */
import { defineRule } from '../rule.js';
import { eachObject, isBlank } from '../walk.js';
import { CLARITY_LIMITS } from './limits.js';

export const waitWithoutReason = defineRule('wait-without-reason', 'warning', function* ({ doc }) {
  const found: { path: string; wait: number }[] = [];
  eachObject(doc.channels, 'channels', (c, path) => {
    if (typeof c.wait_minutes === 'number' && c.wait_minutes > CLARITY_LIMITS.waitMinutes && isBlank(c.reason)) found.push({ path, wait: c.wait_minutes });
  });
  for (const { path, wait } of found) {
    yield {
      path: `${path}/reason`,
      message: { en: `a wait of ${wait} minutes is given without a reason`, nl: `er staat een wachttijd van ${wait} minuten zonder reden` },
      fix: {
        en: 'Add a "reason" (e.g. "very many calls because of the storm") and, if you can, a faster channel.',
        nl: 'Schrijf erbij waarom mensen zo lang wachten (bijv. “heel veel telefoontjes door de storm”) en noem, als het kan, een snellere manier om ons te bereiken.',
      },
    };
  }
});
