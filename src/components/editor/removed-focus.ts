/**
 * Where the keyboard focus goes once "Remove this prepared text" has done its work (prepare-mode.ts). The button was in
 * the form, which closes, so the focus fell back to the page's body and the outcome was said only in the status line under
 * the list: a keyboard or screen-reader user was left at the top of the page with nothing to go on. Now to the Edit button
 * of the text that took its place in the list (the one before it when it was the last), else New prepared text when none
 * is left; the status line still says what happened. A removal not made (the save failed) leaves the form open: back to
 * its Remove button, disabled while saving (Chromium then drops the focus). Actions, channels and contact reasons pass
 * the focus on their own way (focus.ts).
 */

type Host = HTMLElement & { renderRoot: ParentNode; updateComplete: Promise<unknown> };

/** After the prepared text at `index` of the list was removed (`removed`), or not: puts the focus where it can go on. */
export async function focusAfterRemovedText(host: Host, index: number, removed: boolean): Promise<void> {
  await host.updateComplete;
  const root = host.renderRoot;
  const edits = [...root.querySelectorAll<HTMLElement>('.incidents li button')];
  const target = removed ? (edits[index] ?? edits[index - 1] ?? root.querySelector<HTMLElement>('.incidents .new > button')) : root.querySelector<HTMLElement>('.remove-prepared');
  target?.focus();
}
