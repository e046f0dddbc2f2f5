/**
 * The article's words, drawings, safety advice and routine introduction.
 * All of it is in the entry file: a card must be complete on its first
 * render (no request waterfall, no layout shift), and a patient must never
 * tap "It hurts" and get nothing because a file failed to load.
 */
import type { ExerciseId, StretchDefinition } from './types.js';
import { hamstring } from './hamstring.js';
import { glute } from './glute.js';

export { safetyText } from './safety.js';
export { routineIntro } from './routine-text.js';

const DEFINITIONS: Readonly<Record<ExerciseId, StretchDefinition>> = Object.freeze({ hamstring, glute });

/** The built-in stretch with this id. */
export const stretchDefinition = (id: ExerciseId): StretchDefinition => DEFINITIONS[id];
