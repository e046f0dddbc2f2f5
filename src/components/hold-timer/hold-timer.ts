import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { sidesOf, DEFAULT_DOSAGE, type Dosage, type Order, type Side, type Sides } from '../../core/dosage.js';
import { dosageFrom } from '../../shared/dosage-attributes.js';
import { buildSchedule, switchesSide, type Schedule } from '../../core/schedule.js';
import { positionAt, type Position } from '../../core/position.js';
import type { SideNoun } from '../../content/types.js';
import { tokens, buttons } from '../../shared/tokens.styles.js';
import { numberAttribute, warnAttribute } from '../../shared/warn.js';
import { cues, type CuePrefs } from '../../shared/cues.js';
import { formatSeconds } from '../../localization/format.js';
import { currentLocale, localeDir, localized } from '../../localization/locale.js';
import { toggleCue } from '../../shared/cue-toggle.js';
import { holdTimerStyles } from './hold-timer.styles.js';
import * as text from './hold-timer.text.js';
import { timeLeft } from './narration.js';
import { TimerDriver, cuePlayer, type Control, type DriverView } from './timer-driver.js';

export type HoldTimerState = 'idle' | 'lead-in' | 'hold' | 'rest' | 'paused' | 'complete';

export interface HoldStartDetail {
  side: Side | null;
  rep: number;
}
export interface HoldEndDetail extends HoldStartDetail {
  heldMs: number;
}
export interface TimerCompleteDetail {
  holds: number;
}

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Times the holds of one stretch: a count-in, each hold on each side, and the
 * rests between, with big numbers, a progress ring, and optional sound, voice
 * and vibration cues. Defaults follow the article: 3 s count-in, hold 15 s,
 * 2 reps on each side, 5 s rest; a change of side gets at least 8 s after
 * "switch to your right leg", and a `prompt` at least 10 s after it is said.
 *
 * Cues follow a plan made at start: tones at the exact moments, short words
 * at each change, queued so none cuts another off. They keep playing while
 * the page is hidden (another app, a locked screen, where the browser allows).
 *
 * Timing comes from timestamps, never from counting ticks: a hold ends on
 * time even if the tab was hidden or the phone was locked, and the events of
 * every hold that ended meanwhile are fired, in order, when the page returns.
 *
 * Changing a dosage attribute or property while a run is under way is checked
 * (and warned about) at once, and applies from the next start (or reset), so a
 * patient mid-hold is never thrown to another point.
 *
 * @summary A drift-free, accessible hold timer.
 * @tagname hold-timer
 *
 * @attr lang - The language to show instead of the page's `<html lang>` (e.g. `es` on an English page). The widgets show one language at a time: the first widget with `lang` decides for the page.
 *
 * @fires hold-start - A hold begins. `detail: { side, rep }`.
 * @fires hold-target - A range hold (`hold-max`) reached its minimum. `detail: { side, rep }`.
 * @fires hold-end - A hold's time is up or it was ended early. `detail: { side, rep, heldMs }`.
 * @fires timer-complete - Every hold on every side is done. `detail: { holds }`.
 *
 * @csspart base - The timer's box.
 * @csspart label - The heading from the `label` attribute.
 * @csspart ring - The progress ring (an SVG).
 * @csspart seconds - The big number.
 * @csspart instruction - What to do now ("Hold: left leg").
 * @csspart reps - "Rep 1 of 2 · left leg".
 * @csspart controls - The Start/Pause and Reset buttons.
 * @csspart button - Every button.
 * @csspart cue-toggles - The Sound and Voice switches.
 *
 * @cssproperty --hold-timer-ring-color - The ring during a hold. Default: `--stretch-accent`.
 * @cssproperty --hold-timer-track-color - The ring's track. Default: `--stretch-border`.
 * @cssproperty --hold-timer-rest-color - The ring while resting or counting in. Default: `--stretch-muted`.
 * @cssproperty --hold-timer-size - The ring's diameter. Default: `min(100%, 17rem)`.
 * @cssproperty --stretch-accent - The brand colour: filled buttons, the ring, step numbers. Default: `#0a6b66`.
 * @cssproperty --stretch-on-accent - Text on the accent. Default: black or white, whichever reads better on the accent.
 * @cssproperty --stretch-accent-text - The accent where it is text or a line. Default: the accent, darkened or lightened just enough to read on the surface (5.3:1).
 * @cssproperty --stretch-surface - Background. Default: white, or `#161c1f` when the page is dark (`color-scheme: dark`).
 * @cssproperty --stretch-text - Text. Default: near-black or near-white, whichever suits the surface.
 * @cssproperty --stretch-muted - Secondary text. Default: the text mixed toward the surface.
 * @cssproperty --stretch-surface-alt - Boxes within (drawing, chips). Default: the surface with a touch of the accent.
 * @cssproperty --stretch-border - Lines around boxes. Default: the text mixed toward the surface.
 * @cssproperty --stretch-caution - The "Take care" bar and heading. Default: `#a35200`, fitted to the surface like the accent.
 * @cssproperty --stretch-caution-surface - The "Take care" box. Default: `--stretch-surface-alt`.
 * @cssproperty --stretch-danger - The "It hurts" button and its panel. Default: `#c62828`, fitted to the surface.
 * @cssproperty --stretch-focus - The focus ring. Default: `--stretch-accent-text`.
 * @cssproperty --stretch-font - Font family. Default: the page's font.
 * @cssproperty --stretch-font-size - Text size. Default: the page's root size (`1rem`), at least 16 px.
 * @cssproperty --stretch-radius - Corner radius. Default: `12px`.
 * @cssproperty --stretch-space - Spacing unit. Default: `1rem`.
 * @cssproperty --stretch-shadow - Shadow of the boxes. Default: `0 1px 3px rgb(0 0 0 / 0.12)`.
 */
export class HoldTimer extends LitElement {
  static override styles = [tokens, buttons, holdTimerStyles];
  static override properties = {
    hold: { converter: numberAttribute },
    holdMax: { attribute: 'hold-max', converter: numberAttribute },
    reps: { converter: numberAttribute },
    sides: {},
    rest: { converter: numberAttribute },
    leadIn: { attribute: 'lead-in', converter: numberAttribute },
    order: {},
    readyTime: { attribute: 'ready-time', converter: numberAttribute },
    switchTime: { attribute: 'switch-time', converter: numberAttribute },
    label: {},
    sideNoun: { attribute: 'side-noun' },
    prompt: {},
    caution: {},
    closing: {},
    sound: { type: Boolean },
    voice: { type: Boolean },
  };

  /** Seconds of one hold (the minimum when `hold-max` is set), 1–600; null: 15. */
  hold: number | null = null;
  /** Upper end of a range hold such as 15–20 s: the patient may stop once `hold` is reached. */
  holdMax: number | null = null;
  /** Holds on each side, 1–50; null: 2. */
  reps: number | null = null;
  /** `both` (left then right, the default), `left`, `right` or `none`. */
  sides: Sides | null = null;
  /** Seconds between holds, to relax and switch sides, 0–600; null: 5. */
  rest: number | null = null;
  /** Seconds of count-in before the first hold (the least it will be), 0–120; null: 3. */
  leadIn: number | null = null;
  /** `sides-in-turn` (all reps on one side, then the other; the default) or `alternate`. */
  order: Order | null = null;
  /**
   * Seconds to get into position after the `prompt` is said, before the first hold, 0–120; null: 10.
   * The count-in is lengthened by the time the words take; without a prompt, or with 0, it is `lead-in` alone.
   */
  readyTime: number | null = null;
  /** Seconds to change sides after "switch to your right leg" is said, before that side's first hold, 0–120; null: 8. 0: the rest is `rest` alone. */
  switchTime: number | null = null;
  /** What is being held, shown as a heading; the timer is named after it ("Hamstring stretch timer"). */
  label: string | null = null;
  /** How sides are named: `leg` ("left leg", the default) or `side` ("left side"). */
  sideNoun: SideNoun = 'leg';
  /**
   * Said before the count-in, e.g. "Lie on your back and wrap the towel around one foot."
   * A stretch card sets it from its steps; a routine adds "Next: …".
   */
  prompt: string | null = null;
  /** Said once, at the first hold: the stretch's safety rule. A stretch card sets it. */
  caution: string | null = null;
  /**
   * Said when every hold is done, instead of the timer's own "All done. You finished all 4 holds.
   * Well done!"; empty says nothing. A routine sets it: nothing between stretches, its own count at the end.
   */
  closing: string | null = null;
  /** Turn sound and vibration on initially (until the patient chooses otherwise). */
  sound = false;
  /** Turn spoken prompts on initially (until the patient chooses otherwise). */
  voice = false;

  /** The patient's cue choice, shared by every timer on the page (set with the Sound and Voice switches). */
  #prefs: CuePrefs = { sound: false, voice: false };
  #announcement = '';
  /** The engine's hooks into this view. */
  readonly #view: DriverView = {
    host: this,
    prefs: () => this.#prefs,
    announce: (message) => {
      // Same text twice would not be re-read: nudge it so screen readers notice.
      this.#announcement = this.#announcement === message ? `${message}\u00a0` : message;
      this.requestUpdate();
    },
    refresh: () => this.#refreshView(),
  };

  get #arc() {
    return this.renderRoot.querySelector<SVGCircleElement>('.arc');
  }

  get #hand() {
    return this.renderRoot.querySelector<HTMLElement>('.hand');
  }

  #dosage: Dosage = { ...DEFAULT_DOSAGE };
  /** A dose changed while running: it applies from the next start or reset. */
  #nextDosage: Dosage | null = null;
  #schedule: Schedule = buildSchedule(this.#dosage);
  /** The running side, created at the first start (an idle timer needs none). */
  #driver: TimerDriver | null = null;
  /** What the screen shows, as a key: the view re-renders only when this changes (about once a second). */
  #shown = '';
  #sweep: Animation | null = null;
  #sweepPhase = -1;
  #unsubscribeCues?: () => void;

  constructor() {
    super();
    localized(this);
  }

  /** The current state: `idle`, `lead-in`, `hold`, `rest`, `paused` or `complete`. */
  get state(): HoldTimerState {
    const status = this.#status;
    if (status === 'idle' || status === 'paused' || status === 'complete') return status;
    return this.#position().phase?.kind ?? 'complete';
  }

  /** The side being held (or next), or null. */
  get side(): Side | null {
    return this.#position().phase?.side ?? null;
  }

  /** The 1-based rep being held (or next). */
  get rep(): number {
    return this.#position().phase?.rep ?? 1;
  }

  /** Milliseconds left in the current phase. */
  get remaining(): number {
    return Math.round(this.#position().remaining);
  }

  /** The dose being timed, after parsing and fallbacks (a change made mid-run shows here from the next start). */
  get dosage(): Readonly<Dosage> {
    return this.#dosage;
  }

  /** Starts from the beginning (restarts when already running), with the dose as set now. */
  start(): void {
    // A dose set just before, whose update has not run yet, counts too.
    if (this.isUpdatePending) this.#nextDosage = dosageFrom(this, DEFAULT_DOSAGE);
    if (this.#nextDosage) this.#applyDosage();
    this.#driver?.stop();
    this.#driver = new TimerDriver(this.#dosage, this, this.#view);
    this.#schedule = this.#driver.schedule;
    this.#control('start');
  }

  /** Pauses; nothing runs while paused. */
  pause(): void {
    this.#control('pause');
  }

  /** Resumes from where it was paused. */
  resume(): void {
    this.#control('resume');
  }

  /** Back to the start, not running. Applies any dosage change made meanwhile. */
  reset(): void {
    this.#driver?.control('reset');
    if (this.#nextDosage) this.#applyDosage();
    this.#announcement = '';
    this.#refreshView();
  }

  /** Ends the current hold now (fires `hold-end` with the time really held) and moves on. */
  endHold(): void {
    this.#control('endHold');
  }

  /** Skips to the next phase: ends a hold early, or cuts a rest or count-in short. */
  skip(): void {
    this.#control('skip');
  }

  /** Goes back to the start of this hold, or the previous one if this one has barely begun. */
  back(): void {
    this.#control('back');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribeCues = cues.subscribe((p) => {
      this.#prefs = p;
      this.requestUpdate();
    });
    // Re-added while a run was going: pick up from the timestamps.
    if (this.#status === 'running') this.#driver?.sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeCues?.();
    this.#driver?.stop();
    this.#sweep?.cancel();
    this.#sweep = null;
    this.#sweepPhase = -1;
    if (this.#status === 'running') cues.hush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A dose property changed (they are named as the dose's fields): checked (and warned about) now, even mid-run; applied when nothing is running.
    if (Object.keys(DEFAULT_DOSAGE).some((k) => changed.has(k as keyof HoldTimer))) this.#nextDosage = dosageFrom(this, DEFAULT_DOSAGE);
    if (this.#nextDosage && (this.#status === 'idle' || this.#status === 'complete')) this.#applyDosage();
    if (changed.has('sideNoun') && this.sideNoun !== 'leg' && this.sideNoun !== 'side') {
      warnAttribute(this, 'side-noun', this.sideNoun, 'leg or side', 'leg');
      this.sideNoun = 'leg';
    }
    if (changed.has('sound') || changed.has('voice') || !this.hasUpdated) {
      const stored = cues.stored();
      this.#prefs = { sound: stored?.sound ?? this.sound, voice: stored?.voice ?? this.voice };
    }
  }

  protected override updated(): void {
    const s = this.state;
    if (this.getAttribute('state') !== s) this.setAttribute('state', s);
    this.#syncRing();
  }

  /** Re-renders only when what the screen shows changed: about once a second while running. */
  #refreshView(): void {
    const pos = this.#position();
    const seconds = Math.ceil(pos.remaining / 1000);
    const reached = pos.phase?.target != null && pos.inPhase >= pos.phase.target;
    const shown = `${this.#status}|${pos.phase?.index}|${seconds}|${reached}`;
    if (shown !== this.#shown) {
      this.#shown = shown;
      this.requestUpdate();
    }
  }

  get #status() {
    return this.#driver?.run.status ?? 'idle';
  }

  /** Where the run is; an idle timer sits at the start of its first phase. */
  #position(): Position {
    // The driver's schedule is #schedule; an idle run's elapsed time is 0.
    return positionAt(this.#schedule, this.#driver?.run.elapsed() ?? 0);
  }

  #control(action: Control): void {
    this.#driver?.control(action);
  }

  #applyDosage(): void {
    this.#dosage = this.#nextDosage!;
    this.#nextDosage = null;
    this.#schedule = buildSchedule(this.#dosage);
    this.#driver?.stop();
    this.#driver = null;
    this.#refreshView();
  }

  #toggleCue(kind: keyof CuePrefs): void {
    // Every timer on the page hears the change (this one included) and shows it.
    toggleCue(this.#prefs, kind);
  }

  #onPrimary(): void {
    const status = this.#status;
    if (status === 'running') this.pause();
    else if (status === 'paused') this.resume();
    else this.start();
  }

  /**
   * The ring. Its arc is set once a second (a dash offset, no animation: an
   * animated stroke repaints the SVG every frame, ~60 ms of main thread a
   * second). Between those steps a hand sweeps round smoothly: one Web
   * Animation of `transform` per phase, which the compositor runs alone.
   */
  #syncRing(): void {
    const arc = this.#arc;
    const hand = this.#hand;
    if (!arc || !hand) return;
    const pos = this.#position();
    const status = this.#status;
    const phase = pos.phase;
    const fraction = status === 'idle' ? 0 : phase ? pos.inPhase / phase.duration : 1;
    arc.style.strokeDashoffset = String(Math.min(100, fraction * 100));
    const turn = (f: number) => `rotate(${-f * 360}deg)`;
    if (status !== 'running' || !phase || reducedMotion() || typeof hand.animate !== 'function') {
      this.#sweep?.cancel();
      this.#sweep = null;
      this.#sweepPhase = -1;
      hand.style.transform = turn(fraction);
      return;
    }
    if (!this.#sweep || this.#sweepPhase !== phase.index) {
      this.#sweep?.cancel();
      this.#sweep = hand.animate([{ transform: turn(0) }, { transform: turn(1) }], { duration: phase.duration, easing: 'linear', fill: 'forwards' });
      this.#sweepPhase = phase.index;
    }
    const t = Number(this.#sweep.currentTime ?? 0);
    if (Math.abs(t - pos.inPhase) > 100) this.#sweep.currentTime = pos.inPhase;
  }

  override render() {
    const status = this.#status;
    const pos = this.#position();
    const phase = pos.phase;
    const d = this.#dosage;
    const sideCount = sidesOf(d.sides).filter(Boolean).length;
    const idle = status === 'idle';
    const complete = status === 'complete';
    const seconds = idle ? d.hold : Math.ceil(pos.remaining / 1000);
    const reached = !!phase && phase.kind === 'hold' && phase.target != null && pos.inPhase >= phase.target && !idle;
    const progress = idle ? 0 : complete ? 100 : phase ? Math.floor((pos.inPhase / phase.duration) * 10) * 10 : 0;
    const targetAngle = phase?.kind === 'hold' && phase.target != null ? (phase.target / phase.duration) * 100 : null;

    let doing: string;
    if (idle) doing = msg('Ready when you are');
    else if (complete) doing = msg('Done. Well done!');
    else doing = phase ? text.doingNow(phase, this.sideNoun, switchesSide(this.#schedule, phase)) : '';
    if (status === 'paused') doing = msg('Paused');
    const noVoice = cuePlayer.voice(currentLocale()) === null;
    const primaryLabel = status === 'running' ? msg('Pause') : status === 'paused' ? msg('Resume') : complete ? msg('Start again') : msg('Start');
    const bigNumber = complete ? '✓' : idle && d.holdMax != null ? `${formatSeconds(d.hold)}–${formatSeconds(d.holdMax)}` : formatSeconds(seconds);

    return html`
      <section
        class="timer"
        part="base"
        lang=${currentLocale()}
        dir=${localeDir()}
        aria-label=${this.label ? msg(str`${this.label} timer`, { desc: 'A timer\'s accessible name, from its label, e.g. "Hamstring stretch timer".' }) : msg('Stretch timer')}
      >
        ${this.label ? html`<p class="label" part="label" lang=${this.closest('[lang]')?.getAttribute('lang') ?? ''}>${this.label}</p>` : nothing}
        <div
          class="face"
          role="progressbar"
          aria-label=${msg('Time through this step')}
          aria-valuemin="0"
          aria-valuemax="100"
          aria-valuenow=${progress}
          aria-valuetext=${idle || complete ? doing : timeLeft(seconds, doing)}
        >
          <svg class="ring" part="ring" viewBox="0 0 100 100" aria-hidden="true">
            <circle class="track" cx="50" cy="50" r="45" pathLength="100"></circle>
            <circle class="arc" cx="50" cy="50" r="45" pathLength="100"></circle>
            ${targetAngle != null && !idle
              ? html`<line class="target-mark" x1="95" y1="50" x2="100" y2="50" transform=${`rotate(${targetAngle * 3.6} 50 50)`}></line>`
              : nothing}
          </svg>
          <div class="hand" ?hidden=${idle || complete}></div>
          <div class="readout" aria-hidden="true">
            <span class="seconds ${bigNumber.length > 5 ? 'long' : bigNumber.length > 3 ? 'range' : ''}" part="seconds">${bigNumber}</span>
            ${complete ? nothing : html`<span class="unit">${text.secondsUnit(idle ? (d.holdMax ?? d.hold) : seconds)}</span>`}
          </div>
        </div>
        <p class="doing" part="instruction">${doing}</p>
        <p class="count" part="reps">
          ${idle || complete
            ? text.doseLine(d.reps, sideCount, this.sideNoun, d.hold, d.holdMax)
            : phase
              ? text.repLine(phase, this.#schedule.reps, this.sideNoun)
              : nothing}
        </p>
        ${reached && status === 'running' ? html`<p class="reached">${msg('You can stop now')}</p>` : nothing}
        <div class="controls" part="controls">
          <button class="button primary" part="button" type="button" @click=${this.#onPrimary}>${primaryLabel}</button>
          ${reached
            ? html`<button class="button" part="button" type="button" @click=${this.endHold}>${msg('Finish hold')}</button>`
            : nothing}
          <button class="button quiet" part="button" type="button" ?disabled=${idle} @click=${this.reset}>${msg('Reset')}</button>
        </div>
        <div class="cue-toggles" part="cue-toggles" role="group" aria-label=${msg('Cues')}>
          <button class="button quiet" part="button" type="button" aria-pressed=${String(this.#prefs.sound)} @click=${() => this.#toggleCue('sound')}>
            ${msg('Sound')}
          </button>
          <button
            class="button quiet"
            part="button"
            type="button"
            aria-pressed=${String(this.#prefs.voice)}
            aria-describedby=${noVoice ? 'no-voice' : nothing}
            @click=${() => this.#toggleCue('voice')}
          >
            ${msg('Voice')}
          </button>
        </div>
        ${noVoice
          ? html`<p class="count" id="no-voice">
              ${msg('No voice for this language on this device', { desc: 'Under the Voice switch when the device cannot speak the language shown: tones and vibration still play.' })}
            </p>`
          : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hold-timer': HoldTimer;
  }
  interface GlobalEventHandlersEventMap {
    'hold-start': CustomEvent<HoldStartDetail>;
    'hold-target': CustomEvent<HoldStartDetail>;
    'hold-end': CustomEvent<HoldEndDetail>;
    'timer-complete': CustomEvent<TimerCompleteDetail>;
  }
}
