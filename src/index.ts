/** Defines all three elements and exports their classes and types (the npm entry). */
export * from './hold-timer.js';
export * from './stretch-card.js';
export * from './stretch-routine.js';
export type { Dosage, Sides, Side, Order } from './core/dosage.js';
export type { ExerciseId, StretchContent, StretchDefinition } from './content/types.js';
