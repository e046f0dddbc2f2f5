import { css } from 'lit';

export const stretchRoutineStyles = css`
  :host {
    --_done: var(--stretch-routine-done-color, var(--_accent-text));
    /* At 200 % zoom on a phone a long word ("physiotherapist") is wider than the screen: break it, never scroll sideways. */
    overflow-wrap: anywhere;
  }
  .routine {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.25);
  }
  .intro {
    display: grid;
    gap: 0.75em;
    padding: min(var(--_space) * 1.25, 6cqi);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .title {
    margin: 0;
    font-weight: 700;
    font-size: clamp(1.35rem, 6cqi, 1.8rem);
    line-height: 1.2;
  }
  p {
    margin: 0;
  }
  .when {
    padding: 0.75em 1em;
    border-inline-start: 5px solid var(--_accent-text);
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) * 0.5);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .actions .primary {
    font-size: 1.15em;
  }
  .note {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .cards {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  /*
   * Two rows on a phone, one on a wide screen, whatever the title, so the player below never
   * moves between stretches; sticky only where the screen is tall enough for it to stay small.
   */
  .guided-bar {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  @container (min-width: 36rem) {
    .guided-bar {
      grid-template-columns: minmax(0, 1fr) auto;
    }
  }
  @media (min-height: 32rem) and (min-width: 20rem) {
    .guided-bar {
      position: sticky;
      top: 0;
      z-index: 1;
    }
    /* What scrolls into view (a card, its "It hurts" panel) stops below the bar: at most two rows of
       text and one of buttons whose labels may wrap once, so its height follows the text size. */
    .cards {
      --_routine-bar: 9em;
    }
    .guided-title {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    /* One row of buttons: a long label ("Terminar sesión") wraps inside its button, not below. */
    .guided-bar .actions {
      flex-wrap: nowrap;
    }
  }
  .guided-bar .button {
    padding-inline: 0.6em;
    font-size: 0.9em;
    overflow-wrap: normal;
  }
  .step-of {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .guided-title {
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.25;
  }
  .guided-title:focus-visible,
  .finished .big:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .week {
    display: grid;
    gap: 0.5em;
  }
  .days {
    display: grid;
    /* Seven columns; at a big root size in a narrow sidebar, the week wraps rather than overlaps. */
    grid-template-columns: repeat(auto-fill, minmax(2.2em, 1fr));
    gap: 0.35rem;
    margin: 0;
    padding: 0;
    list-style: none;
    text-align: center;
  }
  .day {
    display: grid;
    justify-items: center;
    gap: 0.25em;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .day.today {
    color: var(--_text);
    font-weight: 700;
  }
  .dots {
    display: flex;
    gap: 3px;
    justify-content: center;
    flex-wrap: wrap;
  }
  .dot {
    width: 0.85em;
    height: 0.85em;
    border-radius: 50%;
    border: 2px solid var(--_done);
  }
  .dot.filled {
    background: var(--_done);
  }
  .finished {
    display: grid;
    gap: var(--_space);
    padding: min(var(--_space) * 1.25, 6cqi);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .finished .big {
    font-size: clamp(1.4rem, 7cqi, 2rem);
    font-weight: 700;
  }

  /* Forced colours: the system repaints text and borders; a filled day keeps its fill. */
  @media (forced-colors: active) {
    .dot.filled {
      background: CanvasText;
    }
  }
  @media print {
    .actions,
    .guided-bar,
    .week,
    .note {
      display: none !important;
    }
  }
`;
