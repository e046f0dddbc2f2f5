/**
 * Plays the cues: tones (Web Audio), vibration and spoken words. Every API
 * is optional; where one is missing or refuses, that cue is skipped.
 */
import { cues } from './cues.js';
import { speechMs, type Tone } from '../core/cue-plan.js';
import { currentLocale } from '../localization/locale.js';

export type { Tone };

/** A rising pair to begin, a falling pair to end, short pips to count down: [Hz of each note, ms a note, vibration]. */
const TONES: Record<Tone, [number[], number, number[]]> = {
  start: [[660, 880], 140, [200]],
  end: [[880, 587], 180, [120, 80, 120]],
  count: [[740], 90, [40]],
  target: [[988], 160, [80, 60, 80]],
};

/** The language of a tag: "es" for es-MX, es_US, ES. */
const base = (tag: string) => tag.slice(0, 2).toLowerCase();
const paces = new Map<string, number>();

export const cuePlayer = {
  /** A tone (when sound is unlocked) and its vibration (where the device allows). */
  tone(kind: Tone): void {
    const [freq, ms, vibration] = TONES[kind];
    try {
      navigator.vibrate?.(vibration);
    } catch {
      /* not allowed here */
    }
    const ctx = cues.audio;
    if (!ctx || ctx.state !== 'running') return;
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

  /** This device's voice: how long it really takes against the estimate of `speechMs`, by language (measured as words end). */
  paces,

  /**
   * The installed voice for `lang` (the device's default one for it, if it
   * has several); undefined while the device lists no voices at all (not
   * loaded yet: the browser picks by `lang`); null when it has none for it.
   */
  voice(lang: string): SpeechSynthesisVoice | null | undefined {
    const all = globalThis.speechSynthesis?.getVoices() ?? [];
    const mine = all.filter((v) => base(v.lang) === base(lang));
    return all.length ? (mine.find((v) => v.default) ?? mine[0] ?? null) : undefined;
  },

  /**
   * Says `text` in the language shown (queued after anything still being
   * said: planned words never cut each other off). Without a voice for that
   * language, says nothing: tones and vibration still carry the moments.
   */
  say(text: string, lang = currentLocale()): void {
    const voice = cuePlayer.voice(lang);
    if (!text || voice === null) return;
    try {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = lang;
      u.rate = 0.95;
      if (voice) u.voice = voice;
      let began = Infinity;
      u.onstart = () => (began = performance.now());
      u.onend = () => {
        const r = (performance.now() - began) / speechMs(text, lang);
        // A sentence cut short, or an end with no start, says nothing about the pace.
        if (r > 0.5 && r < 2.5) paces.set(lang, ((paces.get(lang) ?? r) + r) / 2);
      };
      speechSynthesis.speak(u);
    } catch {
      /* no speech here */
    }
  },
};
