/**
 * Escape closes the help dialog, also from inside the FAQ (which uses Escape to clear its search): seen in the
 * capture phase, a first Escape in a filled search field only clears it, the next one closes.
 */
export const escapeCloses = (hide: () => void) => ({
  capture: true,
  handleEvent: (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    const target = e.composedPath()[0];
    if (target instanceof HTMLInputElement && target.value) return;
    e.preventDefault();
    hide();
  },
});
