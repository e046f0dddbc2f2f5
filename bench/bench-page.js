// Page side of `npm run bench` (see scripts/bench.mjs).
//
// Mounts either our <hold-timer> ("ours") or a naive setInterval countdown
// ("naive") behind one small adapter, drives it, and logs every timer event
// with performance.now() the moment it is dispatched. Timing-sensitive steps
// (pausing 1.3 s in, say) are scheduled here, in the page, so the IPC latency
// of the driving script never lands in a measurement.
import '../dist/stretch-widgets.js';

const TIMER_EVENTS = ['hold-start', 'hold-end', 'timer-complete'];
/** Logged too, so the driving script can check a freeze really happened and when. */
const LIFECYCLE_EVENTS = ['freeze', 'resume', 'visibilitychange'];

/** Every event since the last mount: `{ type, at, detail }`. Both timers' events bubble to document. */
const log = [];
for (const type of TIMER_EVENTS) {
  document.addEventListener(type, (e) => log.push({ type, at: performance.now(), detail: e.detail }));
}
for (const type of LIFECYCLE_EVENTS) {
  document.addEventListener(type, () => log.push({ type, at: performance.now(), detail: document.visibilityState }));
}

/**
 * A dosage laid out the way the component's schedule does it: a count-in,
 * then each hold with a rest before every hold but the first. A rest carries
 * the side and rep of the hold that follows it (as <hold-timer> reports them).
 * Used to drive the naive timer and to know the truth at any elapsed time.
 */
function timeline({ hold, reps = 1, sides = 'none', rest = 0, leadIn = 0 }) {
  const sideList = sides === 'both' ? ['left', 'right'] : sides === 'none' ? [null] : [sides];
  const holds = sideList.flatMap((side) => Array.from({ length: reps }, (_, i) => ({ side, rep: i + 1 })));
  const phases = [];
  let start = 0;
  const push = (kind, seconds, side, rep) => {
    if (seconds <= 0) return;
    phases.push({ kind, seconds, side, rep, start, end: start + seconds * 1000 });
    start += seconds * 1000;
  };
  holds.forEach(({ side, rep }, i) => {
    push(i === 0 ? 'lead-in' : 'rest', i === 0 ? leadIn : rest, side, rep);
    push('hold', hold, side, rep);
  });
  return { phases, total: start, holds: holds.length };
}

/**
 * The way most tutorials write a stretch timer: a 1 s setInterval that
 * decrements a counter and rewrites the text with textContent on every tick.
 * Pause clears the interval; resume starts a fresh one. It is the yardstick,
 * so it gets no extra bugs either: it is exactly as good as a tick counter can be.
 */
class NaiveTimer {
  constructor(host, dosage) {
    this.host = host;
    this.plan = timeline(dosage);
    this.label = host.appendChild(document.createElement('p'));
    this.number = host.appendChild(document.createElement('p'));
    this.id = null;
    this.writes = [];
    this.reset();
  }

  get phase() {
    return this.plan.phases[this.index];
  }

  reset() {
    this.pause();
    this.index = 0;
    this.left = this.phase.seconds;
    this.render();
  }

  start() {
    this.reset();
    this.enterPhase();
    this.resume();
  }

  pause() {
    clearInterval(this.id);
    this.id = null;
  }

  resume() {
    if (this.id == null && this.phase) this.id = setInterval(() => this.tick(), 1000);
  }

  tick() {
    this.left -= 1;
    if (this.left <= 0) this.nextPhase();
    this.render();
  }

  nextPhase() {
    const done = this.phase;
    if (done.kind === 'hold') this.emit('hold-end', { side: done.side, rep: done.rep, heldMs: done.seconds * 1000 });
    this.index += 1;
    if (!this.phase) {
      this.pause();
      this.emit('timer-complete', { holds: this.plan.holds });
      return;
    }
    this.left = this.phase.seconds;
    this.enterPhase();
  }

  enterPhase() {
    if (this.phase.kind === 'hold') this.emit('hold-start', { side: this.phase.side, rep: this.phase.rep });
  }

  render() {
    this.writes.push(performance.now());
    this.label.textContent = this.phase ? this.phase.kind : 'complete';
    this.number.textContent = this.phase ? String(this.left) : '✓';
  }

  emit(type, detail) {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

/** The adapter over <hold-timer>: controls, where it thinks it is, what it shows, how often it rendered. */
async function mountOurs(stage, dosage) {
  const el = document.createElement('hold-timer');
  const attrs = { hold: dosage.hold, reps: dosage.reps ?? 1, sides: dosage.sides ?? 'none', rest: dosage.rest ?? 0, 'lead-in': dosage.leadIn ?? 0 };
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  stage.append(el);
  await el.updateComplete;
  // Time Lit update cycles by wrapping this instance's `updated` hook (an own property shadows the prototype's).
  const renders = [];
  const updated = el.updated;
  el.updated = function (changed) {
    renders.push(performance.now());
    return updated.call(this, changed);
  };
  const plan = timeline(dosage);
  return {
    start: () => el.start(),
    pause: () => el.pause(),
    resume: () => el.resume(),
    renders: () => renders,
    // Where the timer's own model says it is: its phase (state + rep + side) and the ms left in it.
    elapsedIdea() {
      const state = el.state;
      if (state === 'complete') return plan.total;
      const phase = plan.phases.find((p) => p.kind === state && p.rep === el.rep && p.side === el.side);
      return phase ? phase.end - el.remaining : null;
    },
    shown() {
      const number = el.shadowRoot?.querySelector('.seconds')?.textContent?.trim() ?? '?';
      return `${el.getAttribute('state') ?? '?'} ${number}`;
    },
    plan,
  };
}

function mountNaive(stage, dosage) {
  const host = stage.appendChild(document.createElement('section'));
  host.className = 'naive-timer';
  const timer = new NaiveTimer(host, dosage);
  return {
    start: () => timer.start(),
    pause: () => timer.pause(),
    resume: () => timer.resume(),
    renders: () => timer.writes,
    // All it knows is which phase it counted its way to and how many ticks are left in it.
    elapsedIdea: () => (timer.phase ? timer.phase.end - timer.left * 1000 : timer.plan.total),
    shown: () => `${timer.label.textContent} ${timer.number.textContent}`,
    plan: timer.plan,
  };
}

/** The run in progress: which timer, when it was started, and how long it has been paused. */
let run = null;

/** What a correct display would show `elapsed` ms into the plan. */
function truthAt(plan, elapsed) {
  const phase = plan.phases.find((p) => elapsed < p.end);
  if (!phase) return { shown: 'complete ✓', elapsed: plan.total };
  return { shown: `${phase.kind} ${Math.ceil((phase.end - elapsed) / 1000)}`, elapsed };
}

function trueElapsed(now) {
  const pausedNow = run.pausedAt == null ? 0 : now - run.pausedAt;
  return now - run.startedAt - run.pausedMs - pausedNow;
}

window.bench = {
  /** Puts a fresh timer of `kind` ('ours' | 'naive') on the page. `dosage`: { hold, reps, sides, rest, leadIn } in seconds. */
  async mount(kind, dosage) {
    const stage = document.getElementById('stage');
    stage.replaceChildren();
    log.length = 0;
    const timer = kind === 'ours' ? await mountOurs(stage, dosage) : mountNaive(stage, dosage);
    run = { kind, timer, startedAt: null, pausedAt: null, pausedMs: 0 };
    return document.visibilityState;
  },

  /**
   * The controls. Each returns `{ at, took }`: `at` is taken just before the
   * call, as a user's click would be, and is the truth every error is measured
   * against; `took` is how long the call blocked, which shows when a timer
   * does work before it reads the clock.
   */
  start() {
    const at = performance.now();
    run.startedAt = at;
    run.timer.start();
    return { at, took: performance.now() - at };
  },

  pause() {
    const at = performance.now();
    run.pausedAt = at;
    run.timer.pause();
    return { at, took: performance.now() - at };
  },

  resume() {
    const at = performance.now();
    run.pausedMs += at - run.pausedAt;
    run.pausedAt = null;
    run.timer.resume();
    return { at, took: performance.now() - at };
  },

  now() {
    return performance.now();
  },

  /** Every event of `type` logged so far. */
  events(type) {
    return log.filter((e) => e.type === type);
  },

  /** Resolves `ms` after the start (wall clock), from a page timer. */
  at(ms) {
    return new Promise((resolve) => setTimeout(resolve, Math.max(0, run.startedAt + ms - performance.now())));
  },

  /**
   * Resolves once `count` events of `type` have arrived, or at `deadline`
   * (a performance.now() time) with what did arrive: a timer that never fires
   * an event is a result to report, not a crash. `shown` is its screen then.
   */
  waitFor(type, count, deadline) {
    return new Promise((resolve) => {
      const check = () => {
        const events = log.filter((e) => e.type === type).slice(0, count);
        if (events.length >= count || performance.now() > deadline) resolve({ events, shown: run.timer.shown() });
        else setTimeout(check, 20);
      };
      check();
    });
  },

  /**
   * Where the timer thinks it is versus the truth, right now: elapsed ms by
   * its own model and by the clock, and its screen next to a correct screen.
   */
  snapshot() {
    const now = performance.now();
    const truth = truthAt(run.timer.plan, trueElapsed(now));
    return {
      at: now,
      elapsedIdea: run.timer.elapsedIdea(),
      elapsedTrue: truth.elapsed,
      shown: run.timer.shown(),
      shouldShow: truth.shown,
    };
  },

  /** Times of the Lit update cycles (ours) or textContent rewrites (naive) in [from, to]. */
  renders(from, to) {
    return run.timer.renders().filter((t) => t >= from && t <= to);
  },
};
