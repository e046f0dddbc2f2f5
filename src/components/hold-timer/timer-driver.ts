/**
 * The running side of <hold-timer>: a TimerRun driven by the page's shared
 * scheduler, turning timeline events into DOM events, cues, announcements
 * and the wake lock. The element is a view over it.
 */
import { TimerRun } from '../../core/timer-run.js';
import { switchesSide, type Schedule } from '../../core/schedule.js';
import type { TimelineEvent } from '../../core/position.js';
import type { SideNoun } from '../../content/types.js';
import { scheduler, type Tickable } from '../../shared/scheduler.js';
import { wakeLock } from '../../shared/wake-lock.js';
import { cues, type CuePrefs } from '../../shared/cues.js';
import { cuePlayer, type Tone } from '../../shared/cue-player.js';
import { emit } from '../../shared/events.js';
import { pageLang } from '../../localization/locale.js';
import * as narration from './narration.js';

export { wakeLock, cuePlayer };

/** Events older than this when we catch up (after a hidden tab) are reported but not beeped or spoken. */
const STALE_MS = 1500;

/** What the driver needs from its element. */
export interface DriverView extends Element {
  readonly prefs: CuePrefs;
  readonly sideNoun: SideNoun;
  readonly prompt: string | null;
  /** Sets the polite status text. */
  setAnnouncement(message: string): void;
  /** The clock moved: re-render if what is shown changed. */
  refreshView(): void;
}

export type Control = 'start' | 'pause' | 'resume' | 'reset' | 'endHold' | 'skip' | 'back';

export class TimerDriver implements Tickable {
  readonly run: TimerRun;
  #lastSecond = { phase: -1, seconds: -1 };

  constructor(
    readonly schedule: Schedule,
    private readonly view: DriverView,
  ) {
    this.run = new TimerRun(schedule, () => performance.now());
  }

  control(action: Control): void {
    const run = this.run;
    const before = run.status;
    let changed = true;
    switch (action) {
      case 'start':
        // The clock first: the hold is timed from the tap, however long audio takes to wake.
        run.start();
        this.#unlockAudio();
        this.#lastSecond = { phase: -1, seconds: -1 };
        break;
      case 'pause':
        run.pause();
        cues.hush();
        changed = before === 'running';
        if (changed) this.announce(narration.pausedAnnouncement());
        break;
      case 'resume':
        run.resume();
        this.#unlockAudio();
        changed = before === 'paused';
        if (changed) this.announce(narration.resumedAnnouncement());
        break;
      case 'reset':
        run.reset();
        cues.hush();
        break;
      case 'back':
        changed = run.back();
        this.#lastSecond = { phase: -1, seconds: -1 };
        break;
      default:
        changed = run[action]();
    }
    if (changed) this.sync();
  }

  /** After a control, or when the element is (re)connected: catch up now, hold or drop the wake lock. */
  sync(): void {
    const status = this.run.status;
    if (status === 'running' && this.view.isConnected) {
      wakeLock.acquire(this.view);
      scheduler.request(this, 0);
    } else {
      this.stop();
      if (status !== 'idle') this.tick();
    }
    this.view.refreshView();
  }

  /** Nothing of this timer runs any more (paused, complete, removed). */
  stop(): void {
    scheduler.cancel(this);
    wakeLock.release(this.view);
  }

  /** Called by the shared scheduler: catch up from the clock, fire events, say when to wake next. */
  tick(): number {
    const events = this.run.drain();
    const elapsed = this.run.elapsed();
    for (const e of events) this.#handle(e, elapsed);
    this.#secondCues();
    this.view.refreshView();
    // One answer from the run itself: reading the clock again here could see the end before it was reported.
    return this.run.msUntilNextChange();
  }

  /** Sets the status text; with `speak`, also says it when voice is on. */
  announce(message: string, speak = false): void {
    this.view.setAnnouncement(message);
    if (speak && this.view.prefs.voice) cuePlayer.say(message, pageLang());
  }

  #handle(e: TimelineEvent, elapsed: number): void {
    const at =
      e.type === 'complete'
        ? this.schedule.total
        : e.type === 'hold-end'
          ? e.phase.start + e.phase.duration
          : e.type === 'hold-target'
            ? e.phase.start + (e.phase.target ?? 0)
            : e.phase.start;
    const fresh = elapsed - at <= STALE_MS;
    const view = this.view;
    switch (e.type) {
      case 'phase-start': {
        if (!fresh) return;
        const said = narration.phaseAnnouncement(e.phase, this.schedule.reps, view.sideNoun, switchesSide(this.schedule, e.phase));
        this.announce(e.phase.index === 0 && view.prompt ? `${view.prompt} ${said}` : said, true);
        return;
      }
      case 'hold-start':
        emit(view, 'hold-start', { side: e.side, rep: e.rep });
        if (fresh) this.#cue('start');
        return;
      case 'hold-target':
        emit(view, 'hold-target', { side: e.side, rep: e.rep });
        if (fresh) {
          this.#cue('target');
          this.announce(narration.targetAnnouncement(e.phase), true);
        }
        return;
      case 'hold-end':
        emit(view, 'hold-end', { side: e.side, rep: e.rep, heldMs: e.heldMs });
        if (fresh) this.#cue('end');
        return;
      case 'complete':
        wakeLock.release(view);
        emit(view, 'timer-complete', { holds: e.holds });
        this.announce(narration.completeAnnouncement(e.holds), fresh);
        return;
    }
  }

  /** Pips in the last 3 seconds before a hold starts or ends; "5 seconds left" in a long hold. */
  #secondCues(): void {
    const pos = this.run.position();
    if (this.run.status !== 'running' || !pos.phase) return;
    const seconds = Math.ceil(pos.remaining / 1000);
    const prev = this.#lastSecond;
    this.#lastSecond = { phase: pos.phase.index, seconds };
    // Only when the display stepped by exactly one second: a catch-up jump says nothing.
    if (prev.phase !== pos.phase.index || prev.seconds !== seconds + 1) return;
    if (seconds >= 1 && seconds <= 3) this.#cue('count');
    if (pos.phase.kind === 'hold' && seconds === 5 && pos.phase.duration >= 10000) this.announce(narration.fiveLeft(), true);
  }

  /** Inside the tap that starts a timer; only when sound is on (an audio context costs time on some devices). */
  #unlockAudio(): void {
    if (this.view.prefs.sound) cues.unlock();
  }

  #cue(tone: Tone): void {
    if (!this.view.prefs.sound) return;
    cuePlayer.tone(tone);
    cuePlayer.vibrate(tone);
  }
}
