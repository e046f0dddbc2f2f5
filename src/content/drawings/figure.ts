/**
 * The stretch drawings: flat line drawings of a person on a mat, made by
 * scripts/poses.mjs from poses of a body in 3D (poses.ts holds its output).
 *
 * A body part is a rounded stroke drawn twice, a wide outline under a
 * narrower fill, so the parts of one limb drawn together merge into one shape
 * and a part drawn later sits in front. Layers come farthest first; their
 * class says what they are (drawing.styles.ts colours them): `work` the leg
 * being stretched, `far` limbs on the far side, `felt` where it is felt;
 * plain strokes `prop` (towel), `band` (towel across the sole), `felt`,
 * `motion` (an arrow), `mat` (a filled shape).
 */
import { html, svg, type TemplateResult } from 'lit';

/** A body part: its path and its thickness. */
export type Part = readonly [d: string, width: number];
/** A layer: its class, then its body parts, or one path for a plain stroke. */
export type Layer = readonly [cls: string, ...parts: Part[]] | readonly [cls: string, d: string];
/** A frame: its view box and its layers. */
export type Frame = readonly [viewBox: string, layers: readonly Layer[]];

const layer = ([cls, ...parts]: Layer) =>
  typeof parts[0] == 'string'
    ? svg`<path class=${cls} d=${parts[0]}></path>`
    : svg`<g class=${cls}>${(parts as Part[]).map(([d, w]) => svg`<path class="edge" d=${d} stroke-width=${w + 4}></path>`)}${(parts as Part[]).map(
        ([d, w]) => svg`<path class="body" d=${d} stroke-width=${w}></path>`,
      )}</g>`;

/** One frame of a stretch drawing, named by `alt`. */
export const drawing = ([viewBox, layers]: Frame, alt: string): TemplateResult =>
  html`<svg class="drawing" viewBox=${viewBox} role="img" aria-label=${alt}>${layers.map(layer)}</svg>`;
