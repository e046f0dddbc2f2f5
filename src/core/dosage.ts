/**
 * The dose of one stretch, as the article prescribes it, and how HTML
 * attributes are turned into one without ever throwing.
 *
 * Framework-free: no DOM, no Lit. Elements pass attribute strings in and get
 * a valid dosage back, plus a list of problems they should warn about.
 */

export type Sides = 'both' | 'left' | 'right' | 'none';
export type Side = 'left' | 'right';
/**
 * `sides-in-turn` (the default): every rep on the left, then every rep on the
 * right. This is how the article words it ("repeat 2x on each leg") and how
 * a physiotherapist teaches it: the patient sets the towel up once per leg,
 * instead of rolling over and re-wrapping it between every hold.
 * `alternate`: left, right, left, right.
 */
export type Order = 'sides-in-turn' | 'alternate';

export interface Dosage {
  /** Seconds of one hold (the minimum where `holdMax` is set). */
  hold: number;
  /** Upper end of a range such as 15–20 s, or null. */
  holdMax: number | null;
  /** Holds on each side. */
  reps: number;
  sides: Sides;
  /** Seconds between holds. */
  rest: number;
  /** Seconds of count-in before the first hold. */
  leadIn: number;
  order: Order;
  /**
   * Seconds to get into position after the get-ready words are said, before
   * the first hold (only where there are such words: a `prompt`). The count-in
   * is then at least this plus the words' length. 0: the count-in is `leadIn`.
   */
  readyTime: number;
  /** Seconds to change sides after "switch to your right leg" is said, before that side's first hold. 0: the rest is `rest`. */
  switchTime: number;
}

/** The article's own numbers: hold 15 s, 2 reps each side, rest 5 s, 3 s count-in; time to get ready and to switch sides. */
export const DEFAULT_DOSAGE: Readonly<Dosage> = Object.freeze({
  hold: 15,
  holdMax: null,
  reps: 2,
  sides: 'both',
  rest: 5,
  leadIn: 3,
  order: 'sides-in-turn',
  // Unwrapping and re-wrapping a towel, or lying down and crossing a leg, takes longer than a count-in.
  readyTime: 10,
  switchTime: 8,
});

/** Anything longer than these is a typo, not a prescription. */
export const LIMITS = Object.freeze({
  hold: { min: 1, max: 600 },
  reps: { min: 1, max: 50 },
  rest: { min: 0, max: 600 },
  /** Also the limits of `readyTime` and `switchTime`. */
  leadIn: { min: 0, max: 120 },
});

export interface DosageProblem {
  attribute: string;
  value: string;
  accepts: string;
  /** What is used instead, as the warning says it. */
  fallback: string;
}

type Raw = string | number | null | undefined;

/** Dosage as elements hold it: attribute strings, or numbers set from script. */
export interface DosageInput {
  hold?: Raw;
  holdMax?: Raw;
  reps?: Raw;
  sides?: Raw;
  rest?: Raw;
  leadIn?: Raw;
  order?: Raw;
  readyTime?: Raw;
  switchTime?: Raw;
}

const SIDES: readonly Sides[] = ['both', 'left', 'right', 'none'];
const ORDERS: readonly Order[] = ['sides-in-turn', 'alternate'];

function parseNumber(
  raw: Raw,
  attribute: string,
  range: { min: number; max: number },
  integer: boolean,
  problems: DosageProblem[],
  fallback: unknown,
): number | undefined {
  if (raw == null) return undefined;
  const text = String(raw).trim();
  const value = text === '' ? NaN : Number(text);
  const ok =
    Number.isFinite(value) &&
    value >= range.min &&
    value <= range.max &&
    (!integer || Number.isInteger(value));
  if (ok) return value;
  problems.push({
    attribute,
    value: String(raw),
    accepts: `${integer ? 'a whole number' : 'a number of seconds'} from ${range.min} to ${range.max}`,
    fallback: String(fallback),
  });
  return undefined;
}

function parseKeyword<T extends string>(
  raw: Raw,
  attribute: string,
  allowed: readonly T[],
  problems: DosageProblem[],
  fallback: T,
): T | undefined {
  if (raw == null) return undefined;
  const value = String(raw).trim().toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push({ attribute, value: String(raw), accepts: allowed.join(', '), fallback });
  return undefined;
}

/**
 * Reads dosage attributes on top of a base dosage (the article's, or a
 * stretch's own). Every bad value falls back to what the base gives without
 * it and is reported under its attribute name.
 *
 * Explicit beats built-in: a `hold` the page writes replaces the base's range
 * (hamstring `hold="10"` holds 10 s, not 10–20 s) unless `hold-max` is written
 * too. A `hold-max` below `hold` is reported and dropped; one equal to it
 * simply means that many seconds.
 */
export function parseDosage(
  input: DosageInput,
  base: Readonly<Dosage> = DEFAULT_DOSAGE,
): { dosage: Dosage; problems: DosageProblem[] } {
  const problems: DosageProblem[] = [];
  const range = (a: number, b: number | null) => (b == null ? a : `${a}–${b}`);
  const given = parseNumber(input.hold, 'hold', LIMITS.hold, false, problems, range(base.hold, input.holdMax == null ? base.holdMax : null));
  const hold = given ?? base.hold;
  // Without (a good) hold-max: the base's range only when hold is the base's too.
  const noMax = given == null ? base.holdMax : null;
  let holdMax = parseNumber(input.holdMax, 'hold-max', LIMITS.hold, false, problems, noMax ?? 'no range') ?? noMax;
  if (holdMax != null && holdMax <= hold) {
    if (holdMax < hold) {
      problems.push({ attribute: 'hold-max', value: String(input.holdMax), accepts: `a number of seconds greater than hold (${hold})`, fallback: String(noMax ?? 'no range') });
    }
    holdMax = holdMax < hold ? noMax : null;
  }
  return {
    dosage: {
      hold,
      holdMax,
      reps: parseNumber(input.reps, 'reps', LIMITS.reps, true, problems, base.reps) ?? base.reps,
      sides: parseKeyword(input.sides, 'sides', SIDES, problems, base.sides) ?? base.sides,
      rest: parseNumber(input.rest, 'rest', LIMITS.rest, false, problems, base.rest) ?? base.rest,
      leadIn: parseNumber(input.leadIn, 'lead-in', LIMITS.leadIn, false, problems, base.leadIn) ?? base.leadIn,
      order: parseKeyword(input.order, 'order', ORDERS, problems, base.order) ?? base.order,
      readyTime: parseNumber(input.readyTime, 'ready-time', LIMITS.leadIn, false, problems, base.readyTime) ?? base.readyTime,
      switchTime: parseNumber(input.switchTime, 'switch-time', LIMITS.leadIn, false, problems, base.switchTime) ?? base.switchTime,
    },
    problems,
  };
}

/** The sides a dosage runs, in order; `[null]` for a stretch with no sides. */
export function sidesOf(sides: Sides): (Side | null)[] {
  return sides == 'both' ? ['left', 'right'] : sides == 'none' ? [null] : [sides];
}
