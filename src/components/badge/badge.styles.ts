import { css } from 'lit';

// Notes on rules below (kept out of the CSS text; the host's reserved box is in badge-reserve.styles.ts):
// - `.labels`: Every label of the badge in one grid cell: the badge is as wide as its longest label in any state, so changing state never changes its size. The ghost is invisible to everyone; clipped, so where it is wider than the badge (large text on a phone) it does not make the page scroll sideways.
// - `.stale`: a kept copy's disruption (the latest load failed, or the feed expired): dashed, and its label in the muted colour of "Status unknown", so it does not look like a live one; the icon keeps its severity colour.
// - `max-inline-size`: a site that sets --clearline-badge-width (a narrow phone header) gets exactly that width; a longer label ends in "…" on screen (screen readers get it whole) instead of pushing the page wider than the phone.
export const badgeStyles = css`
  :host {
    max-inline-size: var(--clearline-badge-width, none);
    line-height: 1.25;
  }
  .badge {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.35em;
    inline-size: 100%;
    block-size: 100%;
    padding: 0 0.65em 0 0.5em;
    white-space: nowrap;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.9375em;
    font-weight: 600;
    text-decoration: none;
    overflow-wrap: normal;
    hyphens: manual;
  }
  a.badge:hover .label {
    text-decoration: underline;
  }
  .sev-info { --_sev: var(--_info); }
  .sev-minor { --_sev: var(--_minor); }
  .sev-major { --_sev: var(--_major); }
  .sev-critical { --_sev: var(--_critical); }
  .disruption {
    border-color: var(--_sev);
    box-shadow: inset 0 0 0 1px var(--_sev);
  }
  .labels {
    display: inline-grid;
    grid-template-columns: minmax(0, 1fr);
    min-inline-size: 0;
    overflow: hidden;
  }
  .label {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .labels > *,
  .labels::after {
    grid-area: 1 / 1;
  }
  .labels::after {
    content: attr(data-longest) / '';
    visibility: hidden;
  }
  .stale {
    border-style: dashed;
    box-shadow: none;
    color: var(--_muted);
  }
  .disruption .icon,
  .announced .icon,
  .notice .icon {
    color: var(--_sev);
  }
  .announced,
  .notice {
    border-color: var(--_sev);
  }
  .ok .icon {
    color: var(--_ok);
  }
  .unknown,
  .loading {
    color: var(--_muted);
  }
  .icon {
    flex: none;
    width: 1.15em;
    height: 1.15em;
  }
  @media (forced-colors: active) {
    .badge .icon {
      color: inherit;
    }
  }
`;
