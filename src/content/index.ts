/**
 * The stretches this library knows: ids and doses at once, words and
 * drawings on demand.
 */
export type { ExerciseId, SideNoun, StretchContent, StretchDefinition, StretchMeta } from './types.js';
export { STRETCH_META, EXERCISE_IDS, isExerciseId } from './meta.js';
export { loadStretch, loadSafety, loadRoutineIntro } from './load.js';
