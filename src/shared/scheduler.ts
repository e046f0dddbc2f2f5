/**
 * One timer for the whole page, however many widgets it holds (the idea of
 * GitHub's relative-time-element). Each subscriber says how long it may sleep;
 * the scheduler sets a single timeout for the soonest. It keeps running while
 * the page is hidden, so cues still play at their moments (browsers then run
 * timers about once a second: late by up to a second, never lost); when the
 * page shows again (visibilitychange, pageshow, or `resume` after a freeze)
 * every subscriber is woken at once to catch up from timestamps and redraw.
 */
export interface Tickable {
  /** Called when due; returns ms until it wants to run again (Infinity: not until asked). */
  tick(): number;
}

const due = new Map<Tickable, number>();
let timeout: ReturnType<typeof setTimeout> | null = null;
let listening = false;

function arm(): void {
  if (timeout != null) clearTimeout(timeout);
  timeout = null;
  // Nothing due (none waiting, or only timers with nothing left to do): no timeout.
  const soonest = Math.min(...due.values());
  if (soonest === Infinity) return;
  const delay = Math.max(0, soonest - performance.now());
  timeout = setTimeout(run, delay);
}

function run(): void {
  timeout = null;
  const now = performance.now();
  // Timers can fire a hair early against performance.now(): a subscriber then asks for the last millisecond itself.
  for (const [t, at] of [...due]) {
    if (at <= now + 1) schedule(t, t.tick(), false);
  }
  arm();
}

/** Wakes every subscriber now: the page just became visible again (or was hidden: nothing is lost by a tick). */
function wakeAll(): void {
  for (const t of [...due.keys()]) schedule(t, t.tick(), false);
  arm();
}

function listen(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('visibilitychange', wakeAll);
  document.addEventListener('resume', wakeAll);
  window.addEventListener('pageshow', wakeAll);
}

function schedule(t: Tickable, inMs: number, rearm = true): void {
  // Infinity stays Infinity: parked until asked again (or the page shows).
  due.set(t, performance.now() + Math.max(0, inMs));
  if (rearm) arm();
}

export const scheduler = {
  /** Ask for `t.tick()` in `inMs`; replaces any earlier request. Infinity parks it until the page shows again. */
  request(t: Tickable, inMs: number): void {
    listen();
    schedule(t, inMs);
  },
  /** Forget `t` entirely (paused, complete, disconnected). */
  cancel(t: Tickable): void {
    if (due.delete(t)) arm();
  },
  /** For tests and the bench: how many subscribers are waiting. */
  get size(): number {
    return due.size;
  },
};
