/**
 * Everything <hold-timer> says, on screen, to screen readers and by voice.
 * Functions, so every msg() runs in the current language at render time.
 */
import { msg, str } from '@lit/localize';
import type { Side } from '../../core/dosage.js';
import type { SideNoun } from '../../content/types.js';
import type { Phase } from '../../core/schedule.js';
import { formatSeconds } from '../../localization/format.js';
import { plural } from '../../localization/plural.js';

/** The unit under the big number: "second" or "seconds", by the language's plural rules. */
export function secondsUnit(n: number): string {
  return plural(n, {
    zero: msg('seconds', { id: 'secs.zero', desc: 'Unit word under the timer\'s big number (the number is shown above it, not in this text). Form ZERO: Arabic uses it for 0; other languages write the OTHER form.' }),
    one: msg('second', { id: 'secs.one', desc: 'Unit word under the timer\'s big number (the number is shown above it, not in this text). Form ONE: 1 (French, Portuguese: 0 and 1).' }),
    two: msg('seconds', { id: 'secs.two', desc: 'Unit word under the timer\'s big number (the number is shown above it, not in this text). Form TWO: Arabic uses it for 2; other languages write the OTHER form.' }),
    few: msg('seconds', { id: 'secs.few', desc: 'Unit word under the timer\'s big number (the number is shown above it, not in this text). Form FEW: Arabic uses it for 3–10; other languages write the OTHER form.' }),
    many: msg('seconds', { id: 'secs.many', desc: 'Unit word under the timer\'s big number (the number is shown above it, not in this text). Form MANY: Arabic uses it for 11–99; other languages write the OTHER form.' }),
    other: msg('seconds', { id: 'secs.other', desc: 'Unit word under the timer\'s big number (the number is shown above it, not in this text). Form OTHER: every other number (Chinese: all numbers).' }),
  });
}

export function sideName(side: Side, noun: SideNoun): string {
  if (noun === 'side') return side === 'left' ? msg('left side') : msg('right side');
  return side === 'left' ? msg('left leg') : msg('right leg');
}

/** The big line: what to do right now. Also what the voice says as the phase begins. */
export function doingNow(phase: Pick<Phase, 'kind' | 'side'>, noun: SideNoun, switching: boolean): string {
  const s = phase.side ? sideName(phase.side, noun) : null;
  switch (phase.kind) {
    case 'lead-in':
      return s ? msg(str`Get ready: ${s}`) : msg('Get ready');
    case 'hold':
      return s ? msg(str`Hold: ${s}`) : msg('Hold');
    case 'rest':
      return switching && s ? msg(str`Relax and switch to your ${s}`) : msg('Relax');
  }
}

/** "Rep 1 of 2 · left leg" (for a rest or count-in: the hold that comes next). */
export function repLine(phase: Phase, reps: number, noun: SideNoun): string {
  const rep = phase.rep;
  const line = phase.side
    ? msg(str`Rep ${rep} of ${reps} · ${sideName(phase.side, noun)}`)
    : msg(str`Rep ${rep} of ${reps}`);
  return phase.kind === 'hold' ? line : msg(str`Next: ${line}`);
}

/** Dose summary shown before starting, e.g. "2 × each leg · hold 15–20 s". */
export function doseLine(reps: number, sides: number, noun: SideNoun, hold: number, holdMax: number | null): string {
  const secs = holdMax != null ? `${formatSeconds(hold)}–${formatSeconds(holdMax)}` : formatSeconds(hold);
  if (sides === 2) {
    return noun === 'side' ? msg(str`${reps} × each side · hold ${secs} s`) : msg(str`${reps} × each leg · hold ${secs} s`);
  }
  return msg(str`${reps} × · hold ${secs} s`);
}

