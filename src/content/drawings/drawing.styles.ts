import { css } from 'lit';

/**
 * Styles for the stretch drawings (figure.ts) and their frames. Colours come
 * only from here: component tokens (`--stretch-drawing-*`) falling back to
 * the private `--_x` values set by `tokens` on the host. The leg being
 * stretched is tinted with the accent. Forced colours swap the private
 * values for system colours.
 */
export const drawingStyles = css`
  .media {
    --_figure: var(--stretch-drawing-figure, var(--_text));
    --_fill: var(--stretch-drawing-fill, var(--_surface));
    --_work: var(--stretch-drawing-leg, color-mix(in srgb,var(--_accent) 28%,var(--_fill)));
    --_prop: var(--stretch-drawing-prop, var(--_accent-text));
    --_felt: var(--stretch-drawing-highlight, #f76707);
  }
  .drawing {
    display: block;
  }
  .drawing path {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* A body part: an edge under all the parts of a group, then each part filled. */
  .drawing g path {
    fill: var(--_part, var(--_fill));
  }
  .drawing .edge {
    fill: var(--_figure);
    stroke: var(--_figure);
    stroke-width: 4;
  }
  .work {
    --_part: var(--_work);
  }
  .far {
    --_part: color-mix(in srgb, var(--_border) 60%, var(--_fill));
  }
  /* Where it is felt: colour inside the body part (its group's stroke, below, rims it). */
  g.felt {
    --_part: var(--_felt);
  }
  .felt .edge {
    display: none;
  }
  .drawing .hair {
    fill: var(--_figure);
    stroke: var(--_figure);
    stroke-width: 3;
  }
  .prop {
    stroke: var(--_prop);
    stroke-width: 4;
  }
  .band {
    stroke: var(--_prop);
    stroke-width: 6;
  }
  .drawing .mat {
    fill: color-mix(in srgb, var(--_border) 30%, transparent);
  }
  .felt {
    stroke: var(--_felt);
    stroke-width: 3;
  }
  .motion {
    stroke: var(--_muted);
    stroke-width: 3;
  }

  /* The key under the stretch frame: a patch of the felt colour, then its meaning (the words say no colour, so any theme fits). */
  .key {
    margin: 0;
  }
  .key::before {
    content: '';
    display: inline-block;
    width: 1.5em;
    height: 0.75em;
    margin-inline-end: 0.5em;
    border-radius: 0.375em;
    background: var(--_felt);
    forced-color-adjust: none;
  }

  /* The two frames, start and stretch: side by side when there is room. */
  .frames {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(13rem, 100%), 1fr));
    gap: 0.5rem;
    padding: 0.5rem;
  }
  .side {
    grid-column: 1/-1;
    font-size: 1.15em;
    font-weight: 700;
    text-transform: capitalize;
  }
  /* Left side: the mirror image, so the leg nearest the viewer is the left one. */
  .left .drawing {
    transform: scaleX(-1);
  }
  /* Guided: only the frame for the timer's phase. A printed handout shows both. */
  @media screen {
    :host([guided]) .frame:not(.on) {
      display: none;
    }
  }
  /* A printed handout names no side, and keeps to one page (its words say where it is felt, so no key). */
  @media print {
    .side,
    .key {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .media {
      --_figure: CanvasText;
      --_fill: Canvas;
      --_work: Highlight;
      --_prop: LinkText;
      --_felt: HighlightText;
      --_border: CanvasText;
      --_muted: CanvasText;
    }
    .drawing {
      forced-color-adjust: none;
    }
    /* The key's patch as the mark looks: HighlightText inside Highlight. */
    .key::before {
      box-shadow: 0 0 0 0.2em var(--_work);
    }
    .drawing .mat {
      fill: none;
      stroke: CanvasText;
    }
  }
`;
