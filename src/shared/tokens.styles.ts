import { css } from 'lit';

/**
 * The theme. Three tiers, as in Material Web:
 * 1. site-wide tokens a clinic sets once on any ancestor: `--stretch-accent` …
 * 2. component tokens (`--hold-timer-ring-color` …), declared in each
 *    component's styles, falling back to tier 1;
 * 3. private `--_x` values resolved here on `:host`, the only ones our CSS reads.
 *
 * Readable whatever the page does. Only the surface has a built-in light and
 * dark value (following the page's `color-scheme`); every other colour is
 * derived from the surface, the text and the accent, so a clinic that sets
 * only a dark `--stretch-surface`, or only a yellow `--stretch-accent`, still
 * gets readable text:
 * - text is near-black or near-white, whichever suits the surface;
 * - text on the accent is black or white, whichever contrasts more (≥ 4.58:1
 *   for any accent: the crossing point is a luminance of 0.179);
 * - the accent, caution and danger colours, wherever they are text or lines,
 *   keep their hue and are darkened (light surface) or lightened (dark
 *   surface) just enough for 5.3:1 against the surface (4.5:1 is the rule; the
 *   margin covers the tinted boxes they also sit on).
 *
 * How the fitting works without a second origin colour: `color-mix()` in
 * linear XYZ of the colour with a black whose alpha is the surface's luminance
 * Ys gives channels c / (1 + Ys) and alpha (1 + Ys) / 2, so a relative colour
 * of the mix can read both (Ys = 2α − 1, c = channel × 2α). Scaling XYZ keeps
 * the chromaticity; lightening mixes toward white. The macros below are token
 * strings, substituted where they are used, so `x`, `y`, `z` and `alpha` are
 * the channels of the relative colour they end up in.
 *
 * Browsers without relative colours (before Chrome 119, Safari 18, Firefox
 * 128) take the page's own text colour and background (see `@supports`).
 */
export const tokens = css`
  :host {
    --_accent: var(--stretch-accent, #0a6b66);
    --_surface: var(--stretch-surface, light-dark(#fff,#161c1f));
    /* Macros (written tight: custom properties keep every byte). --_q: 1 when the colour's own
       luminance y is under 0.179, so it wants white on it; --_bw: that black or white. */
    --_q: clamp(0,(.179 - y)*1e5,1);
    --_bw: xyz-d65 calc(var(--_q)*.9505) var(--_q) calc(var(--_q)*1.089);
    /* --_fit, in a relative colour of color-mix(in xyz-d65, C, var(--_sy)): C fitted to the surface, by
       mixing it toward black (light surface) or white (dark surface) just enough. --_ys: the surface's
       luminance; --_cy: C's; --_l: 1 on a dark surface; --_t: how far to mix (target luminance 5.3:1 away). */
    --_sy: color(from var(--_surface) xyz-d65 0 0 0/y);
    --_ys: (2*alpha - 1);
    --_cy: (y*2*alpha);
    --_l: clamp(0,(.179 - var(--_ys))*1e5,1);
    --_t: max(0,(var(--_ys)/5.3 - .0406 + var(--_l)*(5.1113*var(--_ys) + .2556) - var(--_cy))/(var(--_l) - var(--_cy) - 1e-4));
    --_k: (2*alpha*(1 - var(--_t)));
    --_w: (var(--_t)*var(--_l));
    --_fit: xyz-d65 calc(x*var(--_k) + var(--_w)*.9505) calc(y*var(--_k) + var(--_w)) calc(z*var(--_k) + var(--_w)*1.089)/1;

    --_on-accent: var(--stretch-on-accent,color(from var(--_accent) var(--_bw)));
    --_accent-text: var(--stretch-accent-text,color(from color-mix(in xyz-d65,var(--_accent),var(--_sy)) var(--_fit)));
    --_text: var(--stretch-text,color-mix(in oklab,color(from var(--_surface) var(--_bw)) 85%,var(--_accent)));
    --_muted: var(--stretch-muted,color-mix(in oklab,var(--_text) 68%,var(--_surface)));
    --_surface-alt: var(--stretch-surface-alt,color-mix(in oklab,var(--_accent) 7%,var(--_surface)));
    --_border: var(--stretch-border,color-mix(in oklab,var(--_text) 30%,var(--_surface)));
    --_caution: color(from color-mix(in xyz-d65,var(--stretch-caution,#a35200),var(--_sy)) var(--_fit));
    --_caution-surface: var(--stretch-caution-surface,var(--_surface-alt));
    --_danger: color(from color-mix(in xyz-d65,var(--stretch-danger,#c62828),var(--_sy)) var(--_fit));
    --_focus: var(--stretch-focus, var(--_accent-text));
    --_radius: var(--stretch-radius, 12px);
    --_space: var(--stretch-space, 1rem);
    --_shadow: var(--stretch-shadow, 0 1px 3px rgb(0 0 0 / 0.12));

    /* What a page's theme must not change inside the widget. The shorthand resets every font
       property, sized from the root but never under 16 px (a 62.5 % root is 10 px); then, unset,
       --stretch-font is invalid and the family inherits: the page's font. */
    font: 400 var(--stretch-font-size, max(1rem,16px)) / 1.5 a;
    font-family: var(--stretch-font);
    color: var(--_text);
    text-align: start;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: break-word;
    list-style: outside;
    box-sizing: border-box;
    /* Every element is a block that sizes its insides to its own width (container queries, cqi). */
    display: block;
    container-type: inline-size;
    min-width: 0;
  }
  /* Without relative colours the derived values are invalid and the widgets take the page's text
     colour and background; these keep the buttons readable there. */
  @supports not (color: rgb(from red r g b)) {
    :host {
      --_on-accent: var(--stretch-on-accent,#fff);
      --_accent-text: var(--stretch-accent-text,var(--_accent));
    }
  }
  /* Paper is white, and browsers do not print backgrounds: whatever the screen showed, print dark on white. */
  @media print {
    :host {
      --_surface: #fff;
      --_text: #000;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden],
  :host([hidden]) {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * Buttons: 44 px targets, visible focus. In forced colours the system paints
 * them (ButtonText on ButtonFace, whatever `.quiet` or the accent say); only
 * the primary and pressed ones opt out, to show as Highlight.
 */
export const buttons = css`
  .button {
    min-width: 44px;
    min-height: 44px;
    max-width: 100%;
    padding: 0.5em 1.1em;
    border: 2px solid var(--_accent-text);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_accent-text);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
    touch-action: manipulation;
  }
  .button.quiet {
    border-color: var(--_border);
    color: var(--_text);
  }
  /* After .quiet: a pressed Sound or Voice switch is text on the accent. */
  .button.primary,
  .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  .button:disabled {
    opacity: 0.55;
  }
  @media (forced-colors: active) {
    .button.primary,
    .button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
  @media print {
    .button {
      display: none !important;
    }
  }
`;
