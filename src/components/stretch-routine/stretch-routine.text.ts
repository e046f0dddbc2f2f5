/** What <stretch-routine> says around the stretches. */
import { msg, str } from '@lit/localize';

export const startRoutine = () => msg('Start routine');
export const startAgain = () => msg('Do another session');
export const backToOverview = () => msg('Back to the overview');
export const back = () => msg('Back');
export const skip = () => msg('Skip');
export const endSession = () => msg('End session');
export const continueFrom = (title: string) => msg(str`Continue: ${title}`);
export const startOver = () => msg('Start over');
export const resumeNote = (done: number, total: number) => msg(str`You did ${done} of ${total} stretches earlier today.`);
export const stepOf = (n: number, total: number) => msg(str`Stretch ${n} of ${total}`);
export const nextUp = (title: string) => msg(str`Next: ${title}.`);
export const nowDoing = (n: number, total: number, title: string) => msg(str`Stretch ${n} of ${total}: ${title}`);
export const weekTitle = () => msg('Your last 7 days');
export const allDone = () => msg('Routine done. Well done!');
export const notSaved = () => msg('Your progress cannot be saved in this browser, so it will not be kept after you close the page. The routine still works.');
export const noStretches = () => msg('No stretches to show.');

export function sessionsToday(n: number, goal: number): string {
  if (n === 0) return msg(str`0 of ${goal} sessions done today`);
  if (n <= goal) return msg(str`Session ${n} of ${goal} done today`);
  return msg(str`${n} sessions done today. Your goal is ${goal}.`);
}

export function daySummary(weekday: string, n: number, goal: number): string {
  return msg(str`${weekday}: ${n} of ${goal} sessions`);
}
