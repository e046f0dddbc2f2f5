/**
 * A routine's progress, kept only in this browser: sessions done per day,
 * and how far today's unfinished session got. Versioned key per routine.
 * Reads validate everything: garbage is treated as "nothing saved yet".
 */
import { safeStore } from '../../shared/storage.js';

export interface Progress {
  v: 1;
  /** Sessions finished, by local date (YYYY-MM-DD). Only recent days are kept. */
  days: Record<string, number>;
  /** Today's unfinished session: how many stretches are done. */
  current: { day: string; done: number } | null;
}

export interface LoadResult {
  progress: Progress;
  /** Something was stored but could not be read (corrupt or from an unknown version). */
  unreadable: boolean;
}

const KEEP_DAYS = 30;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

export const progressKey = (routine: string) => `stretch-widgets:routine:v1:${routine}`;

/** The patient's local calendar day, not UTC: a session at 11 pm counts for today. */
export function dayKey(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

function isProgress(v: unknown): v is Progress {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  if (o.v !== 1 || typeof o.days !== 'object' || o.days === null || Array.isArray(o.days)) return false;
  for (const [k, n] of Object.entries(o.days)) if (!DAY_RE.test(k) || !Number.isInteger(n) || (n as number) < 0) return false;
  if (o.current === null) return true;
  const c = o.current as Record<string, unknown> | undefined;
  return !!c && typeof c.day === 'string' && DAY_RE.test(c.day) && Number.isInteger(c.done) && (c.done as number) >= 0;
}

const empty = (): Progress => ({ v: 1, days: {}, current: null });

export function loadProgress(routine: string): LoadResult {
  const key = progressKey(routine);
  const progress = safeStore.read(key, isProgress);
  if (progress) return { progress, unreadable: false };
  // Present but not valid: start fresh (and overwrite it on the next save).
  return { progress: empty(), unreadable: safeStore.has(key) };
}

/** Returns false when it could not be saved (storage blocked or full). */
export function saveProgress(routine: string, progress: Progress, today: Date): boolean {
  const cutoff = new Date(today);
  cutoff.setDate(cutoff.getDate() - KEEP_DAYS);
  const oldest = dayKey(cutoff);
  const days = Object.fromEntries(Object.entries(progress.days).filter(([d]) => d > oldest));
  return safeStore.write(progressKey(routine), { ...progress, days });
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
