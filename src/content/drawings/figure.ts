/**
 * The stretch drawings: flat line drawings of a person on a mat, made by
 * scripts/poses.mjs from poses of a body in 3D (poses.ts holds its output).
 *
 * A body part is a limb segment that tapers from one joint to the next: two
 * circles ("x y r x y r") and the outline round both, or one circle ("x y r").
 * A group's parts are drawn twice, first all with a thick edge, then all
 * filled, so the parts of one limb merge into one shape and a group drawn
 * later sits in front. Layers come farthest first; their class says what they
 * are (drawing.styles.ts colours them): `work` the leg being stretched, `far`
 * limbs on the far side, `felt` where it is felt; plain paths (which start
 * with "M") `hair`, `prop` (towel), `band` (towel under the sole), `motion`
 * (an arrow), `mat`.
 */
import { html, svg, type TemplateResult } from 'lit';

/** A layer: its class, then its body parts ("x y r x y r", comma-separated), or one path. */
export type Layer = readonly [cls: string, d: string];
/** A frame: its view box and its layers. */
export type Frame = readonly [viewBox: string, layers: readonly Layer[]];

/** The outline round two circles (a tapered limb), or one. */
const outline = (part: string) => {
  const [x, y, r, X = x, Y = y, R = r] = part.split(' ').map(Number);
  const d = Math.hypot(X - x, Y - y);
  const s = (r - R) / d;
  if (!(Math.abs(s) < 1)) return `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  const c = Math.sqrt(1 - s * s);
  const [ux, uy] = [(X - x) / d, (Y - y) / d];
  // The two outer tangents touch each circle at its centre plus its radius along a and b.
  const [ax, ay, bx, by] = [ux * s - uy * c, uy * s + ux * c, ux * s + uy * c, uy * s - ux * c];
  const at = (x: number, y: number, r: number, dx: number, dy: number) => `${x + r * dx} ${y + r * dy}`;
  return `M${at(x, y, r, ax, ay)}L${at(X, Y, R, ax, ay)}A${R} ${R} 0 ${+(s < 0)} 0 ${at(X, Y, R, bx, by)}L${at(x, y, r, bx, by)}A${r} ${r} 0 ${+(s > 0)} 0 ${at(x, y, r, ax, ay)}`;
};

const layer = ([cls, d]: Layer) => {
  if (d[0] == 'M') return svg`<path class=${cls} d=${d}></path>`;
  const parts = d.split(',').map(outline);
  return svg`<g class=${cls}>${parts.map((d) => svg`<path class="edge" d=${d}></path>`)}${parts.map((d) => svg`<path d=${d}></path>`)}</g>`;
};

/** One frame of a stretch drawing, named by `alt`. */
export const drawing = ([viewBox, layers]: Frame, alt: string): TemplateResult =>
  html`<svg class="drawing" viewBox=${viewBox} role="img" aria-label=${alt}>${layers.map(layer)}</svg>`;
