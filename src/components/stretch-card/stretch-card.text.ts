/** What <stretch-card> says around the content: chips, headings, messages. */
import { msg, str } from '@lit/localize';
import type { Dosage } from '../../core/dosage.js';
import type { SideNoun } from '../../content/types.js';
import { formatSeconds } from '../../localization/format.js';
import { plural } from '../../localization/plural.js';

export function holdChip(d: Dosage): string {
  return d.holdMax != null
    ? msg(str`Hold ${formatSeconds(d.hold)}–${formatSeconds(d.holdMax)} s`)
    : msg(str`Hold ${formatSeconds(d.hold)} s`);
}

export function repsChip(d: Dosage, noun: SideNoun): string {
  const n = d.reps;
  if (d.sides === 'both') return noun === 'side' ? msg(str`${n} × each side`) : msg(str`${n} × each leg`);
  if (d.sides === 'left') return noun === 'side' ? msg(str`${n} × left side`) : msg(str`${n} × left leg`);
  if (d.sides === 'right') return noun === 'side' ? msg(str`${n} × right side`) : msg(str`${n} × right leg`);
  return msg(str`${n} ×`);
}

export function perDayChip(times: number): string {
  // "Twice" is a word of its own in many languages, as "once" is: their own units, not plural forms.
  if (times === 2) return msg('At least twice a day');
  return plural(times, {
    zero: msg(str`At least ${times} times a day`, { id: 'per-day.zero', desc: 'Dose chip: how many times a day to do the stretch (1 to 12; 2 has its own text, "At least twice a day"). Form ZERO: Arabic uses it for 0; other languages write the OTHER form.' }),
    one: msg('At least once a day', { id: 'per-day.one', desc: 'Dose chip: how many times a day to do the stretch (1 to 12; 2 has its own text, "At least twice a day"). Form ONE: 1 (French, Portuguese: 0 and 1).' }),
    two: msg(str`At least ${times} times a day`, { id: 'per-day.two', desc: 'Dose chip: how many times a day to do the stretch (1 to 12; 2 has its own text, "At least twice a day"). Form TWO: Arabic uses it for 2; other languages write the OTHER form.' }),
    few: msg(str`At least ${times} times a day`, { id: 'per-day.few', desc: 'Dose chip: how many times a day to do the stretch (1 to 12; 2 has its own text, "At least twice a day"). Form FEW: Arabic uses it for 3–10; other languages write the OTHER form.' }),
    many: msg(str`At least ${times} times a day`, { id: 'per-day.many', desc: 'Dose chip: how many times a day to do the stretch (1 to 12; 2 has its own text, "At least twice a day"). Form MANY: Arabic uses it for 11–99; other languages write the OTHER form.' }),
    other: msg(str`At least ${times} times a day`, { id: 'per-day.other', desc: 'Dose chip: how many times a day to do the stretch (1 to 12; 2 has its own text, "At least twice a day"). Form OTHER: every other number (Chinese: all numbers).' }),
  });
}

export const headings = {
  why: () => msg('Why it helps'),
  need: () => msg('You need'),
  start: () => msg('Starting position'),
  steps: () => msg('Steps'),
  feel: () => msg('What you should feel'),
  cautions: () => msg('Take care'),
  notes: () => msg('Good to know'),
  dosage: () => msg('How much'),
  log: () => msg('Tick a box each time you do it'),
};

/** Labels over the drawing's two frames: the timer's own words for the phases they show. */
export const startFrame = () => msg('Get ready');
export const stretchFrame = () => msg('Hold');
/** Beside a patch of the colour that marks, on the drawing, where the stretch is felt. */
export const feltKey = () => msg('Where you feel the stretch', { desc: 'Key under the stretch drawing, after a small patch of the colour that marks where on the body the stretch is felt' });

export const hurtButton = () => msg('It hurts / I feel numbness');
export const carryOn = () => msg('I feel OK — carry on', { desc: 'Closes the pain advice; resumes the timer' });
export const close = () => msg('Close', { desc: 'Closes the pain advice; a paused timer stays paused' });
/** Said before a routine's next stretch, followed by how to get into position. */
export const nextUp = (title: string) => msg(str`Next: ${title}.`);
export const day = (n: number) => msg(str`Day ${n}`);
export const session = (n: number) => msg(str`Session ${n}`);
export const unknownExercise = () => msg('Sorry, this stretch could not be shown.');
export const emptyCard = () => msg('No stretch to show here yet.');
export const customTitle = () => msg('Your stretch');

/**
 * The printed handout's safety box: the stop rule and the red flags, in short words (on screen, the full
 * advice is behind "It hurts"). The red flags are phrases that finish their lead-in.
 */
export const handoutSafety = () => ({
  stop: msg('Stop and call your physiotherapist or clinic if the pain gets worse and stays worse, numbness or tingling spreads, or your leg feels weak.', {
    desc: 'Printed sheet: when to stop',
  }),
  help: msg('Get emergency help now if you have:', { desc: 'Printed sheet: red flags (an emergency department or the emergency number)' }),
  helpSigns: [
    msg('numbness around your bottom or genitals', { desc: 'Printed sheet: red flags' }),
    msg('new trouble with your bladder or bowels', { desc: 'Printed sheet: red flags' }),
    msg('weakness in both legs, or a foot that drags', { desc: 'Printed sheet: red flags' }),
    msg('very bad pain in both legs', { desc: 'Printed sheet: red flags' }),
  ],
});
