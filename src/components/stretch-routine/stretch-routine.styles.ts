import { css } from 'lit';

export const stretchRoutineStyles = css`
  :host {
    --_done: var(--stretch-routine-done-color, var(--_accent-text));
  }
  .routine {
    display: grid;
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
  .guided-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .step-of {
    margin: 0;
    color: var(--_muted);
    font-weight: 600;
  }
  .guided-title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
  }
  .guided-title:focus-visible {
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
    justify-items: start;
    padding: min(var(--_space) * 1.25, 6cqi);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .finished .big {
    font-size: clamp(1.4rem, 7cqi, 2rem);
    font-weight: 700;
    margin: 0;
  }
  .finished .big:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
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
