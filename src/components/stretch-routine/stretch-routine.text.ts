/** What <stretch-routine> says around the stretches. */
import { msg, str } from '@lit/localize';
import { plural } from '../../localization/plural.js';

export const startRoutine = () => msg('Start routine');
export const startAgain = () => msg('Do another session');
export const backToOverview = () => msg('Back to the overview');
export const back = () => msg('Back');
export const skip = () => msg('Skip');
export const endSession = () => msg('End session');
export const continueFrom = (title: string) => msg(str`Continue: ${title}`);
export const startOver = () => msg('Start over');
export const resumeNote = (done: number, total: number) =>
  plural(total, {
    zero: msg(str`You did ${done} of ${total} stretches earlier today.`, { id: 'resume.zero', desc: 'Above the Continue button when a session was left part-way today. Form ZERO (chosen by the second number): Arabic uses it for 0; other languages write the OTHER form.' }),
    one: msg(str`You did ${done} of ${total} stretch earlier today.`, { id: 'resume.one', desc: 'Above the Continue button when a session was left part-way today. Form ONE (chosen by the second number): 1 (French, Portuguese: 0 and 1).' }),
    two: msg(str`You did ${done} of ${total} stretches earlier today.`, { id: 'resume.two', desc: 'Above the Continue button when a session was left part-way today. Form TWO (chosen by the second number): Arabic uses it for 2; other languages write the OTHER form.' }),
    few: msg(str`You did ${done} of ${total} stretches earlier today.`, { id: 'resume.few', desc: 'Above the Continue button when a session was left part-way today. Form FEW (chosen by the second number): Arabic uses it for 3–10; other languages write the OTHER form.' }),
    many: msg(str`You did ${done} of ${total} stretches earlier today.`, { id: 'resume.many', desc: 'Above the Continue button when a session was left part-way today. Form MANY (chosen by the second number): Arabic uses it for 11–99; other languages write the OTHER form.' }),
    other: msg(str`You did ${done} of ${total} stretches earlier today.`, { id: 'resume.other', desc: 'Above the Continue button when a session was left part-way today. Form OTHER (chosen by the second number): every other number (Chinese: all numbers).' }),
  });
export const stepOf = (n: number, total: number) => msg(str`Stretch ${n} of ${total}`);
export const weekTitle = () => msg('Your last 7 days');
export const allDone = () => msg('Routine done. Well done!');
export const notSaved = () => msg('Your progress cannot be saved in this browser, so it will not be kept after you close the page. The routine still works.');
export const noStretches = () => msg('No stretches to show.');
// The same words as the timers' switches: one translation.
export const cues = () => msg('Cues');
export const sound = () => msg('Sound');
export const voice = () => msg('Voice');

export function sessionsToday(n: number, goal: number): string {
  if (n === 0)
    return plural(goal, {
      zero: msg(str`0 of ${goal} sessions done today`, { id: 'today-none.zero', desc: 'Count of sessions done today, before the first one (the number is the daily goal). Form ZERO: Arabic uses it for 0; other languages write the OTHER form.' }),
      one: msg(str`0 of ${goal} session done today`, { id: 'today-none.one', desc: 'Count of sessions done today, before the first one (the number is the daily goal). Form ONE: 1 (French, Portuguese: 0 and 1).' }),
      two: msg(str`0 of ${goal} sessions done today`, { id: 'today-none.two', desc: 'Count of sessions done today, before the first one (the number is the daily goal). Form TWO: Arabic uses it for 2; other languages write the OTHER form.' }),
      few: msg(str`0 of ${goal} sessions done today`, { id: 'today-none.few', desc: 'Count of sessions done today, before the first one (the number is the daily goal). Form FEW: Arabic uses it for 3–10; other languages write the OTHER form.' }),
      many: msg(str`0 of ${goal} sessions done today`, { id: 'today-none.many', desc: 'Count of sessions done today, before the first one (the number is the daily goal). Form MANY: Arabic uses it for 11–99; other languages write the OTHER form.' }),
      other: msg(str`0 of ${goal} sessions done today`, { id: 'today-none.other', desc: 'Count of sessions done today, before the first one (the number is the daily goal). Form OTHER: every other number (Chinese: all numbers).' }),
    });
  if (n <= goal) return msg(str`Session ${n} of ${goal} done today`);
  return plural(n, {
    zero: msg(str`${n} sessions done today. Your goal is ${goal}.`, { id: 'today-over.zero', desc: 'Count of sessions done today, once the patient has done more than the daily goal (the second number). Form ZERO (chosen by the first number): Arabic uses it for 0; other languages write the OTHER form.' }),
    one: msg(str`${n} session done today. Your goal is ${goal}.`, { id: 'today-over.one', desc: 'Count of sessions done today, once the patient has done more than the daily goal (the second number). Form ONE (chosen by the first number): 1 (French, Portuguese: 0 and 1).' }),
    two: msg(str`${n} sessions done today. Your goal is ${goal}.`, { id: 'today-over.two', desc: 'Count of sessions done today, once the patient has done more than the daily goal (the second number). Form TWO (chosen by the first number): Arabic uses it for 2; other languages write the OTHER form.' }),
    few: msg(str`${n} sessions done today. Your goal is ${goal}.`, { id: 'today-over.few', desc: 'Count of sessions done today, once the patient has done more than the daily goal (the second number). Form FEW (chosen by the first number): Arabic uses it for 3–10; other languages write the OTHER form.' }),
    many: msg(str`${n} sessions done today. Your goal is ${goal}.`, { id: 'today-over.many', desc: 'Count of sessions done today, once the patient has done more than the daily goal (the second number). Form MANY (chosen by the first number): Arabic uses it for 11–99; other languages write the OTHER form.' }),
    other: msg(str`${n} sessions done today. Your goal is ${goal}.`, { id: 'today-over.other', desc: 'Count of sessions done today, once the patient has done more than the daily goal (the second number). Form OTHER (chosen by the first number): every other number (Chinese: all numbers).' }),
  });
}

export function daySummary(weekday: string, n: number, goal: number): string {
  return plural(goal, {
    zero: msg(str`${weekday}: ${n} of ${goal} sessions`, { id: 'day-summary.zero', desc: 'Screen-reader label of one day in the 7-day strip, e.g. "Mon: 1 of 2 sessions". Form ZERO (chosen by the goal, the last number): Arabic uses it for 0; other languages write the OTHER form.' }),
    one: msg(str`${weekday}: ${n} of ${goal} session`, { id: 'day-summary.one', desc: 'Screen-reader label of one day in the 7-day strip, e.g. "Mon: 1 of 2 sessions". Form ONE (chosen by the goal, the last number): 1 (French, Portuguese: 0 and 1).' }),
    two: msg(str`${weekday}: ${n} of ${goal} sessions`, { id: 'day-summary.two', desc: 'Screen-reader label of one day in the 7-day strip, e.g. "Mon: 1 of 2 sessions". Form TWO (chosen by the goal, the last number): Arabic uses it for 2; other languages write the OTHER form.' }),
    few: msg(str`${weekday}: ${n} of ${goal} sessions`, { id: 'day-summary.few', desc: 'Screen-reader label of one day in the 7-day strip, e.g. "Mon: 1 of 2 sessions". Form FEW (chosen by the goal, the last number): Arabic uses it for 3–10; other languages write the OTHER form.' }),
    many: msg(str`${weekday}: ${n} of ${goal} sessions`, { id: 'day-summary.many', desc: 'Screen-reader label of one day in the 7-day strip, e.g. "Mon: 1 of 2 sessions". Form MANY (chosen by the goal, the last number): Arabic uses it for 11–99; other languages write the OTHER form.' }),
    other: msg(str`${weekday}: ${n} of ${goal} sessions`, { id: 'day-summary.other', desc: 'Screen-reader label of one day in the 7-day strip, e.g. "Mon: 1 of 2 sessions". Form OTHER (chosen by the goal, the last number): every other number (Chinese: all numbers).' }),
  });
}
