/**
 * Plays the cues: tones (Web Audio), vibration and spoken prompts. Every
 * API is optional; where one is missing or refuses, that cue is skipped.
 */
import { cues } from './cues.js';

export type Tone = 'start' | 'end' | 'count' | 'target';

/** A rising pair to begin, a falling pair to end, short pips to count down. */
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

export const cuePlayer = {
  tone(kind: Tone): void {
    const ctx = cues.audio;
    if (!ctx || ctx.state !== 'running') return;
    const { freq, ms } = TONES[kind];
    let at = ctx.currentTime;
    for (const f of freq) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
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
};
