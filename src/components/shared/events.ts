import type { ClockHint, ErrorCode } from '../../feed/errors.js';

export interface ClearlineLoadDetail {
  feedId: string;
  seq: number;
  issuedAt: string;
}

export interface ClearlineErrorDetail {
  code: ErrorCode;
  message: string;
  /** Only with `invalid`: `'ahead'` when the document is dated ahead of this device's clock (check the device's date and time). */
  clock?: ClockHint;
}

/** Dispatches a bubbling, composed clearline event from an element. */
export function emit<T>(host: HTMLElement, type: string, detail: T): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'clearline-load': CustomEvent<ClearlineLoadDetail>;
    'clearline-error': CustomEvent<ClearlineErrorDetail>;
  }
}
