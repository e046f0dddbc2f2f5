/**
 * Cached Intl formatters, one per locale: building them is slow on old
 * phones, and the timer formats a number every second. Numbers use the shown
 * language's own CLDR digits (Arabic: 0–9, as its translation writes them),
 * not the page's region, so the timer and the words around it agree.
 */
import { currentLocale } from './locale.js';

const cache = new Map<string, unknown>();

/** The formatter `kind` for the shown locale, made once. */
export function cached<T>(kind: string, make: (locale: string) => T): T {
  const k = `${kind}|${currentLocale()}`;
  if (!cache.has(k)) cache.set(k, make(currentLocale()));
  return cache.get(k) as T;
}

/** A whole number of seconds as the patient reads it: "15", or "1:30" from a minute up. */
export function formatSeconds(seconds: number): string {
  const n = cached('n', (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 0 }));
  if (seconds < 60) return n.format(seconds);
  const m = Math.floor(seconds / 60);
  return `${n.format(m)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "Mon", in the current language. */
export function formatWeekday(date: Date): string {
  return cached('w', (l) => new Intl.DateTimeFormat(l, { weekday: 'short' })).format(date);
}
