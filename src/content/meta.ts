/**
 * The numbers of each stretch: its dose, how often, and how its sides are
 * named (the words and drawings are in `hamstring.ts` and `glute.ts`).
 */
import { DEFAULT_DOSAGE, type Dosage } from '../core/dosage.js';
import type { ExerciseId, StretchMeta } from './types.js';

const hamstringDose: Dosage = {
  ...DEFAULT_DOSAGE,
  // "Hold this for 15-20 seconds and repeat 2x on each leg."
  hold: 15,
  holdMax: 20,
  reps: 2,
  sides: 'both',
  // rest (5 s) and leadIn (3 s) stay at the defaults: the towel is already on the foot.
};

const gluteDose: Dosage = {
  ...DEFAULT_DOSAGE,
  // "hold for 15 seconds, do 2 repetitions on each side"
  hold: 15,
  holdMax: null,
  reps: 2,
  sides: 'both',
  // 10 s count-in instead of the default 3: getting into the figure-4
  // position (lie down, bend both knees, cross a foot, reach for the thigh)
  // takes longer, and the article warns this stretch may be a bit harder.
  leadIn: 10,
};

export const STRETCH_META: Readonly<Record<ExerciseId, StretchMeta>> = Object.freeze({
  hamstring: Object.freeze({ id: 'hamstring', dosage: Object.freeze(hamstringDose), timesPerDay: 2, sideNoun: 'leg' }),
  glute: Object.freeze({ id: 'glute', dosage: Object.freeze(gluteDose), timesPerDay: 2, sideNoun: 'side' }),
});

/** Every stretch id, in the article's order (hamstring first, then glute). */
export const EXERCISE_IDS: readonly ExerciseId[] = Object.freeze(['hamstring', 'glute'] as const);

/** True when `v` names a known stretch (exact, case-sensitive). */
export function isExerciseId(v: string): v is ExerciseId {
  return (EXERCISE_IDS as readonly string[]).includes(v);
}
