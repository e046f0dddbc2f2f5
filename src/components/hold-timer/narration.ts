/**
 * What a running <hold-timer> announces to screen readers and says by voice:
 * milestones only. Loaded with the timer's engine, not before a timer starts.
 */
import { msg, str } from '@lit/localize';
import type { SideNoun } from '../../content/types.js';
import type { Phase } from '../../core/schedule.js';
import { formatSeconds } from '../../localization/format.js';
import { plural } from '../../localization/plural.js';
import { sideName } from './hold-timer.text.js';

const seconds = (ms: number) => Math.round(ms / 1000);

/** "Get ready. The first hold starts in 3 seconds." */
function getReady(ms: number): string {
  const n = seconds(ms);
  const secs = formatSeconds(n);
  return plural(n, {
    zero: msg(str`Get ready. The first hold starts in ${secs} seconds.`, { id: 'lead-in.zero', desc: 'Spoken and announced as the count-in before the first hold starts. Form ZERO: Arabic uses it for 0; other languages write the OTHER form.' }),
    one: msg(str`Get ready. The first hold starts in ${secs} second.`, { id: 'lead-in.one', desc: 'Spoken and announced as the count-in before the first hold starts. Form ONE: 1 (French, Portuguese: 0 and 1).' }),
    two: msg(str`Get ready. The first hold starts in ${secs} seconds.`, { id: 'lead-in.two', desc: 'Spoken and announced as the count-in before the first hold starts. Form TWO: Arabic uses it for 2; other languages write the OTHER form.' }),
    few: msg(str`Get ready. The first hold starts in ${secs} seconds.`, { id: 'lead-in.few', desc: 'Spoken and announced as the count-in before the first hold starts. Form FEW: Arabic uses it for 3–10; other languages write the OTHER form.' }),
    many: msg(str`Get ready. The first hold starts in ${secs} seconds.`, { id: 'lead-in.many', desc: 'Spoken and announced as the count-in before the first hold starts. Form MANY: Arabic uses it for 11–99; other languages write the OTHER form.' }),
    other: msg(str`Get ready. The first hold starts in ${secs} seconds.`, { id: 'lead-in.other', desc: 'Spoken and announced as the count-in before the first hold starts. Form OTHER: every other number (Chinese: all numbers).' }),
  });
}

/** "Hold 15 seconds." or, for a range hold, "Hold 15 to 20 seconds." (the form follows the last number). */
function holdFor(ms: number, targetMs: number | null): string {
  const n = seconds(ms);
  if (targetMs != null) {
    const max = formatSeconds(n);
    const min = formatSeconds(seconds(targetMs));
    return plural(n, {
      zero: msg(str`Hold ${min} to ${max} seconds.`, { id: 'hold-range.zero', desc: 'Spoken as a hold starts, after "Hold now: left leg, rep 1 of 2." The patient may stop after the first number. Form ZERO (chosen by the second number): Arabic uses it for 0; other languages write the OTHER form.' }),
      one: msg(str`Hold ${min} to ${max} second.`, { id: 'hold-range.one', desc: 'Spoken as a hold starts, after "Hold now: left leg, rep 1 of 2." The patient may stop after the first number. Form ONE (chosen by the second number): 1 (French, Portuguese: 0 and 1).' }),
      two: msg(str`Hold ${min} to ${max} seconds.`, { id: 'hold-range.two', desc: 'Spoken as a hold starts, after "Hold now: left leg, rep 1 of 2." The patient may stop after the first number. Form TWO (chosen by the second number): Arabic uses it for 2; other languages write the OTHER form.' }),
      few: msg(str`Hold ${min} to ${max} seconds.`, { id: 'hold-range.few', desc: 'Spoken as a hold starts, after "Hold now: left leg, rep 1 of 2." The patient may stop after the first number. Form FEW (chosen by the second number): Arabic uses it for 3–10; other languages write the OTHER form.' }),
      many: msg(str`Hold ${min} to ${max} seconds.`, { id: 'hold-range.many', desc: 'Spoken as a hold starts, after "Hold now: left leg, rep 1 of 2." The patient may stop after the first number. Form MANY (chosen by the second number): Arabic uses it for 11–99; other languages write the OTHER form.' }),
      other: msg(str`Hold ${min} to ${max} seconds.`, { id: 'hold-range.other', desc: 'Spoken as a hold starts, after "Hold now: left leg, rep 1 of 2." The patient may stop after the first number. Form OTHER (chosen by the second number): every other number (Chinese: all numbers).' }),
    });
  }
  const secs = formatSeconds(n);
  return plural(n, {
    zero: msg(str`${secs} seconds.`, { id: 'hold-secs.zero', desc: 'Spoken as a hold starts, after "Hold now: left leg, rep 1 of 2.": how long to hold. Form ZERO: Arabic uses it for 0; other languages write the OTHER form.' }),
    one: msg(str`${secs} second.`, { id: 'hold-secs.one', desc: 'Spoken as a hold starts, after "Hold now: left leg, rep 1 of 2.": how long to hold. Form ONE: 1 (French, Portuguese: 0 and 1).' }),
    two: msg(str`${secs} seconds.`, { id: 'hold-secs.two', desc: 'Spoken as a hold starts, after "Hold now: left leg, rep 1 of 2.": how long to hold. Form TWO: Arabic uses it for 2; other languages write the OTHER form.' }),
    few: msg(str`${secs} seconds.`, { id: 'hold-secs.few', desc: 'Spoken as a hold starts, after "Hold now: left leg, rep 1 of 2.": how long to hold. Form FEW: Arabic uses it for 3–10; other languages write the OTHER form.' }),
    many: msg(str`${secs} seconds.`, { id: 'hold-secs.many', desc: 'Spoken as a hold starts, after "Hold now: left leg, rep 1 of 2.": how long to hold. Form MANY: Arabic uses it for 11–99; other languages write the OTHER form.' }),
    other: msg(str`${secs} seconds.`, { id: 'hold-secs.other', desc: 'Spoken as a hold starts, after "Hold now: left leg, rep 1 of 2.": how long to hold. Form OTHER: every other number (Chinese: all numbers).' }),
  });
}

/** Announced (and spoken) when a phase begins. Few and short: milestones only. */
export function phaseAnnouncement(phase: Phase, reps: number, noun: SideNoun, switching: boolean): string {
  const s = phase.side ? sideName(phase.side, noun) : null;
  const rep = phase.rep;
  switch (phase.kind) {
    case 'lead-in':
      return getReady(phase.duration);
    case 'hold': {
      // Two whole sentences: what to hold, then for how long (the second one carries the plural).
      const now = s
        ? msg(str`Hold now: ${s}, rep ${rep} of ${reps}.`, { desc: 'Spoken and announced as a hold starts; "left leg" or "right side" goes in the first place. How long comes next, in its own sentence.' })
        : msg(str`Hold now: rep ${rep} of ${reps}.`, { desc: 'Spoken and announced as a hold starts (a stretch without sides). How long comes next, in its own sentence.' });
      return `${now} ${holdFor(phase.duration, phase.target ?? null)}`;
    }
    case 'rest':
      return switching && s ? msg(str`Relax. Now switch to your ${s}.`) : msg('Relax. The next hold is coming up.');
  }
}

/** A range hold reached its minimum: "15 seconds done. You can stop now, or keep holding up to 20." */
export function targetAnnouncement(phase: Phase): string {
  const n = seconds(phase.target ?? 0);
  const min = formatSeconds(n);
  const max = formatSeconds(seconds(phase.duration));
  return plural(n, {
    zero: msg(str`${min} seconds done. You can stop now, or keep holding up to ${max}.`, { id: 'target.zero', desc: 'Announced when a range hold (e.g. 15–20 s) reaches its minimum. Form ZERO (chosen by the first number): Arabic uses it for 0; other languages write the OTHER form.' }),
    one: msg(str`${min} second done. You can stop now, or keep holding up to ${max}.`, { id: 'target.one', desc: 'Announced when a range hold (e.g. 15–20 s) reaches its minimum. Form ONE (chosen by the first number): 1 (French, Portuguese: 0 and 1).' }),
    two: msg(str`${min} seconds done. You can stop now, or keep holding up to ${max}.`, { id: 'target.two', desc: 'Announced when a range hold (e.g. 15–20 s) reaches its minimum. Form TWO (chosen by the first number): Arabic uses it for 2; other languages write the OTHER form.' }),
    few: msg(str`${min} seconds done. You can stop now, or keep holding up to ${max}.`, { id: 'target.few', desc: 'Announced when a range hold (e.g. 15–20 s) reaches its minimum. Form FEW (chosen by the first number): Arabic uses it for 3–10; other languages write the OTHER form.' }),
    many: msg(str`${min} seconds done. You can stop now, or keep holding up to ${max}.`, { id: 'target.many', desc: 'Announced when a range hold (e.g. 15–20 s) reaches its minimum. Form MANY (chosen by the first number): Arabic uses it for 11–99; other languages write the OTHER form.' }),
    other: msg(str`${min} seconds done. You can stop now, or keep holding up to ${max}.`, { id: 'target.other', desc: 'Announced when a range hold (e.g. 15–20 s) reaches its minimum. Form OTHER (chosen by the first number): every other number (Chinese: all numbers).' }),
  });
}

export const fiveLeft = () => msg('5 seconds left.');
export const completeAnnouncement = (holds: number) =>
  plural(holds, {
    zero: msg(str`All done. You finished all ${holds} holds. Well done!`, { id: 'done.zero', desc: 'Announced and spoken when every hold of the timer is done. Form ZERO: Arabic uses it for 0; other languages write the OTHER form.' }),
    one: msg('All done. Well done!', { id: 'done.one', desc: 'Announced and spoken when every hold of the timer is done. Form ONE: the timer had a single hold, so the count is not said.' }),
    two: msg(str`All done. You finished all ${holds} holds. Well done!`, { id: 'done.two', desc: 'Announced and spoken when every hold of the timer is done. Form TWO: Arabic uses it for 2; other languages write the OTHER form.' }),
    few: msg(str`All done. You finished all ${holds} holds. Well done!`, { id: 'done.few', desc: 'Announced and spoken when every hold of the timer is done. Form FEW: Arabic uses it for 3–10; other languages write the OTHER form.' }),
    many: msg(str`All done. You finished all ${holds} holds. Well done!`, { id: 'done.many', desc: 'Announced and spoken when every hold of the timer is done. Form MANY: Arabic uses it for 11–99; other languages write the OTHER form.' }),
    other: msg(str`All done. You finished all ${holds} holds. Well done!`, { id: 'done.other', desc: 'Announced and spoken when every hold of the timer is done. Form OTHER: every other number (Chinese: all numbers).' }),
  });
export const pausedAnnouncement = () => msg('Paused.');
export const resumedAnnouncement = () => msg('Going again.');
