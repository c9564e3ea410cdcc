import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The room a floating bottom banner takes at the bottom of the viewport, published to the page as
 * one CSS custom property on the root element, so that `<clearline-help>` and the site's own fixed
 * corner buttons (a chat button, a "back to top") rise above the banner instead of covering it. At
 * 360 px the help launcher otherwise sat on the banner's next-update line. The elements never look
 * at each other: the banner says how much room it takes, and whoever wants reads the property.
 */
export const BANNER_SPACE = '--clearline-banner-space';

const spaces = new Map<object, number>();

/**
 * Records one banner's room (px; 0 or undefined: none) and writes the largest on the page. A page
 * that scrolls also gets that much room after its end (padding on the root element), so that its
 * last lines, often the footer with the contact links, can be scrolled up from under the banner:
 * at 360 px they stayed covered. A page that does not scroll gets none: a scroll bar appearing
 * would move the whole page on a desktop. The same room is its scroll padding: Chromium scrolls a
 * focused control only when it is outside the viewport, so one on screen but under the banner
 * stayed hidden there while a keyboard user tabbed down the page (WCAG 2.4.11).
 * The help launcher's room above the banner (`--clearline-help-space`, help/corner-room.ts) is added to both.
 */
export function setBannerSpace(banner: object, px: number | undefined, root: HTMLElement = document.documentElement): void {
  if (px && px > 0) spaces.set(banner, Math.ceil(px));
  else spaces.delete(banner);
  const most = Math.max(0, ...spaces.values());
  if (most) root.style.setProperty(BANNER_SPACE, `${most}px`);
  else root.style.removeProperty(BANNER_SPACE);
  const room = most + (parseFloat(root.style.getPropertyValue('--clearline-help-space')) || 0);
  const pad = room && root.scrollHeight > root.clientHeight ? `${room}px` : '';
  // Only room a banner took is taken back: a banner with nothing to show erased the page's own inline
  // padding (a cookie bar's script sets it) on every page. While one floats, its room replaces that padding.
  if (pad || padded) root.style.scrollPaddingBlockEnd = root.style.paddingBlockEnd = pad;
  padded = !!pad;
}

/** Whether the root's bottom padding is a banner's room. */
let padded = false;

/**
 * Keeps a banner's room up to date: measured after layout (ResizeObserver: when it appears, wraps
 * to more lines, is dismissed or hidden), and released when it leaves the page. `floating` says
 * whether the banner floats at the bottom (its placement).
 */
export class BannerSpace implements ReactiveController {
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly floating: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new ResizeObserver(() => this.measure());
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    setBannerSpace(this.host, 0);
  }

  /** From the banner's top edge to the bottom of the viewport (its offset included); 0 when hidden or not at the bottom. */
  measure(): void {
    const r = this.host.getBoundingClientRect();
    const shown = this.floating() && r.height > 0 && !this.host.hidden;
    setBannerSpace(this.host, shown ? innerHeight - r.top : 0);
  }
}
