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

/** The text stored under `key`, or null (nothing there, or storage blocked: reading `localStorage` can throw). */
function raw(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export const safeStore: SafeStore = {
  read(key, validate) {
    const text = raw(key);
    if (text == null) return null;
    try {
      const value: unknown = JSON.parse(text);
      return validate(value) ? value : null;
    } catch {
      return null;
    }
  },
  write(key, value) {
    try {
      localStorage.setItem(key, JSON.stringify(value));
      return true;
    } catch {
      return false;
    }
  },
  has: (key) => raw(key) != null,
};
