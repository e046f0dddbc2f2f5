import { css } from 'lit';

/**
 * Styles for the stretch drawings (figure.ts). Colours come only from here:
 * component tokens (`--stretch-drawing-*`) falling back to the private `--_x`
 * values set by `tokens` on the host. Limbs behind the body are a shade of
 * the fill; the leg being stretched is tinted with the accent.
 */
export const drawingStyles = css`
  .media {
    --_figure: var(--stretch-drawing-figure, var(--_text));
    --_fill: var(--stretch-drawing-fill, var(--_surface));
    --_far: color-mix(in srgb,var(--_figure) 12%,var(--_fill));
    --_work: var(--stretch-drawing-leg, color-mix(in srgb,var(--_accent) 28%,var(--_fill)));
    --_prop: var(--stretch-drawing-prop, var(--_accent));
    --_floor: var(--stretch-drawing-floor, var(--_border));
    --_felt: var(--stretch-drawing-highlight, #f76707);
    --_motion: var(--stretch-drawing-motion, var(--_muted));
  }
  .drawing {
    display: block;
    width: 100%;
    height: auto;
  }
  .drawing path {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .edge {
    stroke: var(--_figure);
  }
  .body {
    stroke: var(--_fill);
  }
  .far .body {
    stroke: var(--_far);
  }
  .work .body {
    stroke: var(--_work);
  }
  .prop {
    stroke: var(--_prop);
    stroke-width: 4;
  }
  .floor {
    stroke: var(--_floor);
    stroke-width: 3;
  }
  .felt {
    stroke: var(--_felt);
    stroke-opacity: 0.8;
  }
  .motion {
    stroke: var(--_motion);
    stroke-width: 3;
  }

  /* The two frames, start and stretch: side by side when there is room. */
  .frames {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
    gap: 0.25rem 1rem;
    padding: 0.5rem 0.75rem;
  }
  .tag,
  .side {
    margin: 0;
    font-weight: 700;
  }
  .side {
    padding: 0.5rem 0.75rem 0;
    font-size: 1.15em;
  }
  .side::first-letter {
    text-transform: uppercase;
  }
  /* Left side: the mirror image, so the leg nearest the viewer is the left one. */
  .left .drawing {
    transform: scaleX(-1);
  }
  /* Guided: only the frame for the timer's phase, fading in as it changes. */
  :host([guided]) .frame:not(.on) {
    display: none;
  }
  :host([guided]) .on {
    animation: frame-in 0.4s ease-out;
  }
  @keyframes frame-in {
    from {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host([guided]) .on {
      animation: none;
    }
  }
  @media print {
    .frame {
      display: block !important;
    }
  }

  @media (forced-colors: active) {
    .drawing {
      forced-color-adjust: none;
    }
    .edge,
    .floor,
    .motion {
      stroke: CanvasText;
    }
    .body,
    .far .body {
      stroke: Canvas;
    }
    .work .body {
      stroke: Highlight;
    }
    .prop {
      stroke: LinkText;
    }
    /* Drawn over the highlighted leg: the colour made to be read on Highlight. */
    .felt {
      stroke: HighlightText;
      stroke-opacity: 1;
    }
  }
`;
