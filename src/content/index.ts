/**
 * The stretches this library knows, by id, in the order a routine runs them.
 */
import type { ExerciseId, StretchDefinition } from './types.js';
import { hamstring } from './hamstring.js';
import { glute } from './glute.js';

export type { ExerciseId, SideNoun, StretchContent, StretchDefinition } from './types.js';

export const STRETCHES: Readonly<Record<ExerciseId, StretchDefinition>> = Object.freeze({
  hamstring,
  glute,
});

/** Every stretch id, in the article's order (hamstring first, then glute). */
export const EXERCISE_IDS: readonly ExerciseId[] = Object.freeze(['hamstring', 'glute'] as const);

/** True when `v` names a known stretch (exact, case-sensitive). */
export function isExerciseId(v: string): v is ExerciseId {
  return (EXERCISE_IDS as readonly string[]).includes(v);
}
