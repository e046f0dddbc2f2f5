/**
 * The running side of <hold-timer>: a TimerRun driven by the page's shared
 * scheduler, turning timeline events into DOM events, and its cue plan into
 * tones, vibration, words and announcements, at their moments, also while the
 * page is hidden. The element is a view over it.
 */
import { TimerRun } from '../../core/timer-run.js';
import { buildSchedule, type Schedule } from '../../core/schedule.js';
import { planCues, speechMs, type Cue } from '../../core/cue-plan.js';
import { sidesOf, type Dosage } from '../../core/dosage.js';
import type { TimelineEvent } from '../../core/position.js';
import { scheduler, type Tickable } from '../../shared/scheduler.js';
import { wakeLock } from '../../shared/wake-lock.js';
import { cues, type CuePrefs } from '../../shared/cues.js';
import { cuePlayer } from '../../shared/cue-player.js';
import { emit } from '../../shared/events.js';
import { currentLocale } from '../../localization/locale.js';
import { doingNow } from './hold-timer.text.js';
import * as narration from './narration.js';

export { wakeLock, cuePlayer };
export type { RunWords } from './narration.js';

/** Cues older than this when we catch up (after a frozen page) are passed over, not beeped or spoken. */
const STALE_MS = 1500;

/** The element's private hooks, handed over as closures (they are no part of its public API). */
export interface DriverView {
  readonly host: HTMLElement;
  prefs(): CuePrefs;
  /** Sets the polite status text. */
  announce(message: string): void;
  /** The clock moved: re-render if what is shown changed. */
  refresh(): void;
}

export type Control = 'start' | 'pause' | 'resume' | 'reset' | 'endHold' | 'skip' | 'back';

export class TimerDriver implements Tickable {
  readonly schedule: Schedule;
  readonly plan: readonly Cue[];
  readonly run: TimerRun;
  /** The next cue of the plan to play. */
  #next = 0;

  /** Lays out the run: phases lengthened by the words said in them (estimated in the language shown), then its cues. */
  constructor(dosage: Dosage, words: narration.RunWords, private readonly view: DriverView) {
    const lang = currentLocale();
    const length = (text: string) => speechMs(text, lang, cuePlayer.paces.get(lang));
    const [first, second = first] = sidesOf(dosage.sides);
    this.schedule = buildSchedule(dosage, {
      ready: words.prompt ? length(`${words.prompt} ${doingNow({ kind: 'lead-in', side: first }, words.sideNoun, false)}`) : undefined,
      switch: length(doingNow({ kind: 'rest', side: second }, words.sideNoun, true)),
    });
    this.plan = planCues(this.schedule, narration.cueWords(words, this.schedule.holds), length);
    this.run = new TimerRun(this.schedule, () => performance.now());
  }

  control(action: Control): void {
    const run = this.run;
    const before = run.status;
    let changed = true;
    switch (action) {
      case 'start':
        // The clock first: the hold is timed from the tap, however long audio takes to wake.
        run.start();
        this.#next = 0;
        cues.unlock(this.view.prefs());
        break;
      case 'pause':
        run.pause();
        cues.hush();
        changed = before === 'running';
        if (changed) this.view.announce(narration.pausedAnnouncement());
        break;
      case 'resume':
        run.resume();
        cues.unlock(this.view.prefs());
        changed = before === 'paused';
        if (changed) this.view.announce(narration.resumedAnnouncement());
        break;
      case 'reset':
        run.reset();
        this.#next = 0;
        cues.hush();
        break;
      default: {
        // The patient moved on (skip, back, finish a hold): what was being said no longer applies, and
        // the cues go on from where the run landed (what it lands on, not what it passed).
        changed = run[action]();
        if (changed) {
          const at = run.elapsed();
          this.#next = this.plan.filter((c) => c.at < at).length;
          cues.hush();
        }
      }
    }
    if (changed) this.sync();
  }

  /** After a control, or when the element is (re)connected: catch up now, hold or drop the wake lock. */
  sync(): void {
    const status = this.run.status;
    if (status === 'running' && this.view.host.isConnected) {
      wakeLock.acquire(this.view.host);
      scheduler.request(this, 0);
    } else {
      this.stop();
      if (status !== 'idle') this.tick();
    }
    this.view.refresh();
  }

  /** Nothing of this timer runs any more (paused, complete, removed). */
  stop(): void {
    scheduler.cancel(this);
    wakeLock.release(this.view.host);
  }

  /**
   * Called by the shared scheduler: catch up from the clock, fire events, play
   * the cues now due, say when to wake next. While the page is hidden the
   * cues still play (the scheduler keeps running); only drawing waits.
   */
  tick(): number {
    const events = this.run.drain();
    const elapsed = this.run.elapsed();
    for (const e of events) this.#emit(e);
    const prefs = this.view.prefs();
    const shown = document.visibilityState !== 'hidden';
    for (let c: Cue | undefined; (c = this.plan[this.#next]) && c.at <= elapsed; this.#next++) {
      if (elapsed - c.at > STALE_MS) continue;
      if (c.tone && prefs.sound) cuePlayer.tone(c.tone);
      if (c.say && shown) this.view.announce(c.say);
      if (c.say && prefs.voice) cuePlayer.say(c.say);
    }
    if (shown) this.view.refresh();
    // One answer from the run itself (reading the clock again here could see the end before it was
    // reported), or sooner for a cue between its changes (words that follow other words).
    return Math.min(this.run.msUntilNextChange(), (this.plan[this.#next]?.at ?? Infinity) - elapsed);
  }

  #emit(e: TimelineEvent): void {
    const host = this.view.host;
    // The event's detail is the timeline event's own fields: side and rep (and heldMs), or holds.
    const { type, phase: _, ...detail } = e as TimelineEvent & { phase?: unknown };
    if (type === 'complete') wakeLock.release(host);
    emit(host, type === 'complete' ? 'timer-complete' : type, detail);
  }
}
