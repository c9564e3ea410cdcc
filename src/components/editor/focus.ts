/**
 * Where the keyboard focus goes when the button it was on changes the form under it. A desk working
 * with the keyboard pressed "Add channel" and kept the focus on that button, now pushed below the
 * screen by the new channel's fields; "+ Act now" left it on the next suggestion's button, far below;
 * "Remove action 1", "Remove contact reason 1" and "use tomorrow at 0:30" removed the button it was on,
 * so the focus fell back to the top of the page. Now it goes to what was added, or to what took the
 * removed one's place.
 */
import type { LitElement } from 'lit';

/** The first field of a list item (its `data-field`, e.g. `actions/2`, `channels/0`, `contact_reasons/1`). */
export const firstField = (item: string): string => `[data-field="${item}"] :is(input, select, textarea)`;

/** The "Add …" button of a list (`data-add`). */
export const addButton = (list: string): string => `button[data-add="${list}"]`;

/**
 * Once the editor has rendered the change the pressed button made (call it after the change), puts
 * the keyboard focus on the first of `targets` (selectors in the editor's shadow root) that is there.
 */
export function focusAfter(pressed: Event, ...targets: string[]): void {
  const root = (pressed.currentTarget as HTMLElement | null)?.getRootNode() as ShadowRoot | undefined;
  const host = root?.host as LitElement | undefined;
  if (!root || !host) return;
  // Called after the change: updateComplete is then the render it asked for.
  void host.updateComplete.then(() => {
    for (const t of targets) {
      const el = root.querySelector<HTMLElement>(t);
      if (el) return el.focus();
    }
  });
}

/** After item `i` of `list` was removed: the item now in its place, else the list's "Add …" button. */
export const focusAfterRemoving = (pressed: Event, list: string, i: number): void => focusAfter(pressed, firstField(`${list}/${i}`), addButton(list));

/** After an item was added to `list` at index `i`: its first field. */
export const focusAdded = (pressed: Event, list: string, i: number): void => focusAfter(pressed, firstField(`${list}/${i}`));
