/**
 * The whole default routine, hands-free, as a patient hears it: Voice and
 * Sound on, Start tapped once, nothing touched after that. Sinon's fake
 * clock runs it; a recording stand-in for speechSynthesis queues words and
 * ends each after its estimated length, as a voice at that pace would.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/stretch-routine.js';
import type { StretchRoutine } from '../../src/stretch-routine.js';
import { fakeClock, shadowButton } from '../helpers/dom.js';
import { setPageLang } from '../localization/helpers.js';
import { installSpeech, type RecordingSpeech, type Said } from '../helpers/speech.js';
import { cuePlayer } from '../../src/components/hold-timer/timer-driver.js';

const CUES_KEY = 'stretch-widgets:cues:v1';

interface Session {
  said: Said[];
  holds: { side: string; rep: number; at: number }[];
  tones: string[];
}

/** Taps Start on a bare routine and lets the clock run until it is finished. */
async function runRoutine(clock: sinon.SinonFakeTimers, speech: RecordingSpeech): Promise<Session> {
  const el = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
  const holds: Session['holds'] = [];
  const onHold = (e: Event) => {
    const { side, rep } = (e as CustomEvent<{ side: string; rep: number }>).detail;
    holds.push({ side, rep, at: performance.now() });
  };
  document.addEventListener('hold-start', onHold);
  const tone = sinon.spy(cuePlayer, 'tone');
  try {
    shadowButton(el, /Start routine|Empezar rutina/).click();
    for (let i = 0; i < 400 && el.state === 'guided'; i++) await clock.tickAsync(1000);
    await clock.tickAsync(10_000); // the closing words
    expect(el.state).to.equal('finished');
    return { said: speech.said, holds, tones: tone.getCalls().map((c) => c.args[0]) };
  } finally {
    tone.restore();
    document.removeEventListener('hold-start', onHold);
  }
}

/** ms from the end of the last words heard before `at` to `at`. */
function quietBefore(said: Said[], at: number): { words: string; ms: number } {
  const before = said.filter((u) => u.start! < at);
  const last = before[before.length - 1];
  return { words: last.text, ms: at - last.end! };
}

describe('hands-free guidance through the default routine', () => {
  let clock: sinon.SinonFakeTimers | null = null;
  let speech: RecordingSpeech;
  let restore: () => void;
  let warn: sinon.SinonStub;

  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem(CUES_KEY, JSON.stringify({ sound: true, voice: true }));
    ({ speech, restore } = installSpeech(['en-US', 'es-ES']));
    warn = sinon.stub(console, 'warn');
    clock = fakeClock();
  });
  afterEach(async () => {
    clock?.restore();
    clock = null;
    restore();
    warn.restore();
    cuePlayer.paces.clear();
    localStorage.clear();
    if (document.documentElement.lang !== 'en') await setPageLang('en');
  });

  it('in English: every word heard, in order, none cut off or more than 2 s late', async () => {
    const { said } = await runRoutine(clock!, speech);
    const texts = said.map((u) => u.text);
    expect(said.filter((u) => u.cut), 'cut off').to.be.empty;
    expect(said.filter((u) => u.dropped), 'dropped').to.be.empty;
    for (const u of said) expect(u.start! - u.handed, `late: ${u.text}`).to.be.at.most(2000);
    for (let i = 1; i < said.length; i++) expect(said[i].start!, `overlap: ${said[i].text}`).to.be.at.least(said[i - 1].end!);
    expect(texts[0]).to.equal('Lie on your back and wrap the towel around one foot. Get ready: left leg');
    const glute = texts.findIndex((t) => t.startsWith('Next: Glute stretch.'));
    expect(glute, 'the glute stretch is announced').to.be.above(0);
    expect(texts.slice(0, glute).filter((t) => t.startsWith('Hold:'))).to.deep.equal(['Hold: left leg', 'Hold: left leg', 'Hold: right leg', 'Hold: right leg']);
    expect(texts.slice(glute).filter((t) => t.startsWith('Hold:'))).to.deep.equal(['Hold: left side', 'Hold: left side', 'Hold: right side', 'Hold: right side']);
    expect(texts.filter((t) => t.startsWith('You can stop now')), 'every hamstring hold says you can stop now').to.have.length(4);
    expect(texts.filter((t) => t.startsWith('Relax and switch to your right'))).to.have.length(2);
  });

  it('says each stretch\'s safety rule once, at its first hold, and closes with the routine\'s 8 holds', async () => {
    const { said, holds } = await runRoutine(clock!, speech);
    const texts = said.map((u) => u.text);
    const hamstringRule = said.filter((u) => /numbness or burning/.test(u.text));
    const gluteRule = said.filter((u) => /can be harder/.test(u.text));
    expect(hamstringRule).to.have.length(1);
    expect(gluteRule).to.have.length(1);
    // Each right after its first hold's words.
    for (const [rule, hold, words] of [[hamstringRule[0], holds[0], 'Hold: left leg'], [gluteRule[0], holds[4], 'Hold: left side']] as const) {
      const before = said[said.indexOf(rule) - 1];
      expect(before.text).to.equal(words);
      expect(before.handed).to.equal(hold.at);
      expect(rule.start! - before.end!).to.be.within(0, 50);
    }
    expect(texts[texts.length - 1]).to.equal('All done. You finished all 8 holds. Well done!');
    expect(texts.filter((t) => /All done/.test(t)), 'no closing words between the stretches').to.have.length(1);
  });

  it('leaves 10 s after the instructions before each stretch\'s first hold, and 8 s after "switch" before the other side', async () => {
    const { said, holds } = await runRoutine(clock!, speech);
    expect(holds).to.have.length(8);
    for (const i of [0, 4]) {
      const gap = quietBefore(said, holds[i].at);
      expect(gap.words, `before hold ${i + 1}`).to.match(/Get ready/);
      expect(gap.ms, `before hold ${i + 1}`).to.be.at.least(10_000);
    }
    for (const i of [2, 6]) {
      const gap = quietBefore(said, holds[i].at);
      expect(gap.words).to.match(/switch to your right/);
      expect(gap.ms, `before hold ${i + 1}`).to.be.at.least(8_000);
    }
  });

  it('plays a tone at every hold\'s start and end', async () => {
    const { tones } = await runRoutine(clock!, speech);
    expect(tones.filter((t) => t === 'start')).to.have.length(8);
    expect(tones.filter((t) => t === 'end')).to.have.length(8);
  });

  it('gives the time a clinic sets with ready-time and switch-time on its cards', async () => {
    const el = await fixture<StretchRoutine>(html`<stretch-routine>
      <stretch-card exercise="hamstring" ready-time="20" switch-time="15"></stretch-card>
      <stretch-card exercise="glute"></stretch-card>
    </stretch-routine>`);
    const starts: number[] = [];
    el.addEventListener('hold-start', () => starts.push(performance.now()));
    const t0 = performance.now();
    shadowButton(el, 'Start routine').click();
    await clock!.tickAsync(60_000);
    const ready = speech.said[0];
    expect(starts[0] - ready.end!).to.be.at.least(20_000);
    expect(starts[0] - ready.end!).to.be.below(21_000);
    await clock!.tickAsync(60_000);
    const sw = speech.said.find((u) => u.text.startsWith('Relax and switch'))!;
    expect(starts[2] - sw.end!).to.be.at.least(15_000);
    expect(t0).to.be.below(starts[0]);
    el.end();
  });

  it('in Spanish: spoken in Spanish with a Spanish voice, nothing cut off or late, 8 holds at the end', async () => {
    clock!.restore();
    await setPageLang('es');
    clock = fakeClock();
    const { said, holds } = await runRoutine(clock!, speech);
    expect(said.every((u) => u.lang === 'es' && u.voice === 'es-ES')).to.equal(true);
    expect(said.filter((u) => u.cut || u.dropped)).to.be.empty;
    for (const u of said) expect(u.start! - u.handed, `late: ${u.text}`).to.be.at.most(2000);
    expect(said[0].text).to.match(/toalla/);
    expect(said[said.length - 1].text).to.match(/\b8\b/);
    expect(quietBefore(said, holds[0].at).ms).to.be.at.least(10_000);
    expect(quietBefore(said, holds[4].at).ms).to.be.at.least(10_000);
    expect(quietBefore(said, holds[2].at).ms).to.be.at.least(8_000);
  });
});
