/**
 * Hamstring stretch, side on (see figure.ts). Frame 0, the start: both legs
 * straight on the floor, a towel looped around the sole of the near foot,
 * both hands holding its ends above the chest. Frame 1, the stretch: the near
 * leg raised toward the ceiling with the knee straight, the towel still
 * around its sole, the back of that thigh shaded, an arrow for the lift.
 */
import { svg, nothing } from 'lit';
import { arm, drawing, layer, trunk, type Part } from './figure.js';

const flat: Part[] = [
  ['M95 152 139 154', 15],
  ['M139 154 181 155', 11],
  ['M179 156 184 135', 8],
];
const raised: Part[] = [
  ['M95 150 106 107', 15],
  ['M106 107 117 66', 11],
  ['M121 63 98 54', 8],
];
const arms = arm('54 116', 77, 101);

export function hamstringDrawing(frame: number, alt: string) {
  const up = frame > 0;
  return drawing(
    '2 36 202 128',
    alt,
    svg`${layer(arms, '', 'translate(2 -3)')}${layer(flat)}${layer(trunk)}
      <path class="prop" d=${up ? 'M78 100 97 50Q112 36 127 57L80 103' : 'M78 100 194 132Q202 146 190 151L80 103'}></path>
      ${layer(up ? raised : flat, 'work')}
      ${up ? svg`<path class="felt" d="M110 135 119 92" stroke-width="7"></path>` : nothing}
      ${layer(arms)}
      ${up ? svg`<path class="motion" d="M186 107A100 100 0 0 0 148 64M157 64H148L152 73"></path>` : nothing}`,
  );
}
