/**
 * Where the keyboard focus goes in prepare mode (prepare-mode.ts) when a button's work changes the page under it.
 * - Save prepared text and Remove this prepared text are disabled while the studio writes the file, and Chromium then
 *   drops the focus to the page's body: once the work is done it goes back to the button pressed, if it is still there.
 * - Remove this prepared text closes the form it was in, so the focus fell to the body and the outcome was said only in
 *   the status line under the list: a keyboard or screen-reader user was left at the top of the page with nothing to go
 *   on. Now to the Edit button of the text that took its place in the list (the one before it when it was the last),
 *   else New prepared text when none is left; the status line still says what happened.
 * Actions, channels and contact reasons pass the focus on their own way (focus.ts).
 */

type Host = HTMLElement & { renderRoot: ParentNode; updateComplete: Promise<unknown> };

/** Runs `work`; the button that had the focus before gets it back after, when the focus was dropped meanwhile. */
export async function keepingFocus(host: Host, work: () => Promise<void>): Promise<void> {
  const root = host.renderRoot as ShadowRoot;
  const pressed = root.activeElement as HTMLElement | null;
  await work();
  await host.updateComplete;
  if (pressed?.isConnected && !root.activeElement) pressed.focus();
}

/** After the prepared text at `index` of the list was removed: the focus where the desk can go on. */
export async function focusAfterRemovedText(host: Host, index: number): Promise<void> {
  await host.updateComplete;
  const root = host.renderRoot;
  const edits = [...root.querySelectorAll<HTMLElement>('.incidents li button')];
  (edits[index] ?? edits[index - 1] ?? root.querySelector<HTMLElement>('.incidents .new > button'))?.focus();
}
