// A recording stand-in for the browser's speech engine, for `npm run bench`
// (the same behaviour as test/helpers/speech.ts): speak() queues, cancel()
// cuts what is being said and drops what waits, and each utterance ends
// after its estimated length × `pace`, on whatever clock the page runs
// (Playwright's faked one, or the real one). Every utterance is recorded
// with performance.now() when it was handed over, started and ended.
import { speechMs } from '../dist/lib/core/cue-plan.js';

export function installSpeech({ voices = ['en-US', 'es-ES'], pace = 1 } = {}) {
  const said = [];
  let queue = [];
  let current = null;
  const list = voices.map((lang, i) => ({ lang, name: `Voice ${lang}`, default: i === 0, localService: true, voiceURI: lang }));

  class Utterance extends EventTarget {
    constructor(text = '') {
      super();
      Object.assign(this, { text, lang: '', voice: null, rate: 1, pitch: 1, volume: 1, onstart: null, onend: null, onerror: null });
    }
  }

  const next = () => {
    const item = queue.shift();
    if (!item) return;
    const { u, rec } = item;
    rec.start = performance.now();
    const timer = setTimeout(() => {
      rec.end = performance.now();
      current = null;
      u.onend?.(new Event('end'));
      next();
    }, speechMs(u.text, u.lang) * pace);
    current = { u, rec, timer };
    u.onstart?.(new Event('start'));
  };

  const speech = Object.assign(new EventTarget(), {
    said,
    get speaking() {
      return current != null;
    },
    get pending() {
      return queue.length > 0;
    },
    paused: false,
    getVoices: () => list,
    speak(u) {
      if (!u.text) return; // the Start tap's unlock: nothing to hear
      const rec = { text: u.text, lang: u.lang, voice: u.voice?.lang ?? null, handed: performance.now(), start: null, end: null, cut: false, dropped: false };
      said.push(rec);
      queue.push({ u, rec });
      if (!current) next();
    },
    cancel() {
      if (current) {
        clearTimeout(current.timer);
        current.rec.cut = true;
        current.rec.end = performance.now();
        current = null;
      }
      for (const { rec } of queue) rec.dropped = true;
      queue = [];
    },
    pause() {},
    resume() {},
  });
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => speech });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: Utterance });
  return speech;
}
