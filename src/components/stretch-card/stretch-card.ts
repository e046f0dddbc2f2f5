import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { DEFAULT_DOSAGE, type Dosage, type Order, type Sides } from '../../core/dosage.js';
import { dosageFrom } from '../../shared/dosage-attributes.js';
import { heading } from '../../shared/heading.js';
import { STRETCH_META, EXERCISE_IDS, isExerciseId, stretchDefinition, safetyText } from '../../content/index.js';
import type { ExerciseId, SideNoun, StretchContent, StretchDefinition } from '../../content/types.js';
import type { Side } from '../../core/dosage.js';
import type { SafetyText } from '../../content/safety.js';
import { drawingStyles } from '../../content/drawings/drawing.styles.js';
import { tokens, buttons } from '../../shared/tokens.styles.js';
import { intAttribute, numberAttribute, warnAttribute, warnOnce } from '../../shared/warn.js';
import { currentLocale, localeDir, localized } from '../../localization/locale.js';
import { reveal } from '../../shared/reveal.js';
import type { HoldTimer } from '../hold-timer/hold-timer.js';
import { sideName } from '../hold-timer/hold-timer.text.js';
import { completeAnnouncement } from '../hold-timer/narration.js';
import { stretchCardStyles } from './stretch-card.styles.js';
import * as text from './stretch-card.text.js';

/** A card's place in a guided `<stretch-routine>`: `index` is 0-based, of `total` stretches, in a routine of `holds` holds in all. */
export interface RoutinePlace {
  index: number;
  total: number;
  holds: number;
}

/**
 * One stretch from the article — title, drawing, dose, numbered steps, what
 * to feel, cautions and a timer set to its dose — or a clinic's own stretch
 * written in HTML with slots. Prints as a clean handout with a tick-box log.
 *
 * @summary One stretch, explained and timed.
 * @tagname stretch-card
 *
 * @slot - Extra content after the steps (a clinic's own note).
 * @slot title - A custom stretch's title (cards without `exercise`).
 * @slot steps - A custom stretch's steps, ideally an `<ol>`.
 * @slot cautions - A custom stretch's cautions, or extra cautions for a built-in one.
 * @slot media - A photo or video to show instead of the drawing.
 * @slot safety - The clinic's own text for "It hurts / I feel numbness".
 *
 * @csspart base - The card.
 * @csspart title - The stretch's title.
 * @csspart media - The drawing (or slotted media) box.
 * @csspart dosage - The dose chips.
 * @csspart steps - The numbered steps.
 * @csspart cautions - The "Take care" box.
 * @csspart hurt-button - The "It hurts / I feel numbness" button.
 * @csspart safety - The panel shown after pressing it.
 * @csspart timer - The embedded `<hold-timer>`.
 * @csspart timer-base - The timer's box (re-exported from `<hold-timer>`).
 * @csspart timer-ring - The timer's progress ring (re-exported from `<hold-timer>`).
 * @csspart timer-seconds - The timer's big number (re-exported from `<hold-timer>`).
 * @csspart timer-instruction - The timer's "what to do now" line (re-exported from `<hold-timer>`).
 * @csspart timer-reps - The timer's rep count line (re-exported from `<hold-timer>`).
 * @csspart timer-controls - The timer's Start/Pause and Reset row (re-exported from `<hold-timer>`).
 * @csspart timer-button - The timer's buttons (re-exported from `<hold-timer>`).
 * @csspart timer-cue-toggles - The timer's Sound and Voice switches (re-exported from `<hold-timer>`).
 *
 * @attr lang - The language to show instead of the page's `<html lang>` (e.g. `es` on an English page). The widgets show one language at a time: the first widget with `lang` decides for the page.
 * @attr print-copy - Set just before printing on a routine's copy of a stretch the page also shows as a card of
 *   its own, so each stretch prints once.
 *
 * A `<stretch-routine>` shows one card at a time: it sets `guided` on the one being done and the
 * standard `hidden` attribute on the others (the card honours `hidden`), and tells each its `place`.
 *
 * @cssproperty --stretch-card-surface - The card's background. Default: `--stretch-surface`.
 * @cssproperty --stretch-card-padding - Space inside the card.
 * @cssproperty --stretch-chip-surface - Background of the dose chips. Default: `--stretch-surface-alt`.
 * @cssproperty --stretch-drawing-figure - The person's outline in the drawing. Default: `--stretch-text`.
 * @cssproperty --stretch-drawing-fill - The person's body in the drawing. Default: `--stretch-surface`.
 * @cssproperty --stretch-drawing-leg - Fill of the leg being stretched, the one the side label names. Default: a tint of `--stretch-accent`.
 * @cssproperty --stretch-drawing-prop - The towel or belt. Default: `--stretch-accent-text`.
 * @cssproperty --stretch-drawing-highlight - Where the stretch is felt. Default: orange (`#f76707`).
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
export class StretchCard extends LitElement {
  static override styles = [tokens, buttons, drawingStyles, stretchCardStyles];
  static override properties = {
    exercise: { reflect: true },
    hold: { converter: numberAttribute },
    holdMax: { attribute: 'hold-max', converter: numberAttribute },
    reps: { converter: numberAttribute },
    sides: {},
    rest: { converter: numberAttribute },
    leadIn: { attribute: 'lead-in', converter: numberAttribute },
    order: {},
    readyTime: { attribute: 'ready-time', converter: numberAttribute },
    switchTime: { attribute: 'switch-time', converter: numberAttribute },
    timesPerDay: { attribute: 'times-per-day', converter: numberAttribute },
    noTimer: { type: Boolean, attribute: 'no-timer' },
    headingLevel: { attribute: 'heading-level', converter: numberAttribute },
    guided: { type: Boolean, reflect: true },
    place: { attribute: false },
    // Private state: `attribute: false` is all that Lit's `state` option would do (lit-trim leaves it out).
    safetyOpen: { attribute: false },
    slotted: { attribute: false },
    holding: { attribute: false },
    side: { attribute: false },
  };

  /** `hamstring` or `glute`. Leave it out for a clinic's own stretch written with slots. */
  exercise: string | null = null;
  /**
   * Seconds of one hold, 1–600; null: the stretch's own. Written, it replaces the
   * stretch's range (hamstring 15–20 s) unless `hold-max` is written too.
   */
  hold: number | null = null;
  /** Upper end of a range hold such as 15–20 s; must be above `hold`. */
  holdMax: number | null = null;
  /** Holds on each side, 1–50; null: the stretch's own. */
  reps: number | null = null;
  /** `both`, `left`, `right` or `none`; null: the stretch's own. */
  sides: Sides | null = null;
  /** Seconds between holds, 0–600; null: the stretch's own. */
  rest: number | null = null;
  /** Seconds of count-in, 0–120; null: the stretch's own. */
  leadIn: number | null = null;
  /** `sides-in-turn` or `alternate`; null: `sides-in-turn`. */
  order: Order | null = null;
  /** Seconds to get into position after the get-ready words, before the first hold, 0–120; null: 10. */
  readyTime: number | null = null;
  /** Seconds to change sides after "switch to your right leg", 0–120; null: 8. */
  switchTime: number | null = null;
  /** Sessions a day to aim for (1–12); shown as a chip and as columns of the printed log. null: the article's 2. */
  timesPerDay: number | null = null;
  /** Show the instructions without a timer. */
  noTimer = false;
  /** Heading level of the title, 2–6 (null: 3), to fit the page's outline. */
  headingLevel: number | null = null;
  /**
   * The stretch being done in a guided routine (set by `<stretch-routine>`): the card becomes the
   * player — timer first, sized to fit the screen, then "It hurts", then the drawing (only the
   * frame for the timer's phase: the start position until a hold begins, then the stretch) and
   * steps; its title moves to the routine's bar (still read by screen readers).
   */
  guided = false;
  /**
   * Its place in a guided routine (set by `<stretch-routine>`), or null. From the second stretch on,
   * the timer's spoken get-ready prompt starts "Next: <title>."; the timer says nothing when its holds
   * are done, except on the last stretch, which counts the routine's holds ("You finished all 8 holds").
   * Always in the language shown.
   */
  place: RoutinePlace | null = null;

  private safetyOpen = false;
  private slotted = { title: false, steps: false, cautions: false, media: false };
  /** The drawing follows the timer: the stretch frame during a hold, and the side it is on. */
  private holding = false;
  private side: Side | null = null;
  #follow = (): void => {
    const t = this.timer;
    const state = t?.state;
    const sides = this.#dose.sides;
    this.holding = state === 'hold' || (state === 'paused' && this.holding);
    // No timer: the one side prescribed, if only one is.
    if (state !== 'complete') this.side = t ? t.side : sides === 'left' || sides === 'right' ? sides : null;
  };
  #watch = new MutationObserver(this.#follow);

  get #timerEl() {
    return this.renderRoot?.querySelector<HoldTimer>('hold-timer');
  }
  get #safetyPanel() {
    return this.renderRoot?.querySelector<HTMLElement>('.safety');
  }
  get #hurtButton() {
    return this.renderRoot.querySelector<HTMLButtonElement>('.hurt');
  }

  #def: StretchDefinition | null = null;
  #id: ExerciseId | null = null;
  #dose: Dosage = { ...DEFAULT_DOSAGE };
  #perDay = 2;
  #level = 3;

  constructor() {
    super();
    localized(this);
  }

  /** The embedded timer (null with `no-timer`, or before the first render). */
  get timer(): HoldTimer | null {
    return this.#timerEl ?? null;
  }

  /** The dose shown and given to the timer, after attributes and fallbacks. */
  get dosage(): Readonly<Dosage> {
    return this.#dose;
  }

  /** The built-in stretch shown, or null for a custom or unknown one. */
  get definition(): StretchDefinition | null {
    return this.#def;
  }

  /** The title as shown: built-in, or the text of the `title` slot. */
  get titleText(): string {
    // From the attribute, not the last render: a routine asks before this card has rendered.
    const id = this.exercise?.trim().toLowerCase() ?? '';
    if (isExerciseId(id)) return stretchDefinition(id).content().title;
    return this.querySelector('[slot="title"]')?.textContent?.trim() || text.customTitle();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readSlots();
  }

  /**
   * Prints each stretch once: just before printing, a routine's own copy of a stretch that the
   * page also shows as a card of its own gets `print-copy`, which leaves it out of the printout.
   */
  static {
    globalThis.addEventListener?.('beforeprint', () => {
      const shown = new Set([...document.querySelectorAll<StretchCard>('stretch-card')].map((c) => c.definition));
      for (const r of document.querySelectorAll('stretch-routine')) {
        for (const c of r.shadowRoot?.querySelectorAll<StretchCard>('stretch-card') ?? []) c.toggleAttribute('print-copy', shown.has(c.definition));
      }
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('exercise')) {
      const id = this.exercise?.trim().toLowerCase() ?? '';
      this.#id = isExerciseId(id) ? id : null;
      this.#def = this.#id ? stretchDefinition(this.#id) : null;
      if (this.exercise != null && !this.#id) {
        warnAttribute(this, 'exercise', this.exercise, EXERCISE_IDS.join(' or '), this.#hasCustomContent() ? 'the slotted content' : 'a message');
      }
    }
    const meta = this.#id ? STRETCH_META[this.#id] : null;
    const base = meta?.dosage ?? DEFAULT_DOSAGE;
    this.#dose = dosageFrom(this, base);
    this.#perDay = intAttribute(this, 'times-per-day', this.timesPerDay, 1, 12, meta?.timesPerDay ?? 2);
    this.#level = intAttribute(this, 'heading-level', this.headingLevel, 2, 6, 3);
  }

  protected override firstUpdated(): void {
    // Children parsed after the element upgraded arrive through slotchange; judge emptiness after that.
    setTimeout(() => {
      if (!this.#id && this.exercise == null && !this.#hasCustomContent()) {
        warnOnce(this, `has no exercise attribute and no slotted content: set exercise="${EXERCISE_IDS.join('" or "')}", or add slot="title" and slot="steps" content.`);
      }
    });
  }

  #hasCustomContent(): boolean {
    return this.slotted.title || this.slotted.steps || [...this.children].some((c) => !c.slot);
  }

  #readSlots(): void {
    const has = (name: string) => !!this.querySelector(`:scope > [slot="${name}"]`);
    this.slotted = { title: has('title'), steps: has('steps'), cautions: has('cautions'), media: has('media') };
  }

  #onHurt(): void {
    this.timer?.pause();
    this.safetyOpen = true;
  }

  #closeSafety(resume = false): void {
    this.safetyOpen = false;
    if (resume) this.timer?.resume();
  }

  protected override updated(changed: PropertyValues): void {
    // The timer is driven through its public properties: the chips and the timer show one dose.
    const timer = this.#timerEl;
    if (timer) Object.assign(timer, this.#dose);
    // The drawing follows the timer: its `state` attribute marks each phase; the side changes with it (or at hold-start).
    if (timer) {
      this.#watch.observe(timer, { attributeFilter: ['state'] });
      timer.updateComplete.then(this.#follow);
    } else this.#follow();
    // Focus follows the panel: into it when it opens (scrolled into view, clear of a routine's bar), back to the button when it closes.
    if (changed.has('safetyOpen') && changed.get('safetyOpen') !== undefined) {
      const panel = this.#safetyPanel;
      if (panel) {
        panel.focus({ preventScroll: true });
        reveal(panel);
      } else this.#hurtButton?.focus();
    }
  }

  #section(title: string, body: TemplateResult, cls = '') {
    return html`<section class=${cls} part=${cls || nothing}>${heading(this.#level + 1, 'section-title', title)}${body}</section>`;
  }

  override render() {
    const custom = !this.#id && this.#hasCustomContent();
    if (!this.#id && !custom) {
      return html`<div class="card message" part="base" role="note" lang=${currentLocale()} dir=${localeDir()}>
        <p>${this.exercise != null ? text.unknownExercise() : text.emptyCard()}</p>
        <slot @slotchange=${this.#readSlots} hidden></slot>
        <slot name="title" @slotchange=${this.#readSlots} hidden></slot>
        <slot name="steps" @slotchange=${this.#readSlots} hidden></slot>
      </div>`;
    }
    const c = this.#def?.content() ?? null;
    const noun: SideNoun = this.#id ? STRETCH_META[this.#id].sideNoun : 'leg';
    const d = this.#dose;
    const title = c ? c.title : this.titleText;
    const prompt = [this.place?.index ? text.nextUp(title) : '', c?.getReady].filter(Boolean).join(' ');

    return html`
      <article class="card" part="base" lang=${currentLocale()} dir=${localeDir()} aria-labelledby="title">
        <header>
          ${heading(this.#level, 'title', c ? c.title : html`<slot name="title" @slotchange=${this.#readSlots}></slot>`, 'title')}
          ${c ? html`<p class="subtitle">${c.subtitle}</p>` : nothing}
        </header>
        <div class="body">
          <div class="column">
            <figure class="media" part="media" ?hidden=${!c && !this.slotted.media}>
              <slot name="media" @slotchange=${this.#readSlots}>${c && this.#def ? this.#drawing(c, this.#def, noun) : nothing}</slot>
            </figure>
            <ul class="chips" part="dosage" aria-label=${text.headings.dosage()}>
              <li>${text.holdChip(d)}</li>
              <li>${text.repsChip(d, noun)}</li>
              <li>${text.perDayChip(this.#perDay)}</li>
            </ul>
            ${c ? html`<p class="why">${c.why}</p>` : nothing}
          </div>
          <div class="column">
            ${c && c.equipment.length ? this.#section(text.headings.need(), html`<ul>${c.equipment.map((e) => html`<li>${e}</li>`)}</ul>`) : nothing}
            ${c ? this.#section(text.headings.start(), html`<p>${c.position}</p>`) : nothing}
            ${this.#section(
              text.headings.steps(),
              c
                ? html`<ol class="steps" part="steps">${c.steps.map((s) => html`<li>${s}</li>`)}</ol>`
                : html`<div part="steps"><slot name="steps" @slotchange=${this.#readSlots}></slot></div>`,
            )}
            ${c ? this.#section(text.headings.feel(), html`<p>${c.feel}</p>`) : nothing}
            <slot @slotchange=${this.#readSlots}></slot>
          </div>
        </div>
        ${c || this.slotted.cautions
          ? this.#section(
              text.headings.cautions(),
              html`${c ? html`<ul>${c.cautions.map((s) => html`<li>${s}</li>`)}</ul>` : nothing}
                <slot name="cautions" @slotchange=${this.#readSlots}></slot>`,
              'cautions',
            )
          : html`<slot name="cautions" @slotchange=${this.#readSlots}></slot>`}
        ${this.noTimer
          ? nothing
          : html`<hold-timer
              class="no-print"
              part="timer"
              exportparts="base:timer-base,ring:timer-ring,seconds:timer-seconds,instruction:timer-instruction,reps:timer-reps,controls:timer-controls,button:timer-button,cue-toggles:timer-cue-toggles"
              side-noun=${noun}
              label=${title}
              prompt=${prompt || nothing}
              closing=${this.place ? (this.place.index < this.place.total - 1 ? '' : completeAnnouncement(this.place.holds)) : nothing}
              @hold-start=${this.#follow}
              caution=${c?.safetyRule ?? nothing}
            ></hold-timer>`}
        <button class="button hurt" part="hurt-button" type="button" aria-expanded=${String(this.safetyOpen)} @click=${this.#onHurt}>
          ${text.hurtButton()}
        </button>
        ${this.safetyOpen ? this.#renderSafety(safetyText()) : html`<slot name="safety" hidden @slotchange=${this.#readSlots}></slot>`}
        ${c && c.notes.length ? this.#section(text.headings.notes(), html`<ul>${c.notes.map((n) => html`<li>${n}</li>`)}</ul>`) : nothing}
        ${this.#renderLog()}
      </article>
    `;
  }

  /**
   * Start and stretch, each labelled. The drawing is of the right side; on
   * the left side it is mirrored, so the leg nearest the viewer is always
   * the one the label (and the timer) names.
   */
  #drawing(c: StretchContent, def: StretchDefinition, noun: SideNoun) {
    const side = this.side ?? 'right';
    return html`<div class="frames ${side}">
      ${this.side ? html`<p class="side">${sideName(this.side, noun)}</p>` : nothing}
        ${[text.startFrame(), text.stretchFrame()].map(
          (label, i) =>
            html`<div class="frame ${i === +this.holding ? 'on' : ''}">
              <b>${label}</b>${def.drawing(i, c.drawingAlt[side][i])}${i ? html`<p class="key" aria-hidden="true">${text.feltKey()}</p>` : nothing}
            </div>`,
        )}
      </div>`;
  }

  #renderSafety(s: SafetyText) {
    return html`
      <section class="safety" part="safety" tabindex="-1" aria-labelledby="safety-title" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.#closeSafety()}>
        <div id="safety-title">${heading(this.#level + 1, 'section-title', s.title)}</div>
        <slot name="safety" @slotchange=${this.#readSlots}>
          <ul>${s.easeOff.map((t) => html`<li>${t}</li>`)}</ul>
          <ul>${s.stopAndCall.map((t) => html`<li>${t}</li>`)}</ul>
          <div class="urgent">
            ${heading(this.#level + 2, 'section-title', s.urgent.title)}
            <ul>${s.urgent.signs.map((t) => html`<li>${t}</li>`)}</ul>
            <p><strong>${s.urgent.action}</strong></p>
          </div>
        </slot>
        <div class="actions">
          <button class="button" type="button" @click=${() => this.#closeSafety()}>${text.close()}</button>
          <button class="button primary" type="button" @click=${() => this.#closeSafety(true)}>${text.carryOn()}</button>
        </div>
      </section>
    `;
  }

  /** The printed handout's stop rule and red flags, then its tick-box log: a row per session, a column per day for a week. */
  #renderLog() {
    const sessions = Array.from({ length: this.#perDay }, (_, i) => i + 1);
    const days = [1, 2, 3, 4, 5, 6, 7];
    const s = text.handoutSafety();
    return html`
      <section class="print-only cautions">
        <p><b>${s.stop}</b></p>
        <p><b>${s.help}</b></p>
        <ul>${s.helpSigns.map((t) => html`<li>${t}</li>`)}</ul>
      </section>
      <section class="print-only tally">
        ${heading(this.#level + 1, 'section-title', text.headings.log())}
        <table class="log">
          <thead>
            <tr>
              <th></th>
              ${days.map((day) => html`<th scope="col">${text.day(day)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${sessions.map(
              (n) => html`<tr>
                <th scope="row">${text.session(n)}</th>
                ${days.map(() => html`<td>☐</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stretch-card': StretchCard;
  }
}
