import { css } from 'lit';

export const holdTimerStyles = css`
  :host {
    /* Component tokens: override on the element or any ancestor. */
    --_ring: var(--hold-timer-ring-color, var(--_accent-text));
    --_ring-track: var(--hold-timer-track-color, var(--_border));
    --_rest: var(--hold-timer-rest-color, var(--_muted));
    --_size: var(--hold-timer-size, min(100%, 17rem));
  }

  .timer {
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) * 0.75);
    padding: min(var(--_space), 5cqi);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: center;
  }

  .label {
    margin: 0;
    font-size: 1.05em;
    font-weight: 700;
  }

  /* A container: the big number is sized by the ring it sits in, so it fits at any root size. */
  .face {
    container-type: inline-size;
    position: relative;
    width: var(--_size);
    aspect-ratio: 1;
    display: grid;
    place-items: center;
  }

  .ring {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    transform: rotate(-90deg);
  }
  .ring circle {
    fill: none;
    stroke-width: 7;
  }
  .track {
    stroke: var(--_ring-track);
  }
  .arc {
    stroke: var(--_ring);
    stroke-linecap: round;
    stroke-dasharray: 100 100;
  }
  .target-mark {
    stroke: var(--_text);
    stroke-width: 3;
  }
  .hand {
    position: absolute;
    inset: 0;
    pointer-events: none;
    will-change: transform;
  }
  .hand::before {
    content: '';
    position: absolute;
    top: 0.5%;
    left: 45.5%;
    width: 9%;
    aspect-ratio: 1;
    border-radius: 50%;
    background: var(--_ring);
    box-shadow: 0 0 0 3px var(--_surface);
  }
  :host([state='rest']) .hand::before,
  :host([state='lead-in']) .hand::before {
    background: var(--_rest);
  }
  :host([state='rest']) .arc,
  :host([state='lead-in']) .arc {
    stroke: var(--_rest);
  }

  .readout {
    position: relative;
    display: grid;
    justify-items: center;
    gap: 0.15em;
  }
  .seconds {
    font-size: min(5.5rem, 30cqi);
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.02em;
    white-space: nowrap;
  }
  .seconds.range {
    font-size: min(4rem, 22cqi);
  }
  .seconds.long {
    font-size: 13cqi;
  }
  .unit {
    font-size: 0.95em;
    color: var(--_muted);
  }

  .doing {
    margin: 0;
    font-size: clamp(1.15rem, 6cqi, 1.5rem);
    font-weight: 700;
    line-height: 1.3;
  }
  .count {
    margin: 0;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .reached {
    margin: 0;
    padding: 0.3em 0.8em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }

  .controls,
  .cue-toggles {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem;
  }
  .controls .primary {
    min-width: min(8.5em, 100cqi);
    font-size: 1.15em;
  }

  /* prefers-reduced-motion: the ring's animation is skipped in hold-timer.ts (syncRing). */

  /* Forced colours: the system repaints text, borders and buttons; the ring's SVG strokes and the hand need saying. */
  @media (forced-colors: active) {
    .arc {
      stroke: Highlight;
    }
    .track {
      stroke: GrayText;
    }
    .target-mark {
      stroke: CanvasText;
    }
    .hand::before {
      forced-color-adjust: none;
      background: Highlight;
    }
    .reached {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
