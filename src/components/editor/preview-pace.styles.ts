import { css } from 'lit';

// While typing goes on for more than a second, the preview's reader elements and messages dim a little: they show
// the text of a moment ago (preview-pace.ts, aria-busy). A pause in typing shows the latest text within a third of a
// second, before the dimming starts, so the preview does not flicker at every pause; the dimming ends at once.
export const paceStyles = css`
  .preview > .frame,
  .preview > .channel-preview {
    transition: opacity 0.15s;
  }
  .preview[aria-busy='true'] > .frame,
  .preview[aria-busy='true'] > .channel-preview {
    opacity: 0.7;
    transition: opacity 0.3s 1s;
  }
  @media (prefers-reduced-motion: reduce) {
    .preview > .frame,
    .preview > .channel-preview,
    .preview[aria-busy='true'] > .frame,
    .preview[aria-busy='true'] > .channel-preview {
      transition-duration: 0s;
    }
  }
`;
