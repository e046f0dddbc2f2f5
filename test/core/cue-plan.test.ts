import { expect } from '@open-wc/testing';
import { buildSchedule, type Phase, type Schedule } from '../../src/core/schedule.js';
import { DEFAULT_DOSAGE, type Dosage } from '../../src/core/dosage.js';
import { planCues, speechMs, type Cue, type CueWords } from '../../src/core/cue-plan.js';
import { TimerRun } from '../../src/core/timer-run.js';

const HAMSTRING: Dosage = { ...DEFAULT_DOSAGE, hold: 15, holdMax: 20 };
const GLUTE: Dosage = { ...DEFAULT_DOSAGE, leadIn: 10 };
const PROMPT = 'Lie on your back and wrap the towel around one foot.';
const CAUTION = 'If you feel numbness or burning, only go as far as is comfortable.';

const doing = (p: Pick<Phase, 'kind' | 'side'>, switching: boolean) =>
  p.kind === 'lead-in' ? `Get ready: ${p.side} leg` : p.kind === 'hold' ? `Hold: ${p.side} leg` : switching ? `Relax and switch to your ${p.side} leg` : 'Relax';

function words(over: Partial<CueWords> = {}): CueWords {
  return {
    phase: doing,
    prompt: PROMPT,
    caution: CAUTION,
    target: (p) => [`You can stop now, or keep holding up to ${p.duration / 1000}.`, 'You can stop now'],
    fiveLeft: '5 seconds left.',
    closing: 'All done. You finished all 4 holds. Well done!',
    ...over,
  };
}

const length = (text: string) => speechMs(text, 'en');

/** The schedule a timer builds: phases lengthened by the words said in them. */
function scheduleFor(dose: Dosage, w: CueWords = words()): Schedule {
  return buildSchedule(dose, {
    ready: w.prompt ? length(`${w.prompt} ${doing({ kind: 'lead-in', side: 'left' }, false)}`) : undefined,
    switch: length(doing({ kind: 'rest', side: 'right' }, true)),
  });
}

interface Heard {
  text: string;
  due: number;
  start: number;
  end: number;
  cut: boolean;
}

/**
 * Plays a plan against a fake clock, the way the timer does: a TimerRun
 * read every 250 ms (a coarse tick, as a throttled page might), cues handed
 * over when due, to a voice that queues and takes `pace` × the estimate.
 */
function play(plan: readonly Cue[], schedule: Schedule, pace = 1) {
  let now = 0;
  const run = new TimerRun(schedule, () => now);
  run.start();
  const heard: Heard[] = [];
  const tones: { tone: string; at: number }[] = [];
  let voiceFree = 0;
  let next = 0;
  for (; now <= schedule.total + 30000; now += 250) {
    const elapsed = run.elapsed();
    for (; next < plan.length && plan[next].at <= elapsed; next++) {
      const c = plan[next];
      if (c.tone) tones.push({ tone: c.tone, at: now });
      if (c.say) {
        const start = Math.max(now, voiceFree);
        voiceFree = start + length(c.say) * pace;
        heard.push({ text: c.say, due: c.at, start, end: voiceFree, cut: false });
      }
    }
  }
  return { heard, tones };
}

describe('speechMs (how long words take to say)', () => {
  it('grows with the words, pauses at punctuation, and is 0 for nothing', () => {
    expect(speechMs('', 'en')).to.equal(0);
    expect(speechMs('Relax', 'en')).to.be.within(400, 900);
    expect(speechMs('Hold: left leg', 'en')).to.be.within(1000, 2000);
    expect(speechMs(CAUTION, 'en')).to.be.within(3500, 6500);
    expect(speechMs('Relax and switch to your right leg', 'en')).to.be.above(speechMs('Relax', 'en'));
  });

  it('counts characters for Chinese, words elsewhere, with a pace per language', () => {
    // Eight characters of Chinese take about as long as a short English sentence, not as long as one word.
    expect(speechMs('放松，换到右腿。', 'zh-Hans')).to.be.within(1500, 3500);
    expect(speechMs('Entspannen Sie sich jetzt', 'de')).to.be.above(speechMs('Relájate y cambia ya', 'es'));
  });

  it('scales by the pace measured on the device', () => {
    expect(speechMs(PROMPT, 'en', 1.5)).to.be.closeTo(speechMs(PROMPT, 'en') * 1.5, 1);
  });
});

describe('planCues', () => {
  it('plays tones at the exact moments: hold start and end, a range hold\'s minimum, pips in the last 3 s', () => {
    const s = scheduleFor(HAMSTRING);
    const plan = planCues(s, words(), length);
    const tones = plan.filter((c) => c.tone);
    const hold = s.phases[1];
    expect(tones.filter((c) => c.at === hold.start).map((c) => c.tone)).to.deep.equal(['start']);
    expect(tones.find((c) => c.tone === 'target')!.at).to.equal(hold.start + 15000);
    expect(tones.filter((c) => c.at === hold.start + hold.duration).map((c) => c.tone)).to.deep.equal(['end']);
    const pipsBeforeFirstHold = tones.filter((c) => c.tone === 'count' && c.at < hold.start).map((c) => c.at);
    expect(pipsBeforeFirstHold).to.deep.equal([hold.start - 3000, hold.start - 2000, hold.start - 1000]);
  });

  it('says short words at every change, in order: get ready, hold, relax, switch, closing', () => {
    const s = scheduleFor(GLUTE);
    const said = planCues(s, words(), length).filter((c) => c.say).map((c) => c.say);
    expect(said[0]).to.equal(`${PROMPT} Get ready: left leg`);
    expect(said).to.include.ordered.members([`${PROMPT} Get ready: left leg`, 'Hold: left leg', CAUTION, '5 seconds left.', 'Relax']);
    expect(said.filter((t) => t === 'Relax and switch to your right leg')).to.have.length(1);
    expect(said[said.length - 1]).to.equal('All done. You finished all 4 holds. Well done!');
  });

  it('says the safety rule once, at the first hold, right after its words', () => {
    const s = scheduleFor(HAMSTRING);
    const plan = planCues(s, words(), length);
    const caution = plan.filter((c) => c.say === CAUTION);
    expect(caution).to.have.length(1);
    expect(caution[0].at).to.equal(s.phases[1].start + length('Hold: left leg'));
    expect(caution[0].from).to.equal(caution[0].at);
  });

  it('keeps the safety rule for the first hold it fits in, never talking over the next change', () => {
    const s = scheduleFor({ ...DEFAULT_DOSAGE, hold: 4, leadIn: 3 });
    const plan = planCues(s, words(), length);
    const holds = s.phases.filter((p) => p.kind === 'hold');
    expect(plan.filter((c) => c.say === CAUTION)).to.be.empty; // a 4 s hold has no room for 5 s of words
    const long = scheduleFor({ ...DEFAULT_DOSAGE, hold: 8 });
    expect(planCues(long, words(), length).filter((c) => c.say === CAUTION).map((c) => c.at)).to.deep.equal([long.phases[1].start + length('Hold: left leg')]);
    expect(holds).to.have.length(4);
  });

  it('lets a range hold say "you can stop now" in full when it ends before the hold does, else short', () => {
    const s = scheduleFor(HAMSTRING);
    const plan = planCues(s, words(), length);
    expect(plan.filter((c) => c.say?.startsWith('You can stop now, or keep holding up to 20.'))).to.have.length(4);
    const tight = scheduleFor({ ...DEFAULT_DOSAGE, hold: 10, holdMax: 12 });
    const said = planCues(tight, words(), length).filter((c) => c.say?.startsWith('You can stop now'));
    expect(said.map((c) => c.say)).to.deep.equal(Array(4).fill('You can stop now'));
  });

  it('never says "5 seconds left" over a range hold\'s "you can stop now", nor over the safety rule', () => {
    const range = planCues(scheduleFor(HAMSTRING), words(), length);
    expect(range.some((c) => c.say === '5 seconds left.')).to.equal(false);
    const ten = scheduleFor({ ...DEFAULT_DOSAGE, hold: 10, reps: 1, sides: 'left' });
    const plan = planCues(ten, words(), length);
    // The 10 s hold's safety rule runs past its 5th second: no "5 seconds left" on top of it.
    expect(plan.some((c) => c.say === '5 seconds left.')).to.equal(false);
    expect(planCues(ten, words({ caution: null }), length).some((c) => c.say === '5 seconds left.')).to.equal(true);
  });

  it('says nothing at the end when the closing words are empty (a routine moving on)', () => {
    const plan = planCues(scheduleFor(GLUTE), words({ closing: '' }), length);
    const last = plan.filter((c) => c.say).pop()!;
    expect(last.say).to.not.match(/All done/);
  });

  it('lists cues in time order; at one moment, words in the order they queue', () => {
    const plan = planCues(scheduleFor(HAMSTRING), words(), length);
    for (let i = 1; i < plan.length; i++) expect(plan[i].at, `cue ${i}`).to.be.at.least(plan[i - 1].at);
    const atFirstHold = plan.filter((c) => c.at === scheduleFor(HAMSTRING).phases[1].start);
    expect(atFirstHold.map((c) => c.tone ?? c.say)).to.deep.equal(['Hold: left leg', 'start']);
  });

  describe('played on a fake clock with a voice that queues', () => {
    for (const [name, dose] of [
      ['hamstring (range holds)', HAMSTRING],
      ['glute', GLUTE],
      ['alternating sides', { ...HAMSTRING, order: 'alternate' as const }],
      ['no sides', { ...DEFAULT_DOSAGE, sides: 'none' as const, reps: 3 }],
    ] as const) {
      it(`${name}: nothing overlaps, nothing starts more than 2 s late, and every word is heard`, () => {
        const s = scheduleFor(dose);
        const plan = planCues(s, words(), length);
        const { heard } = play(plan, s);
        expect(heard.map((h) => h.text)).to.deep.equal(plan.filter((c) => c.say).map((c) => c.say));
        for (let i = 1; i < heard.length; i++) expect(heard[i].start, heard[i].text).to.be.at.least(heard[i - 1].end);
        for (const h of heard) expect(h.start - h.due, h.text).to.be.at.most(2000);
        // The plan's own estimate of when words start is what a voice at that pace does (to the tick).
        heard.forEach((h, i) => expect(h.start).to.be.closeTo(plan.filter((c) => c.say)[i].from!, 250));
      });
    }

    it('leaves at least 10 s after the get-ready words and 8 s after the switch words before the next hold', () => {
      for (const dose of [HAMSTRING, GLUTE]) {
        const s = scheduleFor(dose);
        const { heard } = play(planCues(s, words(), length), s);
        const holds = s.phases.filter((p) => p.kind === 'hold');
        const ready = heard[0];
        expect(holds[0].start - ready.end).to.be.at.least(10000);
        const sw = heard.find((h) => h.text.startsWith('Relax and switch'))!;
        const rightHold = holds.find((p) => p.side === 'right')!;
        expect(rightHold.start - sw.end).to.be.at.least(8000);
      }
    });

    it('still cuts nothing off with a voice 20 % slower than estimated: words wait their turn', () => {
      const s = scheduleFor(HAMSTRING);
      const plan = planCues(s, words(), length);
      const { heard } = play(plan, s, 1.2);
      expect(heard).to.have.length(plan.filter((c) => c.say).length);
      for (let i = 1; i < heard.length; i++) expect(heard[i].start).to.be.at.least(heard[i - 1].end);
      for (const h of heard) expect(h.start - h.due, h.text).to.be.at.most(2500);
    });

    it('plays tones within a tick of their moment', () => {
      const s = scheduleFor(GLUTE);
      const plan = planCues(s, words(), length);
      const { tones } = play(plan, s);
      const planned = plan.filter((c) => c.tone);
      expect(tones).to.have.length(planned.length);
      tones.forEach((t, i) => expect(t.at - planned[i].at).to.be.within(0, 250));
    });
  });
});
