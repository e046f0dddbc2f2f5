import { css } from 'lit';

/**
 * Styles for the stretch drawings (hamstring-drawing.ts, glute-drawing.ts).
 * Colours come only from here: component tokens (`--stretch-drawing-*`)
 * falling back to the private `--_x` values set by `tokens` on the host.
 *
 * The figure is drawn as soft rounded limbs: each part is stroked twice, a
 * wide `.edge` stroke (the outline colour) under a narrower `.body` stroke
 * (the fill colour), so parts in the same layer merge into one silhouette.
 */
export const drawingStyles = css`
  .drawing {
    --_figure: var(--stretch-drawing-figure, var(--_text));
    --_figure-fill: var(--stretch-drawing-fill, var(--_surface));
    --_prop: var(--stretch-drawing-prop, var(--_accent-text));
    --_floor: var(--stretch-drawing-floor, var(--_border));
    --_highlight: var(--stretch-drawing-highlight, var(--_accent-text));
    --_motion: var(--stretch-drawing-motion, var(--_muted));
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .drawing path,
  .drawing line {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .figure .edge {
    stroke: var(--_figure);
  }
  .figure .body {
    stroke: var(--_figure-fill);
  }
  .prop {
    stroke: var(--_prop);
    stroke-width: 3.5;
  }
  .floor {
    stroke: var(--_floor);
    stroke-width: 3;
  }
  .drawing .highlight {
    fill: var(--_highlight);
    fill-opacity: 0.3;
    stroke: none;
  }
  .motion {
    stroke: var(--_motion);
    stroke-width: 3;
  }

  @media (forced-colors: active) {
    .drawing {
      forced-color-adjust: none;
    }
    .figure .edge,
    .floor {
      stroke: CanvasText;
    }
    .figure .body {
      stroke: Canvas;
    }
    .prop,
    .motion {
      stroke: Highlight;
    }
    .drawing .highlight {
      fill: Highlight;
      fill-opacity: 0.25;
    }
  }
`;
