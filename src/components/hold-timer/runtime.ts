/**
 * Loads the timer's engine (timer-driver.ts) once for the whole page. Every
 * timer asks for it when connected, so it is there long before a patient taps
 * Start; a failed load (offline, an incomplete upload of dist/) may be retried.
 */
export type Runtime = typeof import('./timer-driver.js');

let loaded: Runtime | null = null;
let pending: Promise<Runtime> | null = null;

/** The engine, if it has loaded. */
export const runtime = (): Runtime | null => loaded;

export function loadRuntime(): Promise<Runtime> {
  pending ??= import('./timer-driver.js').then(
    (m) => (loaded = m),
    (e: unknown) => {
      pending = null;
      throw e;
    },
  );
  return pending;
}
