/**
 * Cached Intl formatters, one per locale: building them is slow on old
 * phones, and the timer formats a number every second.
 */
import { msg } from '@lit/localize';
import { currentLocale } from './locale.js';

const numbers = new Map<string, Intl.NumberFormat>();
const plurals = new Map<string, Intl.PluralRules>();
const weekdays = new Map<string, Intl.DateTimeFormat>();


function cached<T>(cache: Map<string, T>, make: (l: string) => T): T {
  const l = currentLocale();
  let f = cache.get(l);
  if (!f) cache.set(l, (f = make(l)));
  return f;
}

/** A whole number of seconds as the patient reads it: "15", or "1:30" from a minute up. */
export function formatSeconds(seconds: number): string {
  const n = cached(numbers, (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 0 }));
  if (seconds < 60) return n.format(seconds);
  const m = Math.floor(seconds / 60);
  return `${n.format(m)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "second" or "seconds", by the current language's plural rules. */
export function secondsUnit(seconds: number): string {
  const rule = cached(plurals, (l) => new Intl.PluralRules(l)).select(seconds);
  return rule === 'one' ? msg('second') : msg('seconds');
}

/** "Mon", in the current language. */
export function formatWeekday(date: Date): string {
  return cached(weekdays, (l) => new Intl.DateTimeFormat(l, { weekday: 'short' })).format(date);
}
