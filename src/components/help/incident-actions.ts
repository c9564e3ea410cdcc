import { html, nothing } from 'lit';
import type { Action, Incident } from '../../feed/schema.js';
import { pickText } from '../../i18n/lang.js';

/**
 * The urgent (or can-wait) actions of the incidents in the help dialog's box: the lead incident's first, unnamed (the box
 * bears its title), then each other incident's under a small heading with that incident's title, as <clearline-status>
 * shows each incident's actions under its own title. A bus company's box, titled with a stuck tram, listed a strike's
 * "Everyone travelling today: Check the journey planner" among the tram's own actions, as if it were the tram's (trial O).
 * A box led by an all-clear (`lead`, not among them) names every one: a notice's "we never ask for your PIN" is not the all-clear's.
 */
export const actionLists = (incidents: Incident[], urgent: boolean, lang: string, item: (a: Action) => unknown, lead = incidents[0]) =>
  incidents.map((i) => {
    const list = i.actions?.filter((a) => !a.urgent !== urgent) ?? [];
    return list.length ? html`${i !== lead ? html`<h5 class="about">${pickText(i.title, lang)}</h5>` : nothing}<ul>${list.map(item)}</ul>` : nothing;
  });
