/**
 * What both stretch drawings share: a person lying on their back, side on,
 * head on the left (so their right side is nearest), drawn as rounded line
 * parts, and the SVG around them.
 *
 * Each part is stroked twice, a wide outline under a narrower fill, so parts
 * drawn together merge into one shape and a part drawn later sits in front.
 * The class `work` tints the fill of the leg being stretched (the one the
 * card's side label names). Proportions are
 * an adult's: about 180 units tall, thigh 44, shin 42, arm 33 + 26.
 */
import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';

/** One rounded part: its path and its thickness. */
export type Part = readonly [d: string, width: number];

/** Parts as one shape: all outlines, then all fills. */
export const layer = (parts: readonly Part[], cls = '', transform?: string) =>
  svg`<g class=${cls} transform=${transform ?? nothing}>${parts.map(([d, w]) => svg`<path class="edge" d=${d} stroke-width=${w + 4}></path>`)}${parts.map(
    ([d, w]) => svg`<path class="body" d=${d} stroke-width=${w}></path>`,
  )}</g>`;

/** Head (face up, nose showing), neck and trunk. The hip joint is at (95, 150). */
export const trunk: readonly Part[] = [
  ['M21 147h0', 23],
  ['M23 136l3-3', 6],
  ['M31 147h9', 10],
  ['M45 147h25', 26],
  ['M70 148 93 149', 23],
];

/** An arm from the shoulder through the elbow to the hand, which ends in a fist. */
export const arm = (elbow: string, x: number, y: number): Part[] => [
  [`M45 146 ${elbow} ${x} ${y}`, 8],
  [`M${x} ${y}h0`, 11],
];

/** The whole drawing: a floor line, then `content`, named by `alt`. */
export const drawing = (viewBox: string, alt: string, content: SVGTemplateResult): TemplateResult => {
  // The floor spans the view box exactly: nothing reaches outside the drawing's box.
  const [x, , w] = viewBox.split(' ');
  return html`<svg class="drawing" viewBox=${viewBox} role="img" aria-label=${alt}><path class="floor" d="M${x} 161h${w}"></path>${content}</svg>`;
};
