/**
 * What a running <hold-timer> says by voice and announces to screen readers:
 * short words at the moments that matter (the details stay on screen), and
 * the seconds left for assistive technology.
 */
import { msg, str } from '@lit/localize';
import type { CueWords } from '../../core/cue-plan.js';
import type { SideNoun } from '../../content/types.js';
import { formatSeconds } from '../../localization/format.js';
import { plural } from '../../localization/plural.js';
import { doingNow } from './hold-timer.text.js';

/** What a run is told to say besides its own words (a timer's public properties). */
export interface RunWords {
  sideNoun: SideNoun;
  /** Before the count-in: how to get into position. */
  prompt: string | null;
  /** Once, at the first hold: the stretch's safety rule. */
  caution: string | null;
  /** When done, instead of the timer's own closing words ('' says nothing). */
  closing: string | null;
}

/** The words of one run: the phase's own line ("Hold: left leg"), the range hold's minimum, the end. */
export function cueWords(w: RunWords, holds: number): CueWords {
  return {
    phase: (p, switching) => doingNow(p, w.sideNoun, switching),
    prompt: w.prompt,
    caution: w.caution,
    target: (p) => [
      msg(str`You can stop now, or keep holding up to ${formatSeconds(Math.round(p.duration / 1000))}.`, {
        desc: 'Spoken when a range hold (e.g. 15–20 s) reaches its minimum; the number is the most, in seconds. Kept short: it must end before the hold does.',
      }),
      msg('You can stop now'),
    ],
    fiveLeft: msg('5 seconds left.'),
    closing: w.closing ?? completeAnnouncement(holds),
  };
}

/** A timer's own closing words; a routine says them with its own count of holds (see the timer's `closing`). */
export const completeAnnouncement = (holds: number) =>
  plural(holds, {
    zero: msg(str`All done. You finished all ${holds} holds. Well done!`, { id: 'done.zero', desc: 'Announced and spoken when every hold of the timer is done. Form ZERO: Arabic uses it for 0; other languages write the OTHER form.' }),
    one: msg('All done. Well done!', { id: 'done.one', desc: 'Announced and spoken when every hold of the timer is done. Form ONE: the timer had a single hold, so the count is not said.' }),
    two: msg(str`All done. You finished all ${holds} holds. Well done!`, { id: 'done.two', desc: 'Announced and spoken when every hold of the timer is done. Form TWO: Arabic uses it for 2; other languages write the OTHER form.' }),
    few: msg(str`All done. You finished all ${holds} holds. Well done!`, { id: 'done.few', desc: 'Announced and spoken when every hold of the timer is done. Form FEW: Arabic uses it for 3–10; other languages write the OTHER form.' }),
    many: msg(str`All done. You finished all ${holds} holds. Well done!`, { id: 'done.many', desc: 'Announced and spoken when every hold of the timer is done. Form MANY: Arabic uses it for 11–99; other languages write the OTHER form.' }),
    other: msg(str`All done. You finished all ${holds} holds. Well done!`, { id: 'done.other', desc: 'Announced and spoken when every hold of the timer is done. Form OTHER: every other number (Chinese: all numbers).' }),
  });

/** The progress bar's text for assistive technology: "12 seconds left, Hold: left leg". */
export function timeLeft(n: number, doing: string): string {
  const secs = formatSeconds(n);
  return plural(n, {
    zero: msg(str`${secs} seconds left, ${doing}`, { id: 'left.zero', desc: 'The timer\'s progress bar, read by screen readers on request (not announced): seconds left in this step, then what to do now ("Hold: left leg"). Form ZERO: Arabic uses it for 0; other languages write the OTHER form.' }),
    one: msg(str`${secs} second left, ${doing}`, { id: 'left.one', desc: 'The timer\'s progress bar, read by screen readers on request (not announced): seconds left in this step, then what to do now ("Hold: left leg"). Form ONE: 1 (French, Portuguese: 0 and 1).' }),
    two: msg(str`${secs} seconds left, ${doing}`, { id: 'left.two', desc: 'The timer\'s progress bar, read by screen readers on request (not announced): seconds left in this step, then what to do now ("Hold: left leg"). Form TWO: Arabic uses it for 2; other languages write the OTHER form.' }),
    few: msg(str`${secs} seconds left, ${doing}`, { id: 'left.few', desc: 'The timer\'s progress bar, read by screen readers on request (not announced): seconds left in this step, then what to do now ("Hold: left leg"). Form FEW: Arabic uses it for 3–10; other languages write the OTHER form.' }),
    many: msg(str`${secs} seconds left, ${doing}`, { id: 'left.many', desc: 'The timer\'s progress bar, read by screen readers on request (not announced): seconds left in this step, then what to do now ("Hold: left leg"). Form MANY: Arabic uses it for 11–99; other languages write the OTHER form.' }),
    other: msg(str`${secs} seconds left, ${doing}`, { id: 'left.other', desc: 'The timer\'s progress bar, read by screen readers on request (not announced): seconds left in this step, then what to do now ("Hold: left leg"). Form OTHER: every other number (Chinese: all numbers).' }),
  });
}

export const pausedAnnouncement = () => msg('Paused.');
export const resumedAnnouncement = () => msg('Going again.');
