/**
 * The one suite that runs on the real clock. Everything else uses the fake
 * clock (test/helpers/dom.ts `fakeClock`); this checks what a fake clock
 * cannot: that the page's real timers and `performance.now()` wake the timer
 * up and end holds on time.
 *
 * Bounds: a hold may never end early, so the lower bounds are exact (less 1 ms
 * for timer coarsening). The upper bounds only catch a stall: they allow the
 * seconds of delay a busy 2-core CI machine can add, and are not a speed test
 * (speed is measured by `npm run bench`).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/hold-timer.js';
import type { HoldTimer } from '../../src/hold-timer.js';
import { cues } from '../../src/shared/cues.js';
import { installSpeech } from '../helpers/speech.js';

/** Resolves with how long `event` took to arrive, or 'stalled' after `limit` ms. */
function timed(el: Element, event: string, t0: number, limit: number): Promise<number | 'stalled'> {
  return Promise.race([
    oneEvent(el, event).then(() => performance.now() - t0),
    new Promise<'stalled'>((r) => setTimeout(() => r('stalled'), limit)),
  ]);
}

describe('<hold-timer> on the real clock', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => {
    expect(warn.called, 'no warnings').to.equal(false);
    warn.restore();
  });

  it('ends a 1 s hold no sooner than 1 s after it began, run after run', async () => {
    // Three runs: guards the race where the clock passes the end between two reads inside one tick.
    for (let i = 1; i <= 3; i++) {
      const el = await fixture<HoldTimer>(html`<hold-timer lead-in="0" hold="1" reps="1" sides="none"></hold-timer>`);
      const ended = oneEvent(el, 'hold-end');
      const t0 = performance.now();
      el.start();
      const took = await timed(el, 'timer-complete', t0, 8000);
      expect(took, `run ${i}`).to.be.a('number').within(999, 5000);
      expect((await ended).detail.heldMs, `run ${i}`).to.equal(1000);
      expect(el.state).to.equal('complete');
    }
  });

  it('stands still while paused and finishes the rest of the hold after resuming', async () => {
    const el = await fixture<HoldTimer>(html`<hold-timer lead-in="0" hold="2" reps="1" sides="none"></hold-timer>`);
    const t0 = performance.now();
    el.start();
    await new Promise((r) => setTimeout(r, 400));
    el.pause();
    const pausedAt = performance.now();
    const left = el.remaining;
    expect(left, 'some of the hold has gone').to.be.below(2000);
    await new Promise((r) => setTimeout(r, 400));
    expect(el.remaining, 'nothing moves while paused').to.equal(left);
    const resumedAt = performance.now();
    el.resume();
    const took = await timed(el, 'timer-complete', t0, 10_000);
    // The hold took its 2 s plus the pause, never less.
    expect(took).to.be.a('number').within(2000 + (resumedAt - pausedAt) - 1, 8000);
  });

  it('says the first words at once, even when waking audio moves the clock on inside start()', async () => {
    const { speech, restore } = installSpeech();
    try {
      const el = await fixture<HoldTimer>(html`<hold-timer sound voice lead-in="1" hold="1" reps="1" sides="none"></hold-timer>`);
      // Waking audio on a phone can take a second; here 20 ms of it, inside the tap, after the clock was read.
      const unlock = sinon.stub(cues, 'unlock').callsFake(() => {
        const t = performance.now();
        while (performance.now() - t < 20);
      });
      el.start();
      unlock.restore();
      await oneEvent(el, 'hold-start');
      expect(speech.said.map((u) => u.text)).to.deep.equal(['Get ready', 'Hold']);
      el.reset();
    } finally {
      restore();
    }
  });
});
