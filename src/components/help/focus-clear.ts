import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the fixed help button off the control a keyboard user is on (WCAG 2.4.11, focus not obscured). At 400 % zoom
 * (a 320 x 180 px viewport) the button, raised above a floating banner, sat on the site's "EN" link in the header: Tab
 * reached a link nobody could see, and a link at the top of the page cannot be scrolled out from under it. While focus
 * is on something outside the element that the button overlaps, the button fades and lets clicks through
 * (`data-yield`, rendered by the element); it comes back when focus moves on, and is itself reached by Tab as before.
 */
export class FocusClear implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  // Also after each key: focus moving inside another element's shadow root (a banner's link to its close button) sends
  // no focusin to the document, and the button stayed on the close button at 400 % zoom.
  hostConnected(): void {
    document.addEventListener('focusin', this.check, true);
    document.addEventListener('keyup', this.check, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('focusin', this.check, true);
    document.removeEventListener('keyup', this.check, true);
  }

  /** True while the page's focused control is under the button: the element renders the button with `data-yield`. */
  covered = false;

  private readonly check = () => {
    const launcher = this.host.shadowRoot?.querySelector<HTMLElement>('.launcher');
    if (!launcher) return;
    const target = deepActive();
    const inside = target instanceof Node && (this.host === target || this.host.contains(target) || this.host.shadowRoot!.contains(target));
    const covered = !inside && target instanceof Element && overlaps(target.getBoundingClientRect(), launcher.getBoundingClientRect());
    if (covered !== this.covered) {
      this.covered = covered;
      this.host.requestUpdate();
    }
  };
}

/** The focused element, inside open shadow roots too. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: DOMRectReadOnly, b: DOMRectReadOnly): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom && a.width > 0 && a.height > 0;
}
