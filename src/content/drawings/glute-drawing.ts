/**
 * Glute stretch ("figure 4"), side on (see figure.ts). The far leg's knee is
 * bent; the near (worked) leg is crossed, its shin lying across the top of
 * the far knee, its foot past it. Both hands hold the back of the far thigh.
 * Frame 0, the start: the far foot flat on the floor. Frame 1, the stretch:
 * the hands draw that thigh toward the chest, so its foot lifts off the
 * floor; the near buttock is shaded and an arrow shows the knee coming in.
 */
import { svg, nothing } from 'lit';
import { arm, drawing, layer, trunk, type Part } from './figure.js';

const start: Part[][] = [
  // far leg: thigh, shin, foot flat on the floor
  [['M95 150 120 114', 15], ['M120 114 140 151', 11], ['M137 155 162 156', 8]],
  // crossed leg: thigh, shin across the far knee, foot past it
  [['M94 149 90 106', 15], ['M90 106 122 101', 11], ['M120 103 128 103 136 87', 8]],
  arm('77 141', 114, 135),
];
const stretch: Part[][] = [
  [['M95 150 104 107', 15], ['M104 107 134 137', 11], ['M132 140 147 122', 8]],
  [['M94 149 71 113', 15], ['M71 113 106 94', 11], ['M104 96 112 96 120 80', 8]],
  arm('72 136', 110, 127),
];

export function gluteDrawing(frame: number, alt: string) {
  const [far, crossed, arms] = frame > 0 ? stretch : start;
  return drawing(
    '2 72 176 92',
    alt,
    svg`${layer(far)}${layer(trunk)}${layer(crossed, 'work')}
      ${frame > 0 ? svg`<path class="felt" d="M84 153h12" stroke-width="9"></path><path class="motion" d="M161 112A76 76 0 0 0 137 87m9 0h-9l3-8"></path>` : nothing}
      ${layer(arms)}`,
  );
}
