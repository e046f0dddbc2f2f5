/**
 * The article's words and drawings, loaded when a widget first needs them.
 * Relative dynamic imports: the bundler emits them as files next to the
 * bundle, found from wherever the bundle was loaded (any host or CDN).
 */
import type { ExerciseId, StretchDefinition } from './types.js';
import type { SafetyText } from './safety.js';
import type { RoutineIntro } from './routine-text.js';

const loaders: Record<ExerciseId, () => Promise<StretchDefinition>> = {
  hamstring: () => import('./hamstring.js').then((m) => m.hamstring),
  glute: () => import('./glute.js').then((m) => m.glute),
};

const cache = new Map<string, Promise<unknown>>();

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    p = load();
    // A failed load (offline, a missing file) may be retried by the next widget that asks.
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

export const loadStretch = (id: ExerciseId) => once(id, loaders[id]);
export const loadSafety = (): Promise<() => SafetyText> => once('safety', () => import('./safety.js').then((m) => m.safetyText));
export const loadRoutineIntro = (): Promise<() => RoutineIntro> =>
  once('routine', () => import('./routine-text.js').then((m) => m.routineIntro));
