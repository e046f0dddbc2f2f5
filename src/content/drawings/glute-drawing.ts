/**
 * Glute stretch ("figure 4"), side view: a person lying on their back (head
 * on the left), both knees bent. The near leg is crossed, its ankle resting
 * on the far thigh just above the knee, its knee falling out to the side.
 * The hands hold the far (uncrossed) thigh and pull that knee toward the
 * chest (side on, the far arm hides behind the near one). The side of the
 * crossed leg's buttock is highlighted; an arrow shows the knee coming toward
 * the chest. The viewBox is cropped closer than the hamstring drawing's (same
 * 5:3 shape) so the crossed legs stay readable on small screens.
 */
import { html, svg, type TemplateResult } from 'lit';

/** [path, width]: one rounded body part. */
type Part = readonly [d: string, width: number];

/** A layer of parts: all outlines first, then all fills, so joints merge. */
const layer = (parts: readonly Part[]) => svg`
  ${parts.map(([d, w]) => svg`<path class="edge" d=${d} stroke-width=${w + 7} />`)}
  ${parts.map(([d, w]) => svg`<path class="body" d=${d} stroke-width=${w} />`)}
`;

const body: Part[] = [
  ['M48 151h.01', 24], // head
  ['M56 150 L76 148', 10], // neck
  ['M78 147 L114 148', 26], // chest
  ['M114 149 L146 151', 23], // hips
  ['M150 150 L142 92', 14], // far thigh, pulled toward the chest
  ['M142 92 L194 82', 11], // far shin, knee bent
  ['M196 83 L194 65', 9], // far foot, off the floor
];
const arm: Part[] = [['M82 142 L108 110 L142 128', 8]]; // hands on the far thigh
const crossedLeg: Part[] = [
  ['M156 154 L192 114', 14], // near thigh, knee out to the side
  ['M192 114 L138 106', 11], // near shin, ankle across the far thigh
  ['M135 106 L121 104', 9], // near foot, past the far thigh
];

export function gluteDrawing(alt: string): TemplateResult {
  return html`<svg class="drawing" viewBox="20 44 210 126" role="img" aria-labelledby="glute-drawing-title">
    <title id="glute-drawing-title">${alt}</title>
    <line class="floor" x1="26" y1="168" x2="224" y2="168" />
    <g class="figure">${layer(body)}${layer(arm)}${layer(crossedLeg)}</g>
    <ellipse class="highlight" cx="161" cy="155" rx="16" ry="10" />
    <path class="motion" d="M170 62 Q148 48 124 62 M124 62 l3 -10 M124 62 l10 1" />
  </svg>`;
}
