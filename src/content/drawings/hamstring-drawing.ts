/**
 * Hamstring stretch, side on (see figure.ts). Frame 0, the start: both legs
 * straight on the floor, a towel looped around the sole of the near foot,
 * both hands holding its ends above the chest. Frame 1, the stretch: the near
 * leg raised toward the ceiling with the knee straight, the towel still
 * around its sole, the back of that thigh marked, an arrow for the lift.
 */
import { svg } from 'lit';
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
    svg`${layer(arms, 'far', 'translate(6 -6)')}${up ? layer(flat) : layer(flat, 'far', 'translate(-6 -6)')}${layer(trunk)}
      <path class="prop" d=${up ? 'M84 94 97 50Q112 36 127 57L77 101' : 'M77 101 188 150'}></path>
      ${layer(up ? raised : flat, 'work')}
      ${up ? svg`<path class="felt" d="M113 133l7 2m-4-12 7 2m-10 17 7 2"></path><path class="motion" d="M170 90A80 80 0 0 0 140 60m8 0h-8l3 8"></path>` : svg`<path class="prop" d="M84 94 191 137Q198 146 188 150"></path>`}
      ${layer(arms)}`,
  );
}
