/**
 * A recording stand-in for `speechSynthesis`: speak() queues, cancel() cuts
 * what is being said and drops what waits, and each utterance ends after
 * its estimated length (× `pace`) on whatever clock is installed (sinon's
 * fake timers in tests), firing onstart / onend as a browser does.
 */
import { speechMs } from '../../src/core/cue-plan.js';

export interface Said {
  text: string;
  lang: string;
  voice: string | null;
  /** performance.now() when speak() was called, when it started and ended (null: never). */
  handed: number;
  start: number | null;
  end: number | null;
  cut: boolean;
  dropped: boolean;
}

type Voice = Pick<SpeechSynthesisVoice, 'lang' | 'name' | 'default' | 'localService' | 'voiceURI'>;

export class RecordingSpeech extends EventTarget {
  readonly said: Said[] = [];
  #queue: { u: SpeechSynthesisUtterance; rec: Said }[] = [];
  #current: { u: SpeechSynthesisUtterance; rec: Said; timer: ReturnType<typeof setTimeout> } | null = null;
  voices: Voice[];
  onvoiceschanged: ((e: Event) => void) | null = null;

  constructor(
    voices: string[] = ['en-US', 'es-ES'],
    public pace = 1,
  ) {
    super();
    this.voices = voices.map((lang, i) => ({ lang, name: `Voice ${lang}`, default: i === 0, localService: true, voiceURI: lang }));
  }

  get speaking(): boolean {
    return this.#current != null;
  }
  get pending(): boolean {
    return this.#queue.length > 0;
  }
  get paused(): boolean {
    return false;
  }

  getVoices(): SpeechSynthesisVoice[] {
    return this.voices as SpeechSynthesisVoice[];
  }

  setVoices(langs: string[]): void {
    this.voices = langs.map((lang, i) => ({ lang, name: `Voice ${lang}`, default: i === 0, localService: true, voiceURI: lang }));
    this.dispatchEvent(new Event('voiceschanged'));
  }

  speak(u: SpeechSynthesisUtterance): void {
    // An empty utterance is the Start tap's unlock: nothing to hear.
    if (!u.text) return;
    const rec: Said = { text: u.text, lang: u.lang, voice: u.voice?.lang ?? null, handed: performance.now(), start: null, end: null, cut: false, dropped: false };
    this.said.push(rec);
    this.#queue.push({ u, rec });
    if (!this.#current) this.#next();
  }

  cancel(): void {
    if (this.#current) {
      clearTimeout(this.#current.timer);
      this.#current.rec.cut = true;
      this.#current.rec.end = performance.now();
      this.#current = null;
    }
    for (const { rec } of this.#queue) rec.dropped = true;
    this.#queue = [];
  }

  pause(): void {}
  resume(): void {}

  #next(): void {
    const item = this.#queue.shift();
    if (!item) return;
    const { u, rec } = item;
    rec.start = performance.now();
    const timer = setTimeout(() => {
      rec.end = performance.now();
      this.#current = null;
      u.onend?.call(u, new Event('end') as SpeechSynthesisEvent);
      this.#next();
    }, speechMs(u.text, u.lang) * this.pace);
    this.#current = { u, rec, timer };
    u.onstart?.call(u, new Event('start') as SpeechSynthesisEvent);
  }
}

/** An utterance that takes any voice object (the browser's own accepts only its own voices). */
class Utterance extends EventTarget {
  lang = '';
  voice: Voice | null = null;
  rate = 1;
  pitch = 1;
  volume = 1;
  onstart: ((e: Event) => void) | null = null;
  onend: ((e: Event) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  constructor(public text = '') {
    super();
  }
}

/**
 * Puts a RecordingSpeech (and an utterance class to go with it) in place of
 * the browser's; returns it and a way to put the real ones back.
 */
export function installSpeech(voices?: string[], pace?: number): { speech: RecordingSpeech; restore: () => void } {
  const speech = new RecordingSpeech(voices, pace);
  const names = ['speechSynthesis', 'SpeechSynthesisUtterance'];
  const own = names.map((n) => Object.getOwnPropertyDescriptor(window, n));
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => speech });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: Utterance });
  return {
    speech,
    restore: () =>
      names.forEach((n, i) => {
        delete (window as unknown as Record<string, unknown>)[n];
        if (own[i]) Object.defineProperty(window, n, own[i]!);
      }),
  };
}
