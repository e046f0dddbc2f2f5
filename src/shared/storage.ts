/**
 * localStorage that never throws. Blocked storage (privacy modes, sandboxed
 * iframes), a full quota and garbage values all degrade to "not saved".
 */
export interface SafeStore {
  read<T>(key: string, validate: (value: unknown) => value is T): T | null;
  /** Returns false when the value could not be saved. */
  write(key: string, value: unknown): boolean;
  /** Whether anything at all is stored under `key` (readable or not). */
  has(key: string): boolean;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export const safeStore: SafeStore = {
  read(key, validate) {
    try {
      const raw = storage()?.getItem(key);
      if (raw == null) return null;
      const value: unknown = JSON.parse(raw);
      return validate(value) ? value : null;
    } catch {
      return null;
    }
  },
  write(key, value) {
    try {
      const s = storage();
      if (!s) return false;
      s.setItem(key, JSON.stringify(value));
      return true;
    } catch {
      return false;
    }
  },
  has(key) {
    try {
      return storage()?.getItem(key) != null;
    } catch {
      return false;
    }
  },
};
