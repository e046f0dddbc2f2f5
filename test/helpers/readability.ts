/**
 * Flesch–Kincaid grade level, for checking that patient-facing text stays
 * plain (grade 8 at most, grade 7 or lower as the target).
 *
 *   grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
 *
 * Words: runs of letters or digits, joined by apostrophes or hyphens
 * ("don't", "low-back" are one word each). Punctuation and symbols are ignored.
 *
 * Sentences: each run of `.`, `!` or `?` ends one; trailing text with no end
 * mark counts as one more. Colons, semicolons and dashes do not end one.
 * Callers joining separate strings (titles, list items) should end each with
 * a full stop first: see `joinAsSentences`.
 *
 * Syllables (English heuristic, no dictionary; usually right for everyday
 * words, off by one now and then):
 *   1. Lower-case, keep letters only. Words of 1–3 letters have 1 syllable.
 *   2. Count groups of vowels: each run of a, e, i, o, u, y is one syllable.
 *   3. Silent endings take one away (never below 1):
 *      - a final "e" after a consonant ("time", "bone"), except "-le" after a
 *        consonant ("little", "table"), which is sounded;
 *      - "-es" after a consonant other than s, x, z, c, g, "ch", "sh", and
 *        not "-les" after a consonant ("takes", but not "stretches", "knees",
 *        "places", "muscles");
 *      - "-ed" after a consonant other than t or d ("raised", but not
 *        "started", "needed", "need").
 *   4. Vowel pairs that are usually two syllables add one back:
 *      "ia" ("sciatic"), except "-cial/-tial/-cian/-tian" ("special");
 *      "io" ("physio"), except "-tion/-sion/-cion/-gion/-xion" and
 *        "-cious/-tious/-gious/-xious" ("position", "region", "anxious");
 *      "ua"/"uo" after anything but q or g ("usually", not "equal", "guard");
 *      "-ea" at the end ("area", "idea");
 *      "-ier"/"-iest" at the end ("easier", "easiest").
 *   Digits: a number is one word; 0–99 are counted as spoken ("15" →
 *   "fifteen", 2), larger numbers as 3.
 */

export interface ReadabilityCounts {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

const SMALL_NUMBER_SYLLABLES = [
  1, 1, 1, 1, 1, 1, 1, 2, 1, 1, // zero … nine ("zero" and "seven" are 2; close enough for 0)
  1, 3, 1, 2, 2, 2, 2, 3, 2, 2, // ten … nineteen
];
const TENS_SYLLABLES = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2]; // twenty … ninety

function numberSyllables(digits: string): number {
  const n = Number(digits);
  if (!Number.isInteger(n) || n < 0 || n > 99) return 3;
  if (n < 20) return n === 0 ? 2 : SMALL_NUMBER_SYLLABLES[n];
  const ones = n % 10;
  return TENS_SYLLABLES[Math.floor(n / 10)] + (ones ? SMALL_NUMBER_SYLLABLES[ones] : 0);
}

const isVowel = (c: string | undefined): boolean => c !== undefined && 'aeiouy'.includes(c);

/** Syllables in one English word (see the heuristic above). */
export function countSyllables(word: string): number {
  const digits = word.replace(/[^0-9]/g, '');
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return digits ? numberSyllables(digits) : 0;
  if (w.length <= 3) return 1;

  const groups = w.match(/[aeiouy]+/g);
  let count = groups ? groups.length : 0;

  const last = w[w.length - 1];
  const prev = w[w.length - 2];
  const prev2 = w[w.length - 3];

  if (last === 'e' && !isVowel(prev)) {
    // Final "e" after a consonant: silent, except consonant + "le".
    const soundedLe = prev === 'l' && !isVowel(prev2);
    if (!soundedLe) count -= 1;
  } else if (w.endsWith('es') && !isVowel(prev2)) {
    const before = w.slice(0, -2);
    const sibilant = /(?:[sxzcg]|ch|sh)$/.test(before);
    const soundedLes = prev2 === 'l' && !isVowel(w[w.length - 4]);
    if (!sibilant && !soundedLes) count -= 1;
  } else if (w.endsWith('ed') && !isVowel(prev2) && prev2 !== 't' && prev2 !== 'd') {
    count -= 1;
  }

  const extra = (re: RegExp): number => (w.match(re) ?? []).length;
  count += extra(/ia/g) - extra(/[ct]ia[ln]/g);
  count += extra(/io/g) - extra(/[tscgx]io[nu]/g);
  count += extra(/[^qg]u[ao]/g);
  if (/ea$/.test(w)) count += 1;
  if (/ie(?:r|st)$/.test(w)) count += 1;

  return Math.max(1, count);
}

/** The words of a text, as the grade formula counts them. */
export function words(text: string): string[] {
  return text.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];
}

/** Sentences in a text: runs of . ! ? plus any unterminated tail; at least 1 for non-empty text. */
export function countSentences(text: string): number {
  const trimmed = text.trim();
  if (!trimmed) return 0;
  const ends = trimmed.match(/[.!?]+/g)?.length ?? 0;
  const tail = /[.!?]["'’”)\]]*$/.test(trimmed) ? 0 : 1;
  return Math.max(1, ends + tail);
}

/** Flesch–Kincaid grade level of a text, with the counts behind it. */
export function fleschKincaid(text: string): ReadabilityCounts {
  const ws = words(text);
  const sentences = countSentences(text);
  const syllables = ws.reduce((sum, w) => sum + countSyllables(w), 0);
  if (ws.length === 0 || sentences === 0) return { words: 0, sentences: 0, syllables: 0, grade: 0 };
  const grade = 0.39 * (ws.length / sentences) + 11.8 * (syllables / ws.length) - 15.59;
  return { words: ws.length, sentences, syllables, grade };
}

/**
 * Joins separate UI strings (titles, list items, steps) into one text, ending
 * each with a full stop if it has no end mark, so each counts as a sentence.
 */
export function joinAsSentences(strings: readonly string[]): string {
  return strings
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (/[.!?]["'’”)\]]*$/.test(s) ? s : `${s}.`))
    .join(' ');
}
