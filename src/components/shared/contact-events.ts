/** Details of the contact events; every one bubbles and is composed (see `track()` in report.ts). */

export interface ClearlineContactDetail {
  /** Id of the channel whose link the reader followed. */
  channel: string;
  /** The contact reason the reader chose first, if any. */
  reason?: string;
  /** What the reader last searched for (as typed; scrubbed only when reported). */
  query?: string;
  /** The FAQ entry the reader came from, if any. */
  entry?: string;
  /** Ids of the incidents open at that moment; with none open, the one resolved in the last hour, which readers still see. */
  incidents: string[];
}

export interface ClearlineFeedbackDetail {
  entry: string;
  helpful: boolean;
  query?: string;
}

export interface ClearlineReasonDetail {
  reason: string;
  incidents: string[];
}

export interface ClearlineOpenDetail {
  entry: string;
  query?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'clearline-contact': CustomEvent<ClearlineContactDetail>;
    'clearline-feedback': CustomEvent<ClearlineFeedbackDetail>;
    'clearline-reason': CustomEvent<ClearlineReasonDetail>;
    'clearline-open': CustomEvent<ClearlineOpenDetail>;
  }
}
