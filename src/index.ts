/** Defines all three elements and exports their classes and types (the npm entry). */
export * from './hold-timer.js';
export type { Dosage, Sides, Side, Order } from './core/dosage.js';
