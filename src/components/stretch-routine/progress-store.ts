/**
 * A routine's progress, kept only in this browser: sessions done per day,
 * and how far today's unfinished session got.
 *
 * Keys: a routine's `progress-key` when it has one, or else its content (its
 * stretches and doses as written), never its DOM id: renaming an id keeps
 * the history, and two different routines never share one.
 *
 * Versions: each format version has keys of its own (`…:v2:…`). A version
 * reads older records (migrating them into its own key) and never writes
 * another version's, so a cached older copy of the script on the same site
 * keeps working, and a newer one finds ours as we left them. A new format
 * means a new key version.
 *
 * Reads keep what is valid and drop the rest: bad entries are never fatal.
 */
import { safeStore } from '../../shared/storage.js';

export interface Progress {
  v: 2;
  /** Sessions finished, by local date (YYYY-MM-DD). Only recent days are kept. */
  days: Record<string, number>;
  /** Today's unfinished session: how many stretches are done. */
  current: { day: string; done: number } | null;
}

export interface LoadResult {
  progress: Progress;
  /** Something was stored under the key but could not be read (corrupt). */
  unreadable: boolean;
}

/** Days kept: the 7-day strip's window plus a week's margin (a clock or time zone change). */
export const KEEP_DAYS = 14;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const PREFIX = 'stretch-widgets:routine:';

/**
 * Where a routine's progress is kept, and where version 1 kept it.
 * Key: `…:v2:key=<progress-key>`, or `…:v2:content=<what it is>`: the stretch ids
 * (`["hamstring","glute"]`), or each child card's exercise (or title) with the dose
 * attributes written on it. Version 1 used the id, or the exercise `names` joined with "+".
 */
export function routineKeys(progressKey: string | null, id: string, names: readonly string[], cards: readonly Element[]): [key: string, legacy: string] {
  const content = cards.length
    ? cards.map((c) => ['exercise', 'hold', 'hold-max', 'reps', 'sides', 'rest', 'lead-in', 'order'].map((a) => c.getAttribute(a)).concat(c.querySelector(':scope>[slot=title]')?.textContent?.trim() ?? null))
    : names;
  return [`${PREFIX}v2:${progressKey != null ? `key=${progressKey}` : `content=${JSON.stringify(content)}`}`, `${PREFIX}v1:${id || names.join('+')}`];
}

/** The patient's local calendar day, not UTC: a session at 11 pm counts for today. */
export function dayKey(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A record of format `version`, with its valid entries only; null when it is not one. */
function readRecord(key: string, version: number): Progress | null {
  const o = safeStore.read(key, isObject);
  if (o?.v !== version) return null;
  const ok = ([day, n]: [unknown, unknown]) => DAY_RE.test(day as string) && Number.isInteger(n) && (n as number) > 0;
  const c = o.current as Progress['current'];
  return { v: 2, days: Object.fromEntries(Object.entries(o.days ?? {}).filter(ok)), current: c && ok([c.day, c.done]) ? { day: c.day, done: c.done } : null };
}

/** This routine's progress; with nothing saved yet under `key`, what version 1 saved under `legacy` (left as it was). */
export function loadProgress(key: string, legacy: string): LoadResult {
  const saved = readRecord(key, 2);
  // Stored under our own key but unreadable (corrupt): start fresh, and replace it on the next save.
  const unreadable = !saved && safeStore.has(key);
  return { progress: saved || (!unreadable && readRecord(legacy, 1)) || { v: 2, days: {}, current: null }, unreadable };
}

/** Saves (keeping the last KEEP_DAYS days); false when it could not be saved (storage blocked or full). */
export function saveProgress(key: string, progress: Progress, today: Date): boolean {
  const oldest = dayKey(new Date(today.getFullYear(), today.getMonth(), today.getDate() - KEEP_DAYS + 1));
  const days = Object.fromEntries(Object.entries(progress.days).filter(([d]) => d >= oldest));
  return safeStore.write(key, { ...progress, days });
}

export function withStretchDone(p: Progress, today: Date, done: number): Progress {
  return { ...p, current: { day: dayKey(today), done } };
}

export function withSessionDone(p: Progress, today: Date): Progress {
  const day = dayKey(today);
  return { ...p, days: { ...p.days, [day]: (p.days[day] ?? 0) + 1 }, current: null };
}

/** Stretches already done in today's unfinished session (0 when none, or it was another day). */
export function resumableToday(p: Progress, today: Date, total: number): number {
  const c = p.current;
  return c && c.day === dayKey(today) && c.done > 0 && c.done < total ? c.done : 0;
}

/** The last 7 days, oldest first, with sessions done on each. */
export function lastSevenDays(p: Progress, today: Date): { date: Date; sessions: number }[] {
  return Array.from({ length: 7 }, (_, i) => {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (6 - i));
    return { date, sessions: p.days[dayKey(date)] ?? 0 };
  });
}
