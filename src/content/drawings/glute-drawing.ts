/**
 * Glute stretch ("figure 4"), side on (see figure.ts). The far leg's knee is
 * bent; the near (worked) leg is crossed, its knee turned out toward us, its
 * ankle resting on top of the far knee. Both hands hold the back of the far
 * thigh: the near arm passes between the legs, the far arm round the outside.
 * Frame 0, the start: the far foot flat on the floor. Frame 1, the stretch:
 * the hands draw that thigh toward the chest, so its foot lifts off the
 * floor; the near buttock is marked and an arrow shows the knee coming in.
 */
import { svg, nothing } from 'lit';
import { arm, drawing, layer, trunk, type Part } from './figure.js';

// far leg: thigh, shin, foot flat on the floor
const far: Part[] = [['M95 150 120 110', 15], ['M120 110 140 151', 11], ['M137 155 162 156', 8]];
// crossed leg, its knee turned out toward us (so the thigh looks short): thigh, shin, the ankle on top of the far knee, the foot past it
const crossed: Part[] = [['M94 149 90 119', 17], ['M90 119 120 99', 11], ['M121 98 133 100', 8]];

export function gluteDrawing(frame: number, alt: string) {
  const up = frame > 0;
  // The stretch: the same figure 4 turned about the hip, the far knee drawn toward the chest, its foot off the floor.
  const turn = up ? 'rotate(-20 95 150)' : '';
  // Hands clasped round the back of the far thigh: the arms pass behind it, the near fist shows on its back edge, the far one beside it.
  const [near, back, x, y] = up ? ['70 126', '58 108', 114, 130] : ['76 124', '62 104', 121, 136];
  return drawing(
    '2 72 176 92',
    alt,
    svg`${layer(trunk)}${layer(arm(back, x, y), 'far')}${layer(far, '', turn)}${layer(arm(near, x, y))}${layer(crossed, 'work', turn)}
      ${up ? svg`<path class="felt" d="M104 148A10 10 0 0 1 96 159M109 150l7 2m-4-12 7 2m-10 17 7 2"></path><path class="motion" d="M142 98A30 30 0 0 0 122 82m8-1-8 1 3 7"></path>` : nothing}`,
  );
}
