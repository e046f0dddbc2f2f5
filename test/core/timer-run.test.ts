import { expect } from '@open-wc/testing';
import { buildSchedule } from '../../src/core/schedule.js';
import { DEFAULT_DOSAGE, type Dosage } from '../../src/core/dosage.js';
import { TimerRun } from '../../src/core/timer-run.js';
import { msUntilNextChange, positionAt, type TimelineEvent } from '../../src/core/position.js';

/** A clock the test moves by hand. */
function clock(start = 1000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}
const make = (over: Partial<Dosage> = {}) => {
  const c = clock();
  // A run is about the clock, not the dose: a side switch as short as any rest keeps the timeline simple.
  const run = new TimerRun(buildSchedule({ ...DEFAULT_DOSAGE, switchTime: 0, ...over }), c.now);
  return { run, c };
};
const names = (events: TimelineEvent[]) =>
  events.map((e) =>
    e.type === 'complete' ? 'complete' : `${e.type}:${e.side ?? '-'}${e.rep}${e.type === 'hold-end' ? `/${e.heldMs}` : ''}`,
  );

describe('TimerRun', () => {
  it('is idle and reports nothing before start', () => {
    const { run, c } = make();
    c.advance(5000);
    expect(run.status).to.equal('idle');
    expect(run.elapsed()).to.equal(0);
    expect(run.drain()).to.be.empty;
  });

  it('crosses every phase boundary of the default dose at the exact millisecond', () => {
    const { run, c } = make();
    run.start();
    expect(names(run.drain())).to.deep.equal([]);
    const boundaries = [3000, 18000, 23000, 38000, 43000, 58000, 63000, 78000];
    const kinds = ['hold', 'rest', 'hold', 'rest', 'hold', 'rest', 'hold', 'complete'];
    let at = 0;
    boundaries.forEach((b, i) => {
      c.advance(b - 1 - at);
      at = b - 1;
      const before = run.position();
      if (kinds[i] !== 'complete') expect(before.remaining, `1 ms before boundary ${b}`).to.equal(1);
      expect(run.drain(), `nothing early at ${b - 1}`).to.be.empty;
      c.advance(1);
      at = b;
      const events = run.drain();
      if (kinds[i] === 'complete') {
        expect(run.status).to.equal('complete');
        expect(names(events)).to.deep.equal(['hold-end:right2/15000', 'complete']);
      } else {
        expect(run.position().phase?.kind).to.equal(kinds[i]);
        expect(run.position().inPhase).to.equal(0);
      }
    });
  });

  it('fires every event in order when the page wakes after a long sleep', () => {
    const { run, c } = make();
    run.start();
    run.drain();
    c.advance(60_000);
    expect(names(run.drain())).to.deep.equal(['hold-start:left1', 'hold-end:left1/15000', 'hold-start:left2', 'hold-end:left2/15000', 'hold-start:right1', 'hold-end:right1/15000']);
    expect(run.position().phase?.kind).to.equal('rest');
    expect(run.position().remaining).to.equal(3000);
  });

  for (const [kind, at] of [
    ['lead-in', 1000],
    ['hold', 10_000],
    ['rest', 20_000],
  ] as const) {
    it(`pauses inside a ${kind}: time stands still, then resumes where it was`, () => {
      const { run, c } = make();
      run.start();
      c.advance(at);
      run.pause();
      expect(run.status).to.equal('paused');
      const pos = run.position();
      expect(pos.phase?.kind).to.equal(kind);
      c.advance(120_000);
      expect(run.elapsed()).to.equal(at);
      expect(run.msUntilNextChange()).to.equal(Infinity);
      run.resume();
      expect(run.status).to.equal('running');
      expect(run.elapsed()).to.equal(at);
      c.advance(500);
      expect(run.elapsed()).to.equal(at + 500);
    });
  }

  it('ignores pause when not running and resume when not paused', () => {
    const { run, c } = make();
    run.pause();
    run.resume();
    expect(run.status).to.equal('idle');
    run.start();
    run.resume();
    c.advance(1000);
    expect(run.elapsed()).to.equal(1000);
  });

  it('resets to idle and can start again from zero', () => {
    const { run, c } = make();
    run.start();
    c.advance(30_000);
    run.reset();
    expect(run.status).to.equal('idle');
    expect(run.elapsed()).to.equal(0);
    run.start();
    c.advance(1);
    expect(run.elapsed()).to.equal(1);
    expect(names(run.drain())).to.deep.equal([]);
  });

  it('marks the minimum of a range hold and lets the patient finish there', () => {
    const { run, c } = make({ hold: 15, holdMax: 20, reps: 1, sides: 'left' });
    run.start();
    c.advance(3000 + 14_999);
    expect(names(run.drain())).to.deep.equal(['hold-start:left1']);
    c.advance(1);
    expect(names(run.drain())).to.deep.equal(['hold-target:left1']);
    c.advance(1500);
    expect(run.endHold()).to.equal(true);
    expect(names(run.drain())).to.deep.equal(['hold-end:left1/16500', 'complete']);
    expect(run.status).to.equal('complete');
  });

  it('runs a range hold to its maximum when the patient keeps going', () => {
    const { run, c } = make({ hold: 15, holdMax: 20, reps: 1, sides: 'none', leadIn: 0 });
    run.start();
    c.advance(20_000);
    expect(names(run.drain())).to.deep.equal(['hold-start:-1', 'hold-target:-1', 'hold-end:-1/20000', 'complete']);
  });

  it('a hold ended before its target reports the time really held and no target', () => {
    const { run, c } = make({ hold: 15, holdMax: 20, reps: 1, sides: 'none', leadIn: 0 });
    run.start();
    c.advance(4000);
    run.endHold();
    expect(names(run.drain())).to.deep.equal(['hold-start:-1', 'hold-end:-1/4000', 'complete']);
  });

  it('endHold does nothing outside a hold', () => {
    const { run, c } = make();
    expect(run.endHold()).to.equal(false);
    run.start();
    c.advance(1000);
    expect(run.endHold()).to.equal(false);
    expect(run.elapsed()).to.equal(1000);
  });

  it('skip cuts a rest short and lands on the next hold', () => {
    const { run, c } = make();
    run.start();
    c.advance(19_000);
    run.drain();
    expect(run.skip()).to.equal(true);
    expect(run.position().phase?.kind).to.equal('hold');
    expect(run.position().inPhase).to.equal(0);
    expect(names(run.drain())).to.deep.equal(['hold-start:left2']);
  });

  it('back restarts the current hold from its rest, and replays its start', () => {
    const { run, c } = make();
    run.start();
    c.advance(30_000); // 7 s into hold 2
    run.drain();
    run.back();
    expect(run.position().phase?.kind).to.equal('rest');
    expect(run.elapsed()).to.equal(18_000);
    c.advance(5000);
    expect(names(run.drain())).to.deep.equal(['hold-start:left2']);
  });

  it('back early in a hold goes to the previous hold', () => {
    const { run, c } = make();
    run.start();
    c.advance(24_000); // 1 s into hold 2
    run.back();
    expect(run.elapsed()).to.equal(0); // the count-in before hold 1
  });

  it('back after completion goes to the last hold', () => {
    const { run, c } = make({ reps: 1 });
    run.start();
    c.advance(100_000);
    expect(run.status).to.equal('complete');
    run.back();
    expect(run.status).to.equal('running');
    expect(run.position().phase?.kind).to.equal('rest');
    expect(run.position().phase?.side).to.equal('right');
  });

  it('back onto a hold with no rest before it replays only that hold', () => {
    const { run, c } = make({ rest: 0, leadIn: 0 });
    run.start();
    c.advance(20_000); // 5 s into hold 2, which starts the moment hold 1 ends
    run.drain();
    run.back();
    expect(run.elapsed()).to.equal(15_000);
    expect(names(run.drain())).to.deep.equal(['hold-start:left2']);
  });

  it('works with zero rest and zero count-in', () => {
    const { run, c } = make({ rest: 0, leadIn: 0 });
    run.start();
    expect(names(run.drain())).to.deep.equal(['hold-start:left1']);
    c.advance(15_000);
    expect(names(run.drain())).to.deep.equal(['hold-end:left1/15000', 'hold-start:left2']);
  });

  it('works with one rep on one side', () => {
    const { run, c } = make({ reps: 1, sides: 'left', leadIn: 0 });
    run.start();
    c.advance(15_000);
    expect(names(run.drain())).to.deep.equal(['hold-start:left1', 'hold-end:left1/15000', 'complete']);
  });
});

describe('TimerRun on a clock that moves between reads', () => {
  it('never goes quiet before the end has been reported, however the reads fall', () => {
    // Every read of this clock is 0.4 ms later than the one before, like a real tick.
    for (let offset = -3; offset <= 1; offset += 0.1) {
      let t = 0;
      const run = new TimerRun(buildSchedule({ ...DEFAULT_DOSAGE, hold: 1, reps: 1, sides: 'none', leadIn: 0 }), () => (t += 0.4));
      run.start();
      t = 1000 + offset;
      const events = run.drain();
      const next = run.msUntilNextChange();
      const completed = events.some((e) => e.type === 'complete');
      // Either the end was reported in this drain, or the run asks to be woken again.
      expect(completed || Number.isFinite(next), `offset ${offset.toFixed(1)}`).to.equal(true);
      if (!completed) {
        t += next;
        expect(run.drain().some((e) => e.type === 'complete'), `offset ${offset.toFixed(1)}, after waking`).to.equal(true);
        expect(run.msUntilNextChange()).to.equal(Infinity);
      }
    }
  });
});

describe('msUntilNextChange', () => {
  const s = buildSchedule({ ...DEFAULT_DOSAGE, hold: 15, holdMax: 20 });
  it('wakes on the next whole second of the display', () => {
    expect(msUntilNextChange(s, 0)).to.equal(1000);
    expect(msUntilNextChange(s, 250)).to.equal(750);
    expect(msUntilNextChange(s, 2999)).to.equal(1);
  });
  it('counts only the display: a range hold\'s minimum between seconds is a cue of the plan, which wakes the timer itself', () => {
    const fractional = buildSchedule({ ...DEFAULT_DOSAGE, hold: 15.5, holdMax: 20, leadIn: 0 });
    expect(msUntilNextChange(fractional, 15_200)).to.equal(800);
  });
  it('never wakes once complete', () => {
    expect(msUntilNextChange(s, s.total)).to.equal(Infinity);
    expect(positionAt(s, s.total + 5).complete).to.equal(true);
  });
});
