/**
 * A dosage laid out on a timeline: the count-in, every hold and the rests
 * between them, each with a fixed start and length in milliseconds.
 *
 * Pure data. Where the timer is at any moment is a lookup in this list
 * (see `position.ts`), so nothing ever depends on how often code ran.
 */
import { sidesOf, type Dosage, type Side } from './dosage.js';

export type PhaseKind = 'lead-in' | 'hold' | 'rest';

export interface Phase {
  index: number;
  kind: PhaseKind;
  /** Offset from the start of the timeline, ms. */
  start: number;
  /** Length, ms. For a range hold this is the upper end. */
  duration: number;
  /** For a range hold: ms into the hold at which the minimum is reached. */
  target: number | null;
  /** The side held (for a rest: the side of the next hold). */
  side: Side | null;
  /** 1-based rep (for a rest: the rep of the next hold). */
  rep: number;
  /** 1-based number of this hold among all holds (for a rest: of the next hold). */
  holdNumber: number;
}

export interface Schedule {
  phases: readonly Phase[];
  /** Whole length, ms. */
  total: number;
  /** Number of holds. */
  holds: number;
  /** Holds on each side, for "rep 1 of 2". */
  reps: number;
}

const SECOND = 1000;

/**
 * How long the words said as a phase begins take, in ms (estimated, see
 * `cue-plan.ts`). They lengthen the phase they are said in (never the words'
 * speed), so the time to move always follows them.
 */
export interface Said {
  /** The get-ready words at the count-in. Only when given (and `readyTime` is not 0) does `readyTime` apply. */
  ready?: number;
  /** "Relax and switch to your right leg". */
  switch?: number;
}

function holdOrder(dosage: Dosage): { side: Side | null; rep: number }[] {
  const sides = sidesOf(dosage.sides);
  const order: { side: Side | null; rep: number }[] = [];
  if (dosage.order === 'alternate') {
    for (let rep = 1; rep <= dosage.reps; rep++) for (const side of sides) order.push({ side, rep });
  } else {
    for (const side of sides) for (let rep = 1; rep <= dosage.reps; rep++) order.push({ side, rep });
  }
  return order;
}

export function buildSchedule(dosage: Dosage, said: Said = {}): Schedule {
  const phases: Phase[] = [];
  let at = 0;
  /** At least `base` seconds, and at least the words plus `after` seconds, in whole seconds. */
  const atLeast = (base: number, words = 0, after = 0) => Math.max(base, Math.ceil(words / SECOND + after));
  const push = (kind: PhaseKind, seconds: number, side: Side | null, rep: number, holdNumber: number, target: number | null = null) => {
    const duration = Math.round(seconds * SECOND);
    if (duration <= 0) return;
    phases.push({ index: phases.length, kind, start: at, duration, target, side, rep, holdNumber });
    at += duration;
  };

  const holds = holdOrder(dosage);
  holds.forEach(({ side, rep }, i) => {
    // A ready-time or switch-time of 0 turns it off: the count-in or rest is then exactly as written.
    if (i === 0) push('lead-in', said.ready != null && dosage.readyTime ? atLeast(dosage.leadIn, said.ready, dosage.readyTime) : dosage.leadIn, side, rep, 1);
    else if (side !== holds[i - 1].side) push('rest', dosage.switchTime ? atLeast(dosage.rest, said.switch, dosage.switchTime) : dosage.rest, side, rep, i + 1);
    else push('rest', dosage.rest, side, rep, i + 1);
    if (dosage.holdMax != null) {
      push('hold', dosage.holdMax, side, rep, i + 1, Math.round(dosage.hold * SECOND));
    } else {
      push('hold', dosage.hold, side, rep, i + 1);
    }
  });

  return { phases, total: at, holds: holds.length, reps: dosage.reps };
}

/** Whether `phase` is a rest that changes side ("Relax and switch to your right leg"). */
export function switchesSide(schedule: Schedule, phase: Phase): boolean {
  const before = schedule.phases[phase.index - 1];
  return phase.kind === 'rest' && !!before && before.side !== phase.side;
}
