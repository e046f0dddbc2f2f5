/**
 * One run through a schedule, driven by a clock the caller supplies
 * (`performance.now` in the page, a fake one in tests).
 *
 * Elapsed time is always `now - startedAt + shift`: pauses subtract their
 * span from `shift`, skips add to it. Nothing is counted, so nothing drifts.
 */
import { eventsBetween, msUntilNextChange, positionAt, type Position, type TimelineEvent } from './position.js';
import type { Schedule } from './schedule.js';

export type RunStatus = 'idle' | 'running' | 'paused' | 'complete';
export type Clock = () => number;

export class TimerRun {
  #startedAt: number | null = null;
  #pausedAt: number | null = null;
  #shift = 0;
  /** Elapsed time up to which events have been handed out by `drain()`. */
  #reported = -1;
  readonly #heldOverride = new Map<number, number>();
  /** Events a jump back owes the caller (the phase it landed on begins again). */
  #replay: TimelineEvent[] = [];

  constructor(
    readonly schedule: Schedule,
    private readonly now: Clock,
  ) {}

  get status(): RunStatus {
    if (this.#startedAt == null) return 'idle';
    if (this.elapsed() >= this.schedule.total) return 'complete';
    return this.#pausedAt == null ? 'running' : 'paused';
  }

  elapsed(): number {
    return Math.min(this.schedule.total, Math.max(0, this.#rawElapsed()));
  }

  #rawElapsed(): number {
    if (this.#startedAt == null) return 0;
    return (this.#pausedAt ?? this.now()) - this.#startedAt + this.#shift;
  }

  position(): Position {
    return positionAt(this.schedule, this.elapsed());
  }

  /**
   * ms until the display or an event next changes; Infinity when nothing
   * will. Decided against what drain() has reported, not only the clock: a
   * timeline that ended a microsecond ago still owes its last events (0: now).
   */
  msUntilNextChange(): number {
    if (this.#startedAt == null || this.#pausedAt != null || this.#reported >= this.schedule.total) return Infinity;
    const elapsed = this.elapsed();
    return elapsed >= this.schedule.total ? 0 : msUntilNextChange(this.schedule, elapsed);
  }

  start(): void {
    this.reset();
    this.#startedAt = this.now();
  }

  pause(): void {
    if (this.status === 'running') this.#pausedAt = this.now();
  }

  resume(): void {
    if (this.#pausedAt == null || this.#startedAt == null) return;
    this.#shift -= this.now() - this.#pausedAt;
    this.#pausedAt = null;
  }

  reset(): void {
    this.#startedAt = null;
    this.#pausedAt = null;
    this.#shift = 0;
    this.#reported = -1;
    this.#heldOverride.clear();
    this.#replay = [];
  }

  /**
   * Ends the current hold now (a range hold past its minimum, or a patient
   * who has had enough) and moves on to what follows it.
   */
  endHold(): boolean {
    const pos = this.position();
    if (this.#startedAt == null || pos.phase?.kind !== 'hold') return false;
    this.#heldOverride.set(pos.phase.index, Math.round(pos.inPhase));
    this.#jumpTo(pos.phase.start + pos.phase.duration, false);
    return true;
  }

  /** Skips to the start of the next phase (the end of the current one). */
  skip(): boolean {
    const pos = this.position();
    if (pos.phase?.kind === 'hold') return this.endHold();
    if (this.#startedAt == null || !pos.phase) return false;
    this.#jumpTo(pos.phase.start + pos.phase.duration, false);
    return true;
  }

  /**
   * Goes back to the start of the current hold, or to the previous hold when
   * the current one has barely begun (like a music player's "previous").
   */
  back(): boolean {
    const pos = this.position();
    if (this.#startedAt == null) return false;
    const holds = this.schedule.phases.filter((p) => p.kind === 'hold');
    const current = pos.phase;
    let target = holds[0];
    if (!current) target = holds[holds.length - 1];
    else {
      const thisHold = current.kind === 'hold' ? current : holds.find((h) => h.index > current.index);
      const prior = holds.filter((h) => h.index < (thisHold?.index ?? Infinity));
      const barelyBegun = current.kind !== 'hold' || pos.inPhase < 2000;
      target = (barelyBegun ? prior[prior.length - 1] : thisHold) ?? thisHold ?? holds[0];
    }
    if (!target) return false;
    // Give the patient the rest (or count-in) before that hold to get back into position.
    const before = this.schedule.phases[target.index - 1];
    const to = before && before.kind !== 'hold' ? before.start : target.start;
    for (const h of holds) if (h.index >= target.index) this.#heldOverride.delete(h.index);
    this.#jumpTo(to, true);
    return true;
  }

  /** Events since the last call, in timeline order. */
  drain(): TimelineEvent[] {
    if (this.#startedAt == null) return [];
    const to = this.elapsed();
    const events = [...this.#replay, ...eventsBetween(this.schedule, this.#reported, to, this.#heldOverride)];
    this.#replay = [];
    this.#reported = Math.max(this.#reported, to);
    return events;
  }

  #jumpTo(elapsed: number, replay: boolean): void {
    this.#shift += elapsed - this.#rawElapsed();
    // Going forward, drain() reports the boundary landed on. Going back, the
    // phase landed on begins again: a hold owes its start, and nothing before it.
    if (!replay) return;
    this.#reported = elapsed;
    const phase = positionAt(this.schedule, elapsed).phase;
    if (phase?.kind === 'hold') this.#replay = [{ type: 'hold-start', phase, side: phase.side, rep: phase.rep }];
  }
}
