import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The help button's room at the bottom of the viewport (its height and distance from the bottom, without its rise above
 * a banner), set on the page's root element as `--clearline-help-space`; on a page that scrolls, added after the page's
 * end and to its scroll padding, on top of a floating banner's room (`--clearline-banner-space`; banner/page-space.ts
 * adds this one in turn). At 360 px and at 200 % zoom the button stayed on a status page's last lines and hid "Bel direct
 * 0800-9009" (trial R): now they can be scrolled up from under it, and a control reached with Tab is scrolled clear of it.
 * Measured again when the button changes size or the page grows (a status page's text arrives after the button).
 * The banner's module is not imported: that would move it into the chunk every status page loads.
 */
export class CornerRoom implements ReactiveController {
  private padded = false;
  private readonly observer = new ResizeObserver(() => this.set(parseFloat(getComputedStyle(this.host).bottom) + this.host.offsetHeight));

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
    this.observer.observe(document.documentElement);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.set(0);
  }

  private set(px: number): void {
    const root = document.documentElement;
    const s = root.style;
    const own = Math.ceil(px);
    if (own > 0) s.setProperty('--clearline-help-space', `${own}px`);
    else s.removeProperty('--clearline-help-space');
    const room = own + (parseFloat(s.getPropertyValue('--clearline-banner-space')) || 0);
    const pad = room && root.scrollHeight > root.clientHeight ? `${room}px` : '';
    // Only room it took is taken back (as the banner does): a page's own inline padding stays.
    if (pad || this.padded) s.scrollPaddingBlockEnd = s.paddingBlockEnd = pad;
    this.padded = !!pad;
  }
}
