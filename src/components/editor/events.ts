import type { GeneralJws } from '../../feed/envelope.js';
import type { StatusPayload } from '../../feed/schema.js';

/** `clearline-signed`: a feed was signed in the editor. */
export interface ClearlineSignedDetail {
  envelope: GeneralJws;
  payload: StatusPayload;
}

/** `clearline-published`: the signed feed is published and its `seq` is live at `url`. */
export interface ClearlinePublishedDetail {
  url: string;
  seq: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'clearline-signed': CustomEvent<ClearlineSignedDetail>;
    'clearline-published': CustomEvent<ClearlinePublishedDetail>;
  }
}
