/**
 * The patient's choice of cues (sound and vibration, voice), remembered in
 * this browser and shared by every widget on the page, plus the two things
 * that must happen at once inside a tap: unlocking audio and hushing speech.
 * The cues themselves play from `cue-player.ts`.
 */
import { safeStore } from './storage.js';

export interface CuePrefs {
  sound: boolean;
  voice: boolean;
}

const KEY = 'stretch-widgets:cues:v1';
const isPrefs = (v: unknown): v is Partial<CuePrefs> => typeof v === 'object' && v !== null && !Array.isArray(v);

const changes = new EventTarget();
let audio: AudioContext | null = null;

export const cues = {
  /** The stored choice, or null when the patient has not chosen yet. */
  stored(): Partial<CuePrefs> | null {
    return safeStore.read(KEY, isPrefs);
  },

  set(prefs: CuePrefs): void {
    safeStore.write(KEY, prefs);
    changes.dispatchEvent(new CustomEvent('change', { detail: prefs }));
  },

  /** Called with the new choice whenever any widget changes it; returns an unsubscribe function. */
  subscribe(listener: (prefs: CuePrefs) => void): () => void {
    const handler = (e: Event) => listener((e as CustomEvent<CuePrefs>).detail);
    changes.addEventListener('change', handler);
    return () => changes.removeEventListener('change', handler);
  },

  /**
   * Browsers allow audio only after a user gesture: call this from a tap
   * (Start, or turning sound on) so later tones can play.
   */
  unlock(): void {
    try {
      audio ??= new AudioContext();
      if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
    } catch {
      audio = null;
    }
  },

  /** The unlocked audio context, if any. */
  get audio(): AudioContext | null {
    return audio;
  },

  /** Stops speech at once, e.g. when a timer is paused or removed. */
  hush(): void {
    try {
      globalThis.speechSynthesis?.cancel();
    } catch {
      /* nothing to stop */
    }
  },
};
