/**
 * Keeps the screen on while any widget on the page is running a timer
 * (Screen Wake Lock API), shared and counted: a routine and its timer both
 * wanting it still take one lock. The browser drops the lock when the page
 * is hidden; we take it again when the page shows. Silently nothing where
 * unsupported or refused (low battery, permissions policy).
 */
interface WakeLockSentinelLike {
  released: boolean;
  release(): Promise<void>;
}
interface WakeLockLike {
  request(type: 'screen'): Promise<WakeLockSentinelLike>;
}

const holders = new Set<object>();
let sentinel: WakeLockSentinelLike | null = null;
/** The API a request is under way with (a page or test may swap the API object). */
let requesting: WakeLockLike | null = null;
let listening = false;

function api(): WakeLockLike | undefined {
  return (navigator as Navigator & { wakeLock?: WakeLockLike }).wakeLock;
}

async function take(): Promise<void> {
  const wl = api();
  if (!wl || holders.size === 0 || document.visibilityState !== 'visible') return;
  if ((sentinel && !sentinel.released) || requesting === wl) return;
  requesting = wl;
  try {
    sentinel = await wl.request('screen');
    // Everyone let go while we waited.
    if (holders.size === 0) await drop();
  } catch {
    sentinel = null;
  } finally {
    if (requesting === wl) requesting = null;
  }
}

async function drop(): Promise<void> {
  const s = sentinel;
  sentinel = null;
  if (s && !s.released) await s.release().catch(() => undefined);
}

export const wakeLock = {
  acquire(owner: object): void {
    holders.add(owner);
    if (!listening) {
      listening = true;
      // Shown again: take it again (take() does nothing while hidden).
      document.addEventListener('visibilitychange', () => void take());
    }
    void take();
  },
  release(owner: object): void {
    holders.delete(owner);
    if (holders.size === 0) void drop();
  },
};
