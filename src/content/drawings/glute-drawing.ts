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
  const arms = up ? arm('70 126', 114, 130) : arm('76 124', 121, 136);
  return drawing(
    '2 72 176 92',
    alt,
    svg`${layer(trunk)}${layer(arms, 'far', 'translate(6 -6)')}${layer(arms)}${layer(far, '', turn)}${layer(crossed, 'work', turn)}${layer(arms.slice(1))}
      ${up ? svg`<path class="felt" d="M104 148A10 10 0 0 1 96 159M108 152l6 3m-9 2 5 4"></path><path class="motion" d="M142 98A30 30 0 0 0 122 82m8-1-8 1 3 7"></path>` : nothing}`,
  );
}
