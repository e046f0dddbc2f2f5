/**
 * The stretches this library knows: ids, doses, words and drawings.
 */
export type { ExerciseId, SideNoun, StretchContent, StretchDefinition, StretchMeta } from './types.js';
export { STRETCH_META, EXERCISE_IDS, isExerciseId } from './meta.js';
export { stretchDefinition, safetyText, routineIntro } from './load.js';
