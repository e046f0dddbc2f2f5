import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { EXERCISE_IDS, isExerciseId, routineIntro, stretchDefinition, type ExerciseId } from '../../content/index.js';
import { tokens, buttons } from '../../shared/tokens.styles.js';
import { emit } from '../../shared/events.js';
import { intAttribute, numberAttribute, warnAttribute, warnOnce } from '../../shared/warn.js';
import { heading } from '../../shared/heading.js';
import { wakeLock } from '../../shared/wake-lock.js';
import { sidesOf } from '../../core/dosage.js';
import { cues, type CuePrefs } from '../../shared/cues.js';
import { toggleCue } from '../../shared/cue-toggle.js';
import { reveal } from '../../shared/reveal.js';
import { formatWeekday } from '../../localization/format.js';
import { currentLocale, localeDir, localized } from '../../localization/locale.js';
import type { StretchCard } from '../stretch-card/stretch-card.js';
import type { HoldEndDetail } from '../hold-timer/hold-timer.js';
import {
  dayKey,
  lastSevenDays,
  loadProgress,
  resumableToday,
  saveProgress,
  routineKeys,
  withSessionDone,
  withStretchDone,
  type Progress,
} from './progress-store.js';
import { stretchRoutineStyles } from './stretch-routine.styles.js';
import * as text from './stretch-routine.text.js';

const DEFAULT_EXERCISES: readonly ExerciseId[] = ['hamstring', 'glute'];

export type RoutineMode = 'overview' | 'guided' | 'finished';

export interface RoutineStartDetail {
  exercises: string[];
  /** 0-based index the session starts from (more than 0 when continuing). */
  from: number;
}
export interface RoutineProgressDetail {
  exercise: string;
  side: 'left' | 'right' | null;
  rep: number;
}
export interface RoutineCompleteDetail {
  sessionsToday: number;
}

/**
 * The article's whole routine, guided hands-free: an overview to read, then
 * one stretch at a time with its timer, moving on by itself through every
 * side, rep and stretch. Today's sessions and the last 7 days are kept in
 * this browser only (localStorage), written as each stretch is finished, so
 * a reload mid-routine offers to continue.
 *
 * The built-in cards (from `exercises`) re-export their parts under the names they have on `<stretch-card>`
 * (its `base` as `card`); your own child cards are in the page: style them with `stretch-card::part(…)`.
 *
 * @summary The whole routine, start to finish.
 * @tagname stretch-routine
 *
 * @slot - Your own `<stretch-card>` elements, to make a routine of your own (instead of `exercises`).
 *   Anything else here (a note, a photo) shows below the stretches (below the current one while guiding).
 * @slot intro - Replaces the built-in introduction (title and text; start it with your own heading).
 *
 * @attr lang - The language to show instead of the page's `<html lang>` (e.g. `es` on an English page). The widgets show one language at a time: the first widget with `lang` decides for the page.
 *
 * @fires routine-start - A session starts. `detail: { exercises, from }`.
 * @fires routine-progress - A hold was finished. `detail: { exercise, side, rep }`.
 * @fires routine-complete - Every stretch is done. `detail: { sessionsToday }`.
 *
 * @csspart base - The routine's wrapper.
 * @csspart intro - The overview box.
 * @csspart start-button - "Start routine".
 * @csspart cue-toggles - The Sound and Voice switches in the overview (shared with every timer).
 * @csspart guided-bar - The bar above the current stretch (title, Back, Skip, End).
 * @csspart week - The 7-day strip.
 * @csspart finished - The end screen.
 * @csspart card - Each built-in card (its `base`).
 * @csspart title - The cards' titles.
 * @csspart media - The cards' drawings.
 * @csspart dosage - The cards' dose chips.
 * @csspart steps - The cards' numbered steps.
 * @csspart cautions - The cards' "Take care" boxes.
 * @csspart hurt-button - The cards' "It hurts" buttons.
 * @csspart safety - The cards' safety panels.
 * @csspart timer - The cards' timers.
 * @csspart timer-base - The timers' box.
 * @csspart timer-ring - The timers' progress ring.
 * @csspart timer-seconds - The timers' big number.
 * @csspart timer-instruction - The timers' "what to do now" line.
 * @csspart timer-reps - The timers' rep count line.
 * @csspart timer-controls - The timers' Start/Pause and Reset row.
 * @csspart timer-button - The timers' buttons.
 * @csspart timer-cue-toggles - The timers' Sound and Voice switches.
 *
 * @cssproperty --stretch-routine-done-color - The dots of the 7-day strip. Default: `--stretch-accent-text`.
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
 *
 * The cards inside also take the drawing tokens (`--stretch-drawing-*`) and the component tokens of
 * `<stretch-card>` and `<hold-timer>`.
 */
export class StretchRoutine extends LitElement {
  static override styles = [tokens, buttons, stretchRoutineStyles];
  static override properties = {
    exercises: {},
    timesPerDay: { attribute: 'times-per-day', converter: numberAttribute },
    headingLevel: { attribute: 'heading-level', converter: numberAttribute },
    progressKey: { attribute: 'progress-key' },
    // Private state: `attribute: false` is all that Lit's `state` option would do (lit-trim leaves it out).
    mode: { attribute: false },
    current: { attribute: false },
    progress: { attribute: false },
    saveFailed: { attribute: false },
    childCards: { attribute: false },
    prefs: { attribute: false },
  };

  /** Space-separated stretch ids, in order. Default `hamstring glute`. */
  exercises: string | null = null;
  /** Sessions a day to aim for, 1–12; null: 2 (the article: at least twice a day). */
  timesPerDay: number | null = null;
  /** Heading level of the routine's title, 2–5 (null: 2); each stretch's title is one level below. */
  headingLevel: number | null = null;
  /**
   * Names the saved progress, e.g. `back-class`. Without it the progress is kept under the routine's
   * content (its stretches and doses): routines with different content never share a history, and
   * renaming an `id` loses nothing; set it to keep the history when you edit the routine's doses.
   */
  progressKey: string | null = null;

  private mode: RoutineMode = 'overview';
  private current = 0;
  private progress: Progress = { v: 2, days: {}, current: null };
  private saveFailed = false;
  private childCards: StretchCard[] = [];
  private prefs: CuePrefs = { sound: false, voice: false };

  /** The focus target of each mode: Start, the current stretch's title, "Routine done". */
  get #focusTarget() {
    return this.renderRoot.querySelector<HTMLElement>('[part=start-button], .guided-title, .finished .big');
  }

  #ids: ExerciseId[] = [...DEFAULT_EXERCISES];
  #goal = 2;
  #level = 2;
  #observer = new MutationObserver(() => this.#readChildren());
  #unsubscribe?: () => void;

  constructor() {
    super();
    localized(this);
    this.addEventListener('hold-end', (e) => this.#onHoldEnd(e as CustomEvent<HoldEndDetail>));
    this.addEventListener('timer-complete', (e) => this.#onTimerComplete(e));
  }

  /** `overview`, `guided` or `finished`. */
  get state(): RoutineMode {
    return this.mode;
  }

  /** The 0-based index of the stretch being done in guided mode. */
  get currentIndex(): number {
    return this.current;
  }

  /** Sessions finished today, from this browser's saved progress. */
  get sessionsToday(): number {
    return this.progress.days[dayKey(new Date())] ?? 0;
  }

  /** Starts a guided session from the first stretch (or from `from`, 0-based). Call it from a tap, so sound and voice can play. */
  async start(from = 0): Promise<void> {
    const cards = this.#cards();
    if (cards.length === 0) return;
    const index = Math.max(0, Math.min(from, cards.length - 1));
    // Inside the tap: phones play words and tones later only if they were unlocked by it (Voice and Sound as chosen here).
    cues.unlock(this.prefs);
    // Starting over mid-session: the stretch being timed stops first.
    this.#currentTimer()?.reset();
    this.mode = 'guided';
    // The screen stays on through the whole session, changes of stretch included.
    wakeLock.acquire(this);
    emit<RoutineStartDetail>(this, 'routine-start', { exercises: this.#exerciseNames(), from: index });
    await this.#show(index);
  }

  /** Leaves guided mode; what was finished stays saved. Focus, if it was in the routine, goes to Start. */
  end(): void {
    this.#currentTimer()?.reset();
    this.mode = 'overview';
    wakeLock.release(this);
    if (this.matches(':focus-within')) void this.updateComplete.then(() => this.#focus());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this, { childList: true });
    this.#readChildren();
    this.#loadSaved();
    const stored = cues.stored();
    this.prefs = { sound: !!stored?.sound, voice: !!stored?.voice };
    this.#unsubscribe = cues.subscribe((p) => (this.prefs = p));
  }

  /** Resolves once the routine and every card in it have rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await Promise.all(this.#cards().map((c) => c.updateComplete));
    return super.getUpdateComplete();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
    this.#unsubscribe?.();
    wakeLock.release(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('exercises')) this.#parseExercises();
    if (changed.has('exercises') || changed.has('childCards') || changed.has('progressKey')) this.#loadSaved();
    if (changed.has('timesPerDay')) this.#goal = intAttribute(this, 'times-per-day', this.timesPerDay, 1, 12, 2);
    if (changed.has('headingLevel')) this.#level = intAttribute(this, 'heading-level', this.headingLevel, 2, 5, 2);
  }

  /** One card at a time, Shoelace's tab-group way: the current one is `guided`, the others `hidden`, each told its place. */
  protected override updated(): void {
    const guided = this.mode === 'guided';
    const cards = this.#cards();
    // The routine's own count of holds, for the last stretch's closing words.
    const holds = cards.reduce((n, c) => n + (c.dosage ? c.dosage.reps * sidesOf(c.dosage.sides).length : 0), 0);
    cards.forEach((c, i) => {
      c.guided = guided && i === this.current;
      c.hidden = guided && i !== this.current;
      c.place = guided ? { index: i, total: cards.length, holds } : null;
    });
  }

  #parseExercises(): void {
    if (this.exercises == null) {
      this.#ids = [...DEFAULT_EXERCISES];
      return;
    }
    const words = this.exercises.trim().toLowerCase().split(/[\s,]+/).filter(Boolean);
    const known = words.filter(isExerciseId);
    const unknown = words.filter((w) => !isExerciseId(w));
    const fallback = known.length ? known.join(' ') : DEFAULT_EXERCISES.join(' ');
    if (unknown.length || !known.length) {
      warnAttribute(this, 'exercises', this.exercises, `space-separated ids from: ${EXERCISE_IDS.join(', ')}`, fallback);
    }
    this.#ids = known.length ? known : [...DEFAULT_EXERCISES];
  }

  #readChildren(): void {
    const cards = [...this.children].filter((c): c is StretchCard => c.localName === 'stretch-card');
    if (cards.length !== this.childCards.length || cards.some((c, i) => c !== this.childCards[i])) {
      // A card taken out of the routine is left as the page wrote it.
      for (const c of this.childCards) if (!cards.includes(c)) Object.assign(c, { guided: false, hidden: false, place: null });
      this.childCards = cards;
    }
  }

  /** The cards of this routine: the page's own child cards, or ours built from `exercises`. */
  #cards(): StretchCard[] {
    if (this.childCards.length) return this.childCards;
    return [...this.renderRoot.querySelectorAll<StretchCard>('.cards > stretch-card')];
  }

  #exerciseNames(): string[] {
    if (!this.childCards.length) return [...this.#ids];
    return this.childCards.map((c, i) => c.exercise ?? (c.id || `stretch-${i + 1}`));
  }

  /** Where the progress being shown is saved (set when it is loaded). */
  #key = '';

  #loadSaved(): void {
    const [key, legacy] = routineKeys(this.progressKey, this.id, this.#exerciseNames(), this.childCards);
    const { progress, unreadable } = loadProgress((this.#key = key), legacy);
    this.progress = progress;
    if (unreadable) warnOnce(this, `found saved progress it could not read; starting fresh.`);
  }

  #save(next: Progress): void {
    this.progress = next;
    if (!saveProgress(this.#key, next, new Date())) {
      if (!this.saveFailed) warnOnce(this, `cannot save progress (storage is blocked or full); the routine still works.`);
      this.saveFailed = true;
    }
  }

  #currentTimer() {
    return this.mode === 'guided' ? (this.#cards()[this.current]?.timer ?? null) : null;
  }

  async #show(index: number): Promise<void> {
    this.current = index;
    await this.updateComplete;
    const card = this.#cards()[index];
    if (!card) return;
    await card.updateComplete;
    const timer = card.timer;
    await timer?.updateComplete;
    this.#focus();
    this.#reveal(card);
    timer?.start();
  }

  /** Focus on the mode's landmark: Start, "Routine done" (scrolled into view), or the stretch's title (the player is revealed instead). */
  #focus(): void {
    this.#focusTarget?.focus({ preventScroll: this.mode === 'guided' });
  }

  /**
   * The player in view, without the patient touching the screen: the routine's top when the
   * timer fits below it, else the card itself (small screens, zoom). Only when needed, so
   * moving to the next stretch does not move the page.
   */
  #reveal(card: StretchCard): void {
    const top = this.getBoundingClientRect().top;
    const bottom = (card.timer ?? card).getBoundingClientRect().bottom;
    if (top < 0 || bottom > innerHeight) reveal(bottom - top > innerHeight ? card : this);
  }


  #onHoldEnd(e: CustomEvent<HoldEndDetail>): void {
    const timer = this.#currentTimer();
    if (!timer || e.composedPath()[0] !== timer) return;
    emit<RoutineProgressDetail>(this, 'routine-progress', {
      exercise: this.#exerciseNames()[this.current],
      side: e.detail.side,
      rep: e.detail.rep,
    });
  }

  #onTimerComplete(e: Event): void {
    const timer = this.#currentTimer();
    if (!timer || e.composedPath()[0] !== timer) return;
    void this.#next();
  }

  /** The current stretch is done: save, then the next stretch or the end. */
  async #next(): Promise<void> {
    const total = this.#cards().length;
    const done = this.current + 1;
    if (done < total) {
      this.#save(withStretchDone(this.progress, new Date(), done));
      await this.#show(done);
      return;
    }
    this.#save(withSessionDone(this.progress, new Date()));
    this.mode = 'finished';
    wakeLock.release(this);
    emit<RoutineCompleteDetail>(this, 'routine-complete', { sessionsToday: this.sessionsToday });
    await this.updateComplete;
    this.#focus();
  }

  #onBack(): void {
    const timer = this.#currentTimer();
    if (this.current > 0 && (!timer || timer.state === 'lead-in')) {
      timer?.reset();
      void this.#show(this.current - 1);
    } else timer?.back();
  }

  #onSkip(): void {
    const timer = this.#currentTimer();
    if (!timer || timer.state === 'idle' || timer.state === 'complete') void this.#next();
    else {
      if (timer.state === 'paused') timer.resume();
      timer.skip();
    }
  }

  override render() {
    const top = this.mode === 'guided' ? this.#renderGuidedBar() : this.mode === 'finished' ? this.#renderFinished() : this.#renderOverview();
    // One template for every mode, so the cards (and the slot) are never rebuilt.
    return html`<div class="routine" part="base" lang=${currentLocale()} dir=${localeDir()}>${top}${this.#renderCards()}</div>`;
  }

  #renderOverview() {
    const intro = routineIntro();
    const total = this.#cards().length || this.#ids.length;
    const resumeAt = resumableToday(this.progress, new Date(), total);
    const resumeTitle = resumeAt ? this.#titleAt(resumeAt) : '';
    return html`
      <section class="intro" part="intro" aria-label=${intro.title}>
        <slot name="intro">
          ${heading(this.#level, 'title', intro.title)}
          <p class="when">${intro.when}</p>
          <p>${intro.intro}</p>
        </slot>
        ${resumeAt ? html`<p>${text.resumeNote(resumeAt, total)}</p>` : nothing}
        <div class="actions" part="cue-toggles" role="group" aria-label=${text.cues()}>
          ${(['voice', 'sound'] as const).map(
            (k) => html`<button class="button quiet" type="button" aria-pressed=${String(this.prefs[k])} @click=${() => (this.prefs = toggleCue(this.prefs, k))}>
              ${k === 'voice' ? text.voice() : text.sound()}
            </button>`,
          )}
        </div>
        <div class="actions">
          <button class="button primary" part="start-button" type="button" @click=${() => this.start(resumeAt)}>${resumeAt ? text.continueFrom(resumeTitle) : text.startRoutine()}</button>
          ${resumeAt ? html`<button class="button" type="button" @click=${() => this.start(0)}>${text.startOver()}</button>` : nothing}
        </div>
        ${this.#renderWeek()}
      </section>
    `;
  }

  #renderGuidedBar() {
    const total = this.#cards().length;
    return html`
      <div class="guided-bar" part="guided-bar">
        <div>
          <p class="step-of">${text.stepOf(this.current + 1, total)}</p>
          ${heading(this.#level, 'guided-title', this.#titleAt(this.current), undefined, true)}
        </div>
        <div class="actions">
          <button class="button quiet" type="button" @click=${this.#onBack}>${text.back()}</button>
          <button class="button quiet" type="button" @click=${this.#onSkip}>${text.skip()}</button>
          <button class="button quiet" type="button" @click=${this.end}>${text.endSession()}</button>
        </div>
      </div>
    `;
  }

  #renderFinished() {
    return html`
      <section class="finished" part="finished">
        ${heading(this.#level, 'big', text.allDone(), undefined, true)}
        ${this.#renderWeek()}
        <div class="actions">
          <button class="button primary" type="button" @click=${() => this.start(0)}>${text.startAgain()}</button>
          <button class="button" type="button" @click=${this.end}>${text.backToOverview()}</button>
        </div>
      </section>
    `;
  }

  #renderWeek() {
    const today = new Date();
    const days = lastSevenDays(this.progress, today);
    return html`
      <div class="week" part="week">
        <p class="today-count"><strong>${text.sessionsToday(this.sessionsToday, this.#goal)}</strong></p>
        ${heading(this.#level + 1, 'week-title', text.weekTitle())}
        <ul class="days">
          ${days.map((d, i) => {
            const weekday = formatWeekday(d.date);
            const dots = Array.from({ length: Math.max(this.#goal, d.sessions) }, (_, k) => k < d.sessions);
            return html`<li class="day ${i === 6 ? 'today' : ''}" aria-label=${text.daySummary(weekday, d.sessions, this.#goal)}>
              <span aria-hidden="true">${weekday}</span>
              <span class="dots" aria-hidden="true">${dots.map((filled) => html`<span class="dot ${filled ? 'filled' : ''}"></span>`)}</span>
            </li>`;
          })}
        </ul>
        ${this.saveFailed ? html`<p class="note" role="note">${text.notSaved()}</p>` : nothing}
      </div>
    `;
  }

  /** The page's cards and other content in a normal slot, after our own cards from `exercises` when it has none. */
  #renderCards() {
    const guided = this.mode === 'guided';
    return html`<div class="cards" ?hidden=${this.mode === 'finished'}>
      ${this.childCards.length
        ? nothing
        : this.#ids.map(
            (id) => html`<stretch-card
              exportparts="base:card,title,media,dosage,steps,cautions,hurt-button,safety,timer,timer-base,timer-ring,timer-seconds,timer-instruction,timer-reps,timer-controls,timer-button,timer-cue-toggles"
              exercise=${id}
              heading-level=${this.#level + 1}
              ?no-timer=${!guided}
            ></stretch-card>`,
          )}
      <slot></slot>
    </div>`;
  }

  #titleAt(index: number): string {
    if (this.childCards.length) return this.childCards[index]?.titleText ?? '';
    const id = this.#ids[index];
    return id ? stretchDefinition(id).content().title : '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stretch-routine': StretchRoutine;
  }
  interface GlobalEventHandlersEventMap {
    'routine-start': CustomEvent<RoutineStartDetail>;
    'routine-progress': CustomEvent<RoutineProgressDetail>;
    'routine-complete': CustomEvent<RoutineCompleteDetail>;
  }
}
