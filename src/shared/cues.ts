/**
 * The patient's choice of cues (sound and vibration, voice), remembered in
 * this browser and shared by every widget on the page, plus the two things
 * that must happen at once inside a tap: unlocking audio and speech, and
 * hushing speech.
 * The cues themselves play from `cue-player.ts`.
 */
import { safeStore } from './storage.js';

export interface CuePrefs {
  sound: boolean;
  voice: boolean;
}

const KEY = 'stretch-widgets:cues:v1';
const isPrefs = (v: unknown): v is Partial<CuePrefs> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Who hears a change: every connected timer and routine (their listeners only store it and re-render). */
const listeners = new Set<(prefs: CuePrefs) => void>();
let audio: AudioContext | null = null;

export const cues = {
  /** The stored choice, or null when the patient has not chosen yet. */
  stored(): Partial<CuePrefs> | null {
    return safeStore.read(KEY, isPrefs);
  },

  set(prefs: CuePrefs): void {
    safeStore.write(KEY, prefs);
    listeners.forEach((l) => l(prefs));
  },

  /** Called with the new choice whenever any widget changes it; returns an unsubscribe function. */
  subscribe(listener: (prefs: CuePrefs) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  /**
   * Browsers allow audio and speech only after a user gesture: call this
   * inside a tap (Start, or turning a cue on) so later tones and words play.
   * Audio is woken only with sound on (it can take a second on some phones).
   */
  unlock(prefs: Partial<CuePrefs> | null = cues.stored()): void {
    try {
      if (prefs?.sound) {
        // On iPhones tones play with the ring/silent switch on silent only as "playback".
        const session = (navigator as Navigator & { audioSession?: { type: string } }).audioSession;
        if (session) session.type = 'playback';
        audio ??= new AudioContext();
        if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
      }
      // iOS Safari speaks only after words were started inside a tap: nothing to hear, but unlocked.
      if (prefs?.voice) speechSynthesis.speak(new SpeechSynthesisUtterance(''));
    } catch {
      /* no audio or speech here: those cues are skipped */
    }
  },

  /** The unlocked audio context, if any. */
  get audio(): AudioContext | null {
    return audio;
  },

  /** Stops speech at once: only when the patient pauses, resets, skips or ends (planned words queue). */
  hush(): void {
    try {
      globalThis.speechSynthesis?.cancel();
    } catch {
      /* nothing to stop */
    }
  },
};
