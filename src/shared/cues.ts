/**
 * Sound, voice and vibration cues, so a patient on the floor knows when to
 * hold, relax and switch legs without looking at the phone.
 *
 * Off until the patient turns them on; the choice is remembered in this
 * browser and shared by every widget on the page (and across pages of the
 * same site). Every API here is optional: where one is missing or refuses,
 * that cue is silently skipped.
 */
import { safeStore } from './storage.js';

export interface CuePrefs {
  sound: boolean;
  voice: boolean;
}
export type Tone = 'start' | 'end' | 'count' | 'target';

const KEY = 'stretch-widgets:cues:v1';
const isPrefs = (v: unknown): v is Partial<CuePrefs> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const changes = new EventTarget();
let audio: AudioContext | null = null;

/** Frequencies and lengths: a rising pair to begin, a falling pair to end, short pips to count down. */
const TONES: Record<Tone, { freq: number[]; ms: number }> = {
  start: { freq: [660, 880], ms: 140 },
  end: { freq: [880, 587], ms: 180 },
  count: { freq: [740], ms: 90 },
  target: { freq: [988], ms: 160 },
};
const VIBRATIONS: Record<Tone, number[]> = {
  start: [200],
  end: [120, 80, 120],
  count: [40],
  target: [80, 60, 80],
};

function audioContext(): AudioContext | null {
  if (audio) return audio;
  const Ctor = globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctor) return null;
  try {
    audio = new Ctor();
  } catch {
    audio = null;
  }
  return audio;
}

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
   * Browsers only allow audio after a user gesture: call this from a click
   * (Start, or turning sound on) so later cues can play.
   */
  unlock(): void {
    const ctx = audioContext();
    if (ctx && ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
  },

  tone(kind: Tone): void {
    const ctx = audioContext();
    if (!ctx || ctx.state !== 'running') return;
    const { freq, ms } = TONES[kind];
    let at = ctx.currentTime;
    for (const f of freq) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = f;
      // A soft attack and release: no clicks, nothing harsh for someone in pain.
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.3, at + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + ms / 1000);
      osc.connect(gain).connect(ctx.destination);
      osc.start(at);
      osc.stop(at + ms / 1000 + 0.02);
      at += ms / 1000;
    }
  },

  vibrate(kind: Tone): void {
    try {
      navigator.vibrate?.(VIBRATIONS[kind]);
    } catch {
      /* not allowed here */
    }
  },

  /** Speaks `text` in `lang`, replacing anything still being said so prompts never queue up late. */
  say(text: string, lang: string): void {
    const synth = globalThis.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
    try {
      synth.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.lang = lang;
      u.rate = 0.95;
      synth.speak(u);
    } catch {
      /* no voice available */
    }
  },

  /** Stops speech, e.g. when a timer is paused or removed. */
  hush(): void {
    try {
      globalThis.speechSynthesis?.cancel();
    } catch {
      /* nothing to stop */
    }
  },
};
