import { css } from 'lit';

export const badgeStyles = css`
  :host {
    line-height: 1.25;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 24px;
    padding: 0.2rem 0.65rem 0.2rem 0.5rem;
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
    border: 2px solid var(--_sev);
  }
  .disruption .icon {
    color: var(--_sev);
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
`;
