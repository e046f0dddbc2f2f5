/**
 * Hamstring stretch, side view: a person lying on their back (head on the
 * left), one leg flat on the floor, the other raised toward the ceiling with
 * the knee straight. A towel loops over the sole of the raised foot and both
 * hands hold its ends near the chest. The back of the raised thigh and knee
 * is highlighted; an arrow shows the leg lifting.
 */
import { html, svg, type TemplateResult } from 'lit';

/** [path, width]: one rounded body part. */
type Part = readonly [d: string, width: number];

/** A layer of parts: all outlines first, then all fills, so joints merge. */
const layer = (parts: readonly Part[]) => svg`
  ${parts.map(([d, w]) => svg`<path class="edge" d=${d} stroke-width=${w + 7} />`)}
  ${parts.map(([d, w]) => svg`<path class="body" d=${d} stroke-width=${w} />`)}
`;

const farArm: Part[] = [['M62 144 L86 116 L106 86', 8]];
const body: Part[] = [
  ['M32 151h.01', 24], // head
  ['M40 150 L62 148', 11], // neck
  ['M64 147 L100 148', 26], // chest
  ['M100 149 L130 151', 23], // hips
  ['M134 155 L190 157 L244 157', 14], // flat leg
  ['M246 156 L252 141', 9], // flat foot, toes up
  ['M134 150 L153 40', 13], // raised leg, knee straight
  ['M158 44 L154 38 L132 34', 9], // raised foot, sole up
];
const nearArm: Part[] = [['M68 144 L92 122 L112 90', 8]];

export function hamstringDrawing(alt: string): TemplateResult {
  return html`<svg class="drawing" viewBox="0 10 280 168" role="img" aria-labelledby="hamstring-drawing-title">
    <title id="hamstring-drawing-title">${alt}</title>
    <line class="floor" x1="6" y1="168" x2="274" y2="168" />
    <g class="figure">${layer(farArm)}${layer(body)}</g>
    <ellipse class="highlight" cx="148" cy="112" rx="10" ry="34" transform="rotate(10 148 112)" />
    <path class="prop" d="M106 86 L128 28 Q143 22 158 33 L112 90" />
    <g class="figure">${layer(nearArm)}</g>
    <path class="motion" d="M223 117 A95 95 0 0 0 182 68 M182 68 l1 11 M182 68 l11 -2" />
  </svg>`;
}
