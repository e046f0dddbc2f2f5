import { css } from 'lit';

export const stretchCardStyles = css`
  :host {
    --_card-surface: var(--stretch-card-surface, var(--_surface));
    --_card-padding: var(--stretch-card-padding, min(var(--_space) * 1.25, 6cqi));
    --_chip: var(--stretch-chip-surface, var(--_surface-alt));
  }

  .card {
    display: grid;
    gap: var(--_space);
    padding: var(--_card-padding);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-surface);
    box-shadow: var(--_shadow);
  }

  .title {
    margin: 0;
    font-size: clamp(1.35rem, 6cqi, 1.75rem);
    font-weight: 700;
    line-height: 1.2;
  }
  .subtitle {
    margin: 0.15em 0 0;
    color: var(--_muted);
  }

  .media {
    margin: 0;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-alt);
    overflow: hidden;
  }
  .media ::slotted(*) {
    display: block;
    width: 100%;
    height: auto;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chips li {
    padding: 0.3em 0.85em;
    border-radius: 999px;
    background: var(--_chip);
    border: 1px solid var(--_border);
    font-weight: 600;
  }

  .section-title {
    margin: 0 0 0.35em;
    font-size: 1.05em;
    font-weight: 700;
  }
  p {
    margin: 0;
  }
  ol.steps {
    margin: 0;
    padding-inline-start: 1.6em;
    display: grid;
    gap: 0.5em;
  }
  ol.steps li::marker {
    font-weight: 700;
    color: var(--_accent-text);
  }
  ul {
    margin: 0;
    padding-inline-start: 1.3em;
  }
  /* The WordPress classic editor adds <br> and empty <p> around slotted markup (see README). */
  ::slotted(br),
  ::slotted(p:empty) {
    display: none;
  }

  .cautions {
    padding: 0.85em 1em;
    border-inline-start: 5px solid var(--_caution);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_caution-surface);
  }
  .cautions .section-title {
    color: var(--_caution);
  }

  .hurt {
    justify-self: start;
    border-color: var(--_danger);
    color: var(--_danger);
  }

  .safety {
    padding: 1em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
    display: grid;
    gap: 0.75em;
  }
  .safety .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .safety:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .urgent {
    padding: 0.75em 1em;
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_caution-surface);
  }

  .message {
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
  }

  .print-only {
    display: none;
  }
  /* Scrolled into view by itself or a routine: clear of the routine's sticky bar (0 elsewhere). */
  :host,
  .safety {
    scroll-margin-top: calc(var(--_routine-bar, 0px) + 0.5rem);
  }
  /* For screen readers only (out of the flow, clipped to nothing): the timer's own label, as the card's
     title shows above it; in a guided routine the card's title too, which the routine's bar shows. */
  hold-timer::part(label),
  :host([guided]) header {
    position: absolute;
    clip-path: inset(50%);
  }
  /*
   * In a guided routine the card is the player: the timer first, sized to the screen so the number,
   * what to do and Pause fit without scrolling (a routine's sticky bar above it where the screen is
   * tall), then "It hurts" and its panel, then drawing and steps. The title is in the routine's bar.
   */
  :host([guided]) .card {
    padding: clamp(0.5rem, 3cqi, 1.25rem);
    /* At 200 % zoom on a phone nothing widens the player past the screen: a long word breaks, what cannot fit below it is cut. */
    grid-template-columns: minmax(0, 1fr);
    overflow: clip;
    overflow-wrap: anywhere;
  }
  :host([guided]) hold-timer {
    order: -2;
    --hold-timer-size: min(100%, 17rem, max(6rem, 100svh - 14rem));
  }
  :host([guided]) hold-timer::part(base) {
    padding: 0.25rem;
    border: 0;
  }
  /* At 200 % zoom on a phone, "Pausa" still fits its button. */
  :host([guided]) hold-timer::part(button) {
    padding-inline: min(1.1em, 4cqi);
  }
  :host([guided]) .hurt,
  :host([guided]) .safety {
    order: -1;
  }
  @media (min-height: 32rem) {
    :host([guided]) hold-timer {
      --hold-timer-size: min(100%, 17rem, max(6rem, 100svh - 27rem));
    }
  }
  @media (max-height: 40rem) {
    :host([guided]) hold-timer::part(reps) {
      display: none;
    }
  }

  /* Wide cards: drawing and steps side by side (the gap is the .body rule's below, which comes later). */
  @container (min-width: 40rem) {
    .body {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr);
      align-items: start;
    }
  }
  .body {
    display: grid;
    gap: var(--_space);
  }
  .column {
    display: grid;
    gap: var(--_space);
    align-content: start;
  }

  /* Forced colours: the system repaints every border, text and button; nothing to add here. */

  /* The handout: one A4 page (with the page's heading above it), the stop rule and red flags, a tick-box log. */
  @media print {
    :host {
      break-inside: avoid;
    }
    /* Left out of the sheet: the controls, and why the stretch helps (the page says it; the sheet is for doing it). */
    :host([print-copy]),
    .no-print,
    .hurt,
    .safety,
    .why {
      display: none !important;
    }
    /* The card flows in two balanced columns, no piece split. */
    .card {
      display: block;
      columns: 2;
      font-size: 10pt;
      line-height: 1.35;
      box-shadow: none;
    }
    .frames {
      grid-template-columns: 1fr 1fr;
      padding: 0;
    }
    header,
    .tally {
      column-span: all;
    }
    .tally {
      padding-top: 0.5em;
    }
    .body,
    .column {
      display: block;
    }
    .card > :not(.body),
    .column > * {
      margin-block-end: 0.5em;
      break-inside: avoid;
    }
    .print-only {
      display: block;
    }
    .log {
      width: 100%;
      border-collapse: collapse;
      text-align: center;
    }
    .log th,
    .log td {
      border: 1px solid;
      padding: 0.15em 0.6em;
    }
  }
`;
