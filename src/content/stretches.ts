/**
 * Every built-in stretch, words and drawings included, loaded eagerly: for
 * tools and tests. The elements load each stretch on demand instead (`load.ts`).
 */
import type { ExerciseId, StretchDefinition } from './types.js';
import { hamstring } from './hamstring.js';
import { glute } from './glute.js';

export const STRETCHES: Readonly<Record<ExerciseId, StretchDefinition>> = Object.freeze({ hamstring, glute });
