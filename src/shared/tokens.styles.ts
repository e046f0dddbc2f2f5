import { css } from 'lit';

/**
 * The theme. Three tiers, as in Material Web:
 * 1. site-wide tokens a clinic sets once on any ancestor: `--stretch-accent` …
 * 2. component tokens (`--hold-timer-ring-color` …), declared in each
 *    component's styles, falling back to tier 1;
 * 3. private `--_x` values resolved here on `:host`, the only ones our CSS reads.
 *
 * Default colours meet WCAG AA (4.5:1) for text on `--stretch-surface`.
 */
export const tokens = css`
  :host {
    --_accent: var(--stretch-accent, #0a6b66);
    --_on-accent: var(--stretch-on-accent, #ffffff);
    --_text: var(--stretch-text, #1c2a30);
    --_muted: var(--stretch-muted, #4b5b63);
    --_surface: var(--stretch-surface, #ffffff);
    --_surface-alt: var(--stretch-surface-alt, #f1f6f5);
    --_border: var(--stretch-border, #c4d1d3);
    --_caution: var(--stretch-caution, #8a4600);
    --_caution-surface: var(--stretch-caution-surface, #fff5e6);
    --_danger: var(--stretch-danger, #a1262b);
    --_focus: var(--stretch-focus, var(--_accent));
    --_radius: var(--stretch-radius, 12px);
    --_space: var(--stretch-space, 1rem);
    --_shadow: var(--stretch-shadow, 0 1px 3px rgb(0 0 0 / 0.12));

    /* Unset, this is invalid and font-family inherits: the page's font by default. */
    font-family: var(--stretch-font);
    color: var(--_text);
    line-height: 1.5;
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** Buttons: 44 px targets, visible focus, forced-colors aware. */
export const buttons = css`
  .button {
    min-width: 44px;
    min-height: 44px;
    padding: 0.5em 1.1em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
    touch-action: manipulation;
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button.quiet {
    border-color: var(--_border);
    color: var(--_text);
  }
  .button:hover {
    filter: brightness(0.95);
  }
  .button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    .button.primary,
    .button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .button:focus-visible {
      outline-color: Highlight;
    }
    .button:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
  @media print {
    .button {
      display: none !important;
    }
  }
`;
