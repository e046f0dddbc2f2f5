/**
 * Where a timeline stands at a given elapsed time, and which moments of it
 * (holds starting and ending, a range's minimum reached) fall between two
 * elapsed times. Both are pure lookups, so a tab that slept for a minute
 * catches up exactly, in order, with no drift.
 */
import type { Phase, Schedule } from './schedule.js';
import type { Side } from './dosage.js';

export interface Position {
  /** The current phase, or null once the timeline is complete. */
  phase: Phase | null;
  elapsed: number;
  /** ms since the current phase began. */
  inPhase: number;
  /** ms left in the current phase (0 when complete). */
  remaining: number;
  complete: boolean;
}

export function positionAt(schedule: Schedule, elapsed: number): Position {
  const t = Math.max(0, elapsed);
  // A handful of phases: a linear scan is the clearest and fast enough. None left: complete.
  const phase = schedule.phases.find((p) => t < p.start + p.duration);
  if (!phase) return { phase: null, elapsed: schedule.total, inPhase: 0, remaining: 0, complete: true };
  const inPhase = t - phase.start;
  return { phase, elapsed: t, inPhase, remaining: phase.duration - inPhase, complete: false };
}

export type TimelineEvent =
  | { type: 'hold-start'; phase: Phase; side: Side | null; rep: number }
  | { type: 'hold-target'; phase: Phase; side: Side | null; rep: number }
  | { type: 'hold-end'; phase: Phase; side: Side | null; rep: number; heldMs: number }
  | { type: 'complete'; holds: number };

/**
 * Every moment in (from, to], in timeline order. `heldOverride` gives the
 * real held time of holds that were ended early, by phase index.
 */
export function eventsBetween(
  schedule: Schedule,
  from: number,
  to: number,
  heldOverride: ReadonlyMap<number, number> = new Map(),
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  if (to <= from) return events;
  const inWindow = (t: number) => t > from && t <= to;
  for (const phase of schedule.phases) {
    const end = phase.start + phase.duration;
    if (end <= from) continue;
    if (phase.start > to) break;
    if (phase.kind !== 'hold') continue;
    if (inWindow(phase.start)) events.push({ type: 'hold-start', phase, side: phase.side, rep: phase.rep });
    const held = heldOverride.get(phase.index);
    if (phase.target != null && inWindow(phase.start + phase.target) && (held == null || held >= phase.target)) {
      events.push({ type: 'hold-target', phase, side: phase.side, rep: phase.rep });
    }
    if (inWindow(end)) {
      events.push({ type: 'hold-end', phase, side: phase.side, rep: phase.rep, heldMs: held ?? phase.duration });
    }
  }
  if (inWindow(schedule.total)) events.push({ type: 'complete', holds: schedule.holds });
  return events;
}

/**
 * ms from `elapsed` until the whole-second display next ticks over (or the
 * phase ends). Used to sleep exactly until it is needed; the timer also wakes
 * for each cue of its plan (a range hold's minimum included).
 */
export function msUntilNextChange(schedule: Schedule, elapsed: number): number {
  const pos = positionAt(schedule, elapsed);
  return pos.phase ? Math.max(1, pos.remaining % 1000 || 1000) : Infinity;
}
