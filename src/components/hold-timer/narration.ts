/**
 * What a running <hold-timer> announces to screen readers and says by voice:
 * milestones only. Loaded with the timer's engine, not before a timer starts.
 */
import { msg, str } from '@lit/localize';
import type { SideNoun } from '../../content/types.js';
import type { Phase } from '../../core/schedule.js';
import { formatSeconds, secondsUnit } from '../../localization/format.js';
import { sideName } from './hold-timer.text.js';

/** "1 second", "15 seconds", by the language's plural rules. */
function duration(ms: number): string {
  const n = Math.round(ms / 1000);
  const secs = formatSeconds(n);
  return secondsUnit(n) === msg('second') ? msg(str`${secs} second`) : msg(str`${secs} seconds`);
}

/** Announced (and spoken) when a phase begins. Few and short: milestones only. */
export function phaseAnnouncement(phase: Phase, reps: number, noun: SideNoun, switching: boolean): string {
  const s = phase.side ? sideName(phase.side, noun) : null;
  const secs = duration(phase.duration);
  const rep = phase.rep;
  switch (phase.kind) {
    case 'lead-in':
      return msg(str`Get ready. The first hold starts in ${secs}.`);
    case 'hold':
      if (phase.target != null) {
        const min = formatSeconds(Math.round(phase.target / 1000));
        return s
          ? msg(str`Hold now: ${s}, rep ${rep} of ${reps}. Hold ${min} to ${secs}.`)
          : msg(str`Hold now: rep ${rep} of ${reps}. Hold ${min} to ${secs}.`);
      }
      return s ? msg(str`Hold now: ${s}, rep ${rep} of ${reps}. ${secs}.`) : msg(str`Hold now: rep ${rep} of ${reps}. ${secs}.`);
    case 'rest':
      return switching && s ? msg(str`Relax. Now switch to your ${s}.`) : msg('Relax. The next hold is coming up.');
  }
}

export function targetAnnouncement(phase: Phase): string {
  const min = duration(phase.target ?? 0);
  const max = formatSeconds(Math.round(phase.duration / 1000));
  return msg(str`${min} done. You can stop now, or keep holding up to ${max}.`);
}

export const fiveLeft = () => msg('5 seconds left.');
export const completeAnnouncement = (holds: number) =>
  holds === 1 ? msg('All done. Well done!') : msg(str`All done. You finished all ${holds} holds. Well done!`);
export const pausedAnnouncement = () => msg('Paused.');
export const resumedAnnouncement = () => msg('Going again.');
