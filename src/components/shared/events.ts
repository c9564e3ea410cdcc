import type { ErrorCode } from '../../feed/errors.js';

export interface ClearlineLoadDetail {
  feedId: string;
  seq: number;
  issuedAt: string;
}

export interface ClearlineErrorDetail {
  code: ErrorCode;
  message: string;
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
