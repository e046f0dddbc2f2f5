// Page side of `npm run bench`'s guidance scenarios (see scripts/bench.mjs):
// what a patient hears and feels, and when. The page puts a recording speech
// engine in place of the browser's and notes every tone (each oscillator
// started) and timer event with performance.now(), then loads the widgets.
import { installSpeech } from './recording-speech.js';
import { buildSchedule } from '../dist/lib/core/schedule.js';
import { planCues } from '../dist/lib/core/cue-plan.js';
import { DEFAULT_DOSAGE } from '../dist/lib/core/dosage.js';

const params = new URLSearchParams(location.search);
const speech = installSpeech({ pace: Number(params.get('pace') ?? 1) });

const tones = [];
const createOscillator = AudioContext.prototype.createOscillator;
AudioContext.prototype.createOscillator = function () {
  // A tone is one or two oscillators started in the same call: count the call once.
  const now = performance.now();
  if (!tones.length || now - tones[tones.length - 1] > 1) tones.push(now);
  return createOscillator.call(this);
};

const events = [];
for (const type of ['hold-start', 'hold-end', 'timer-complete', 'routine-complete']) {
  document.addEventListener(type, (e) => events.push({ type, at: performance.now(), detail: e.detail }));
}

await import('../dist/stretch-widgets.js');

const stage = document.getElementById('stage');
let started = 0;
let dose = null;

window.guidance = {
  /** A bare <stretch-routine>, Voice and Sound on (as the patient chose them), in `lang`. */
  async routine(lang) {
    document.documentElement.lang = lang;
    localStorage.setItem('stretch-widgets:cues:v1', JSON.stringify({ sound: true, voice: true }));
    const el = document.createElement('stretch-routine');
    stage.replaceChildren(el);
    await el.updateComplete;
    return document.visibilityState;
  },

  /** Taps Start routine. */
  tapStart() {
    const routine = stage.querySelector('stretch-routine');
    const button = [...routine.shadowRoot.querySelectorAll('button')].find((b) => b.getAttribute('part') === 'start-button');
    started = performance.now();
    button.click();
    return started;
  },

  routineState: () => stage.querySelector('stretch-routine')?.state,

  /** A bare <hold-timer> with voice (and sound) on; `d` in seconds. */
  async timer(d, sound = true) {
    dose = { ...DEFAULT_DOSAGE, ...d };
    localStorage.removeItem('stretch-widgets:cues:v1');
    tones.length = 0;
    speech.said.length = 0;
    events.length = 0;
    const el = document.createElement('hold-timer');
    const attrs = { voice: '', hold: dose.hold, reps: dose.reps, sides: dose.sides, rest: dose.rest, 'lead-in': dose.leadIn };
    if (sound) el.setAttribute('sound', '');
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
    stage.replaceChildren(el);
    await el.updateComplete;
    return document.visibilityState;
  },

  startTimer() {
    started = performance.now();
    stage.querySelector('hold-timer').start();
    return started;
  },

  timerState: () => stage.querySelector('hold-timer')?.state,

  /**
   * When each cue of the timer was due (its plan, from the same pure code;
   * with no words, which do not move a plan without get-ready or switch
   * words) next to when it came: tones, words and events, ms after start.
   */
  timerLateness() {
    const plan = planCues(buildSchedule(dose), { phase: () => 'x', target: () => ['x', 'x'], fiveLeft: 'x', closing: 'x' }, () => 0);
    const sound = stage.querySelector('hold-timer').hasAttribute('sound');
    const schedule = buildSchedule(dose);
    const due = {
      tones: sound ? plan.filter((c) => c.tone).map((c) => c.at) : [],
      words: plan.filter((c) => c.say).map((c) => c.at),
      events: schedule.phases.filter((p) => p.kind === 'hold').flatMap((p) => [p.start, p.start + p.duration]),
    };
    const came = {
      tones: tones.filter((t) => t >= started).map((t) => t - started),
      words: speech.said.map((u) => u.handed - started),
      events: events.filter((e) => e.type === 'hold-start' || e.type === 'hold-end').map((e) => e.at - started),
    };
    return Object.fromEntries(Object.keys(due).map((k) => [k, { due: due[k], came: came[k] }]));
  },

  /** Everything recorded since the page loaded, times in ms after the start tap. */
  record() {
    const t = (x) => (x == null ? null : x - started);
    return {
      said: speech.said.map((u) => ({ ...u, handed: t(u.handed), start: t(u.start), end: t(u.end) })),
      events: events.map((e) => ({ ...e, at: t(e.at) })),
      tones: tones.map(t),
    };
  },
};
