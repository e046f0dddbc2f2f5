/**
 * The overview shown above the whole routine: what it is, when to start,
 * and what the stretches do. Facts from the clinic's article, in our own
 * plain words; called at render time so `msg()` uses the current language.
 */
import { msg } from '@lit/localize';

export interface RoutineIntro {
  title: string;
  /** When to start stretching. */
  when: string;
  /** What the stretches do. */
  intro: string;
}

export function routineIntro(): RoutineIntro {
  return {
    title: msg('Stretches for sciatica'),
    when: msg('Begin these stretches once your pain starts to settle down and the worst part has passed. Your physiotherapist will also teach you positions that take stress off your low back and ease your pain.'),
    intro: msg('These stretches loosen your muscles and let go of tension that has built up. They also help your sciatic nerve move more freely, and help you become flexible again.'),
  };
}
