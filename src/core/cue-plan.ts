/**
 * What a patient hears and feels, and when: a schedule turned into timed
 * cues. Tones (and vibration) carry the exact moments; words are planned
 * against their estimated length so that, on a voice that speaks as fast as
 * estimated, nothing is talked over, dropped or more than 2 s late.
 *
 * Speech is a queue: words handed over while others are still being said
 * wait their turn (nothing is cancelled between planned cues). So each
 * spoken cue has the moment it is handed over (`at`) and the moment it is
 * expected to be heard (`from`, later when it waits behind other words).
 *
 * Pure: words and a length estimate come in, a list comes out.
 */
import { switchesSide, type Phase, type Schedule } from './schedule.js';

export type Tone = 'start' | 'end' | 'count' | 'target';

export interface Cue {
  /** ms into the timeline at which the cue is played or its words handed to the voice. */
  at: number;
  tone?: Tone;
  say?: string;
  /** For words: when they are expected to start (≥ `at`) and how long they take, ms. */
  from?: number;
  ms?: number;
}

/** The words of one run, in the language shown. */
export interface CueWords {
  /** Said as a phase begins, short: "Hold: left leg", "Relax", "Relax and switch to your right leg". */
  phase(phase: Phase, switching: boolean): string;
  /** Said before the first phase's words: how to get into position. */
  prompt?: string | null;
  /** Said once, at the first hold it fits in without talking over anything (a stretch's safety rule). */
  caution?: string | null;
  /** At a range hold's minimum: the full words, and a short form for when they would run into the hold's end. */
  target(phase: Phase): [string, string];
  /** In the last 5 s of a hold of 10 s or more, when nothing else is being said. */
  fiveLeft: string;
  /** When every hold is done; empty says nothing (a routine that moves on). */
  closing: string;
}

/**
 * Units a voice says per second at our rate (0.95), by language: words, or
 * characters where words are not spaced (Chinese, Japanese: any pace above 4).
 * Measured on a device's voice, its real pace refines these (`scale`).
 */
const PACE: Record<string, number> = { de: 2.2, ar: 2, zh: 4.2, ja: 6.5 };

/**
 * Estimated ms to say `text` in `lang`: its words (or characters) at the
 * language's pace, the voice's start-up and a short pause at each punctuation
 * mark (Chinese and Japanese count theirs as characters). `scale` is the device's measured pace against this estimate.
 */
export function speechMs(text: string, lang: string, scale = 1): number {
  const pace = PACE[lang.slice(0, 2)] ?? 2.6;
  const units = pace > 4 ? text.length : text.split(' ').length;
  return text ? Math.round(scale * (100 + 200 * text.split(/[.,:;?!]/).length + (1000 * units) / pace)) : 0;
}

/**
 * One pass in time order, keeping track of when the voice will be free: the
 * words at each change are always said (the schedule leaves them room); a
 * range hold's "you can stop now" in full when it ends before the hold does,
 * else short; the safety rule right after the words of the first hold it fits
 * in; "5 seconds left" only into silence.
 */
export function planCues(schedule: Schedule, words: CueWords, length: (text: string) => number): Cue[] {
  const cues: Cue[] = [];
  let free = 0;
  let caution = words.caution;
  /** When words handed over at `at` would start, and whether they would end by `by`. */
  const fits = (at: number, text: string, by: number) => Math.max(at, free) + length(text) <= by;
  const say = (at: number, text: string) => {
    const from = Math.max(at, free);
    const ms = length(text);
    if (text) cues.push({ at, say: text, from, ms });
    if (text) free = from + ms;
  };
  for (const p of schedule.phases) {
    const end = p.start + p.duration;
    const said = words.phase(p, switchesSide(schedule, p));
    say(p.start, p.index || !words.prompt ? said : `${words.prompt} ${said}`);
    if (p.kind === 'hold') {
      cues.push({ at: p.start, tone: 'start' }, { at: end, tone: 'end' });
      // Handed over as the hold's words end: its moment is right after them.
      if (caution && fits(p.start, caution, end)) {
        say(free, caution);
        caution = null;
      }
      if (p.target != null) {
        const at = p.start + p.target;
        const [full, short] = words.target(p);
        cues.push({ at, tone: 'target' });
        say(at, fits(at, full, end) ? full : short);
      } else if (p.duration >= 10000 && free <= end - 5000) say(end - 5000, words.fiveLeft);
    }
    // Pips in the last 3 s of every phase: the moment to move, without looking.
    for (let s = 1; s <= 3; s++) if (p.duration > s * 1000) cues.push({ at: end - s * 1000, tone: 'count' });
  }
  say(schedule.total, words.closing);
  // A stable sort: cues of the same moment stay in the order they queue.
  return cues.sort((a, b) => a.at - b.at);
}
