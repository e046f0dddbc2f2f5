/**
 * The dose as a page sets it: explicit beats built-in, typed properties
 * (what you set is what you get), one name for the parsed dose, and the same
 * validation whether a value comes from the HTML or from script, before or
 * during a run.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/stretch-widgets.js';
import type { HoldTimer } from '../../src/hold-timer.js';
import type { StretchCard } from '../../src/stretch-card.js';
import type { StretchRoutine } from '../../src/stretch-routine.js';
import { fakeClock, recordEvents, shadowText, warnings } from '../helpers/dom.js';

const chips = (el: StretchCard) => [...el.shadowRoot!.querySelectorAll('[part=dosage] li')].map((li) => li.textContent!.trim());

/** The card and its timer, both rendered. */
async function card(template: ReturnType<typeof html>): Promise<[StretchCard, HoldTimer]> {
  const el = await fixture<StretchCard>(template);
  const timer = el.timer!;
  await timer.updateComplete;
  return [el, timer];
}

/** Lets a card and its timer render what was just set. */
async function settle(el: StretchCard) {
  await el.updateComplete;
  await el.timer?.updateComplete;
}

describe('the dose', () => {
  let warn: sinon.SinonStub;
  let clock: sinon.SinonFakeTimers | null = null;
  beforeEach(() => {
    localStorage.clear();
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    clock?.restore();
    clock = null;
    warn.restore();
    localStorage.clear();
  });

  describe('explicit beats built-in: the chips, the timer and the holds agree', () => {
    it('hold="1" on the hamstring card holds 1 s, not the article’s 15–20 s', async () => {
      const [el, timer] = await card(html`<stretch-card exercise="hamstring" hold="1" lead-in="0" reps="1" sides="left"></stretch-card>`);
      expect(chips(el)[0]).to.equal('Hold 1 s');
      expect(el.dosage).to.include({ hold: 1, holdMax: null });
      expect(timer.dosage).to.deep.equal(el.dosage);
      expect(shadowText(timer, '.seconds')).to.equal('1');
      expect(shadowText(timer, '[part=reps]')).to.equal('1 × · hold 1 s');
      clock = fakeClock();
      const log = recordEvents(timer, ['hold-end', 'timer-complete']);
      timer.start();
      timer.skip(); // past the time to get into position (the card's get-ready words and ready-time)
      await clock.tickAsync(1000);
      expect(log).to.deep.equal([
        { type: 'hold-end', detail: { side: 'left', rep: 1, heldMs: 1000 } },
        { type: 'timer-complete', detail: { holds: 1 } },
      ]);
      expect(warn.called).to.equal(false);
    });

    it('hold="25" holds 25 s', async () => {
      const [el, timer] = await card(html`<stretch-card exercise="hamstring" hold="25" lead-in="0" reps="1" sides="right"></stretch-card>`);
      expect(chips(el)[0]).to.equal('Hold 25 s');
      clock = fakeClock();
      const log = recordEvents(timer, ['hold-end']);
      timer.start();
      timer.skip(); // past the time to get into position
      await clock.tickAsync(24_999);
      expect(log).to.be.empty;
      await clock.tickAsync(1);
      expect(log).to.deep.equal([{ type: 'hold-end', detail: { side: 'right', rep: 1, heldMs: 25_000 } }]);
    });

    it('hold="10" hold-max="12" gives 10–12 s: the patient may stop at 10', async () => {
      const [el, timer] = await card(html`<stretch-card exercise="hamstring" hold="10" hold-max="12" lead-in="0" reps="1" sides="left"></stretch-card>`);
      expect(chips(el)[0]).to.equal('Hold 10–12 s');
      expect(shadowText(timer, '.seconds')).to.equal('10–12');
      clock = fakeClock();
      const log = recordEvents(timer, ['hold-target', 'hold-end']);
      timer.start();
      timer.skip(); // past the time to get into position
      await clock.tickAsync(12_000);
      expect(log).to.deep.equal([
        { type: 'hold-target', detail: { side: 'left', rep: 1 } },
        { type: 'hold-end', detail: { side: 'left', rep: 1, heldMs: 12_000 } },
      ]);
    });

    it('hold-max="5" with hold="10" warns once, names the card, and is dropped', async () => {
      const [el, timer] = await card(html`<stretch-card exercise="hamstring" hold="10" hold-max="5"></stretch-card>`);
      el.requestUpdate();
      await settle(el);
      expect(chips(el)[0]).to.equal('Hold 10 s');
      expect(timer.dosage).to.include({ hold: 10, holdMax: null });
      expect(shadowText(timer, '.seconds')).to.equal('10');
      expect(warnings(warn)).to.deep.equal([
        '[stretch-widgets] <stretch-card> hold-max="5" is not valid: use a number of seconds greater than hold (10). Using no range.',
      ]);
    });

    it('the glute card and a bare timer follow the same rule', async () => {
      const [el] = await card(html`<stretch-card exercise="glute" hold="30"></stretch-card>`);
      expect(chips(el)[0]).to.equal('Hold 30 s');
      const timer = await fixture<HoldTimer>(html`<hold-timer hold="8" hold-max="9"></hold-timer>`);
      expect(shadowText(timer, '.seconds')).to.equal('8–9');
    });
  });

  describe('typed properties: what you set is what you get', () => {
    it('number attributes are numbers, unset ones null, keywords strings', async () => {
      const [el, timer] = await card(html`<stretch-card exercise="hamstring" hold="20" hold-max="25" reps="3" rest="0" lead-in="4" sides="left" order="alternate" times-per-day="3" heading-level="4"></stretch-card>`);
      expect([el.hold, el.holdMax, el.reps, el.rest, el.leadIn, el.timesPerDay, el.headingLevel]).to.deep.equal([20, 25, 3, 0, 4, 3, 4]);
      expect([el.sides, el.order]).to.deep.equal(['left', 'alternate']);
      const bare = await fixture<StretchCard>(html`<stretch-card exercise="glute"></stretch-card>`);
      expect([bare.hold, bare.holdMax, bare.reps, bare.sides, bare.rest, bare.leadIn, bare.order, bare.timesPerDay, bare.headingLevel]).to.deep.equal(Array(9).fill(null));
      // The card drives its timer through the timer's own public properties.
      expect([timer.hold, timer.holdMax, timer.reps, timer.rest, timer.leadIn, timer.sides, timer.order]).to.deep.equal([20, 25, 3, 0, 4, 'left', 'alternate']);
      const routine = await fixture<StretchRoutine>(html`<stretch-routine times-per-day="3" heading-level="3" progress-key="back-class"></stretch-routine>`);
      expect([routine.timesPerDay, routine.headingLevel, routine.progressKey]).to.deep.equal([3, 3, 'back-class']);
      expect(warn.called).to.equal(false);
    });

    it('a number set from script reads back as set, and shows everywhere', async () => {
      const [el, timer] = await card(html`<stretch-card exercise="hamstring"></stretch-card>`);
      el.hold = 25;
      el.reps = 3;
      await settle(el);
      expect(el.hold).to.equal(25);
      expect(el.reps).to.equal(3);
      expect(chips(el).slice(0, 2)).to.deep.equal(['Hold 25 s', '3 × each leg']);
      expect(timer.dosage).to.include({ hold: 25, holdMax: null, reps: 3 });
      expect(shadowText(timer, '.seconds')).to.equal('25');
      el.hold = null;
      await settle(el);
      expect(chips(el)[0], 'unset again: the article’s range').to.equal('Hold 15–20 s');
    });

    it('text that is not a number reads back as NaN and warns with the text the page wrote', async () => {
      const timer = await fixture<HoldTimer>(html`<hold-timer hold="abc" rest=""></hold-timer>`);
      expect(timer.hold).to.be.NaN;
      expect(timer.rest, 'an empty value is not 0 s').to.be.NaN;
      expect(timer.dosage).to.include({ hold: 15, rest: 5 });
      expect(warnings(warn)).to.deep.equal([
        '[stretch-widgets] <hold-timer> hold="abc" is not valid: use a number of seconds from 1 to 600. Using 15.',
        '[stretch-widgets] <hold-timer> rest="" is not valid: use a number of seconds from 0 to 600. Using 5.',
      ]);
    });

    it('the parsed dose has one read-only name, dosage, on the card and the timer; internal hooks are gone', async () => {
      const [el, timer] = await card(html`<stretch-card exercise="glute"></stretch-card>`);
      expect(el.dosage).to.deep.equal(timer.dosage);
      expect(timer.dosage).to.deep.equal({ hold: 15, holdMax: null, reps: 2, sides: 'both', rest: 5, leadIn: 10, order: 'sides-in-turn', readyTime: 10, switchTime: 8 });
      for (const name of ['effectiveDosage', 'defaults']) expect(name in timer, name).to.equal(false);
      expect(() => ((el as unknown as { dosage: unknown }).dosage = {}), 'read-only').to.throw(TypeError);
      expect(() => ((timer as unknown as { dosage: unknown }).dosage = {}), 'read-only').to.throw(TypeError);
    });
  });

  describe('the same validation at runtime as in the HTML', () => {
    for (const how of ['property', 'attribute'] as const) {
      it(`hold = -5 set as ${how === 'property' ? 'a property' : 'an attribute'} while the timer runs warns once, falls back, and leaves the running hold alone`, async () => {
        const timer = await fixture<HoldTimer>(html`<hold-timer hold="10" reps="1" sides="none" lead-in="0"></hold-timer>`);
        clock = fakeClock();
        const ends = recordEvents(timer, ['hold-end']);
        timer.start();
        await clock.tickAsync(4000);
        const set = (v: number) => (how === 'property' ? (timer.hold = v) : timer.setAttribute('hold', String(v)));
        set(-5);
        await timer.updateComplete;
        expect(warnings(warn)).to.deep.equal([
          '[stretch-widgets] <hold-timer> hold="-5" is not valid: use a number of seconds from 1 to 600. Using 15.',
        ]);
        expect(timer.state).to.equal('hold');
        expect(timer.remaining, 'the hold goes on as it was').to.equal(6000);
        expect(timer.dosage.hold).to.equal(10);
        set(20);
        await timer.updateComplete;
        set(-5);
        await timer.updateComplete;
        expect(warn.callCount, 'one warning per bad value').to.equal(1);
        await clock.tickAsync(6000);
        expect(ends.map((e) => (e.detail as { heldMs: number }).heldMs)).to.deep.equal([10_000]);
        // Applied from the next start: the fallback, 15 s.
        await timer.updateComplete;
        expect(timer.dosage.hold).to.equal(15);
        timer.start();
        await clock.tickAsync(15_000);
        expect(ends.map((e) => (e.detail as { heldMs: number }).heldMs)).to.deep.equal([10_000, 15_000]);
      });
    }

    it('a dose set just before start() is the dose that runs', async () => {
      const timer = await fixture<HoldTimer>(html`<hold-timer reps="1" sides="none" lead-in="0"></hold-timer>`);
      clock = fakeClock();
      const ends = recordEvents(timer, ['hold-end']);
      timer.hold = 5;
      timer.start();
      await clock.tickAsync(5000);
      expect(ends.map((e) => (e.detail as { heldMs: number }).heldMs)).to.deep.equal([5000]);
    });

    it('a card’s dose changing while its timer runs: the chips change now, the timer from its next start', async () => {
      const [el, timer] = await card(html`<stretch-card exercise="glute" hold="10" reps="1" sides="none" lead-in="0"></stretch-card>`);
      clock = fakeClock();
      const ends = recordEvents(timer, ['hold-end', 'timer-complete']);
      timer.start();
      timer.skip(); // past the time to get into position
      await clock.tickAsync(4000);
      el.hold = 20;
      await settle(el);
      expect(chips(el)[0]).to.equal('Hold 20 s');
      expect(timer.hold, 'handed to the timer').to.equal(20);
      expect(timer.state).to.equal('hold');
      expect(timer.remaining).to.equal(6000);
      expect(timer.dosage.hold, 'the running hold is not thrown about').to.equal(10);
      await clock.tickAsync(6000);
      await settle(el);
      expect(ends.map((e) => e.type)).to.deep.equal(['hold-end', 'timer-complete']);
      expect((ends[0].detail as { heldMs: number }).heldMs).to.equal(10_000);
      expect(timer.dosage.hold).to.equal(20);
      timer.start();
      timer.skip();
      await clock.tickAsync(20_000);
      expect((ends[2].detail as { heldMs: number }).heldMs).to.equal(20_000);
      expect(warn.called).to.equal(false);
    });

    it('a bad dose set on a card from script warns once, as the card, and the timer follows the fallback quietly', async () => {
      const [el, timer] = await card(html`<stretch-card exercise="hamstring" reps="1"></stretch-card>`);
      clock = fakeClock();
      timer.start();
      timer.skip(); // past the time to get into position
      await clock.tickAsync(5000);
      el.reps = 0;
      await settle(el);
      el.requestUpdate();
      await settle(el);
      expect(warnings(warn)).to.deep.equal([
        '[stretch-widgets] <stretch-card> reps="0" is not valid: use a whole number from 1 to 50. Using 2.',
      ]);
      expect(chips(el)[1]).to.equal('2 × each leg');
      expect(timer.reps).to.equal(2);
      expect(timer.state).to.equal('hold');
      timer.reset();
      await settle(el);
      expect(timer.dosage.reps).to.equal(2);
    });
  });
});
