/** Every built-in stretch, words and drawings included: for tools and tests. */
import type { ExerciseId, StretchDefinition } from './types.js';
import { hamstring } from './hamstring.js';
import { glute } from './glute.js';

export const STRETCHES: Readonly<Record<ExerciseId, StretchDefinition>> = Object.freeze({ hamstring, glute });
