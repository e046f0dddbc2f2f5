import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/stretch-routine.js';
import type { StretchRoutine } from '../../src/stretch-routine.js';
import type { StretchCard } from '../../src/stretch-card.js';
import { dayKey, routineKeys } from '../../src/components/stretch-routine/progress-store.js';
import { fakeClock, recordEvents, shadowButton, shadowText, warnings, whenAttribute } from '../helpers/dom.js';

/** Where the bare routine (hamstring then glute) keeps its progress. */
const [KEY] = routineKeys(null, '', ['hamstring', 'glute'], []);
const cardsOf = (el: StretchRoutine) => [...el.shadowRoot!.querySelectorAll<StretchCard>('.cards > stretch-card')];
const visibleCards = (el: StretchRoutine) => cardsOf(el).filter((c) => !c.hidden);

/** Once the card's timer has started, skips through every hold, then lets the routine move on. */
async function skipThrough(card: StretchCard) {
  const timer = card.timer!;
  await whenAttribute(timer, 'state', (s) => s !== null && s !== 'idle');
  while (timer.state !== 'complete') timer.skip();
  // The routine is the card's parent (a page's own card) or its shadow root's host (a built-in one).
  const routine = (card.closest('stretch-routine') ?? (card.getRootNode() as ShadowRoot).host) as StretchRoutine;
  await routine.updateComplete;
}

/** Runs the clock until the routine leaves guided mode (or a limit). */
async function runToEnd(clock: sinon.SinonFakeTimers, el: StretchRoutine) {
  for (let i = 0; i < 400 && el.state === 'guided'; i++) await clock.tickAsync(1000);
}

describe('<stretch-routine>', () => {
  // The timer's engine loads on demand; have it here before any test fakes the clock.
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

  it('a bare tag is the article’s routine: when to start, hamstring then glute, twice a day', async () => {
    const el = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
    expect(el.state).to.equal('overview');
    expect(shadowText(el, '.when')).to.match(/settle/);
    expect(cardsOf(el).map((c) => c.exercise)).to.deep.equal(['hamstring', 'glute']);
    expect(cardsOf(el).every((c) => c.timer === null)).to.equal(true);
    expect(shadowText(el, '.today-count')).to.equal('0 of 2 sessions done today');
    expect(el.shadowRoot!.querySelectorAll('.days li')).to.have.length(7);
    expect(shadowButton(el, 'Start routine')).to.exist;
    expect(warn.called).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('runs a whole guided session hands-free, fires its events, and keeps the count', async () => {
    const el = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
    const log = recordEvents(el, ['routine-start', 'routine-progress', 'routine-complete']);
    clock = fakeClock();
    shadowButton(el, 'Start routine').click();
    await clock.tickAsync(0);
    expect(el.state).to.equal('guided');
    expect(visibleCards(el).map((c) => c.exercise)).to.deep.equal(['hamstring']);
    expect(el.shadowRoot!.activeElement?.classList.contains('guided-title')).to.equal(true);
    const first = visibleCards(el)[0].timer!;
    expect(first.state).to.equal('lead-in');
    // The timer comes first in guided mode, above the steps, where a patient on the floor sees it.
    const card = visibleCards(el)[0];
    expect(card.hasAttribute('guided')).to.equal(true);
    const steps = card.shadowRoot!.querySelector('ol.steps')!;
    expect(first.getBoundingClientRect().top).to.be.below(steps.getBoundingClientRect().top);
    await clock.tickAsync(125_000); // the hamstring: a count-in 10 s past its words, 4 holds of up to 20 s, 3 rests (the switch 8 s past its words)
    expect(el.currentIndex).to.equal(1);
    expect(visibleCards(el).map((c) => c.exercise)).to.deep.equal(['glute']);
    const second = visibleCards(el)[0].timer!;
    expect(second.state).to.equal('lead-in');
    expect(second.prompt).to.match(/^Next: Glute stretch\./);
    expect(JSON.parse(localStorage.getItem(KEY)!).current).to.deep.equal({ day: dayKey(new Date()), done: 1 });
    await runToEnd(clock, el);
    expect(el.state).to.equal('finished');
    await el.updateComplete;
    expect(shadowText(el, '.finished .big')).to.equal('Session 1 of 2 done today');
    expect(el.shadowRoot!.activeElement?.classList.contains('big')).to.equal(true);
    expect(log[0]).to.deep.equal({ type: 'routine-start', detail: { exercises: ['hamstring', 'glute'], from: 0 } });
    const progress = log.filter((e) => e.type === 'routine-progress').map((e) => e.detail);
    expect(progress).to.have.length(8);
    expect(progress[0]).to.deep.equal({ exercise: 'hamstring', side: 'left', rep: 1 });
    expect(progress[7]).to.deep.equal({ exercise: 'glute', side: 'right', rep: 2 });
    expect(log[log.length - 1]).to.deep.equal({ type: 'routine-complete', detail: { sessionsToday: 1 } });
    const saved = JSON.parse(localStorage.getItem(KEY)!);
    expect(saved.days[dayKey(new Date())]).to.equal(1);
    expect(saved.current).to.equal(null);
  });

  it('keeps today’s count and the 7-day strip across a reload', async () => {
    const el = await fixture<StretchRoutine>(html`<stretch-routine exercises="glute"></stretch-routine>`);
    await el.start();
    await skipThrough(visibleCards(el)[0]);
    expect(el.state).to.equal('finished');
    el.remove();
    // A new page load: a fresh element reads what the last one saved.
    const again = await fixture<StretchRoutine>(html`<stretch-routine exercises="glute"></stretch-routine>`);
    expect(again.sessionsToday).to.equal(1);
    expect(shadowText(again, '.today-count')).to.equal('Session 1 of 2 done today');
    const today = [...again.shadowRoot!.querySelectorAll('.days li')][6];
    expect(today.getAttribute('aria-label')).to.match(/: 1 of 2 sessions$/);
    expect(today.querySelectorAll('.dot.filled')).to.have.length(1);
  });

  it('is accessible in guided and finished states', async () => {
    const el = await fixture<StretchRoutine>(html`<stretch-routine exercises="glute"></stretch-routine>`);
    await el.start();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await skipThrough(visibleCards(el)[0]);
    expect(el.state).to.equal('finished');
    await expect(el).to.be.accessible();
  });

  it('Skip and Back move through holds and stretches', async () => {
    const el = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
    clock = fakeClock();
    await el.start();
    await clock.tickAsync(0);
    const timer = visibleCards(el)[0].timer!;
    shadowButton(el, 'Skip').click(); // cut the count-in short
    expect(timer.state).to.equal('hold');
    for (let i = 0; i < 7; i++) shadowButton(el, 'Skip').click();
    await clock.tickAsync(0);
    expect(el.currentIndex).to.equal(1);
    shadowButton(el, 'Back').click(); // in the count-in: back to the previous stretch
    await clock.tickAsync(0);
    expect(el.currentIndex).to.equal(0);
    expect(visibleCards(el)[0].timer!.state).to.equal('lead-in');
    // Starting over mid-session stops the stretch being timed.
    const hamstringTimer = visibleCards(el)[0].timer!;
    shadowButton(el, 'Skip').click(); // into a hold
    expect(hamstringTimer.state).to.equal('hold');
    await el.start(1);
    await clock.tickAsync(0);
    expect(hamstringTimer.state).to.equal('idle');
    expect(el.currentIndex).to.equal(1);
    shadowButton(el, 'End session').click();
    await el.updateComplete;
    expect(el.state).to.equal('overview');
    expect(visibleCards(el).every((c) => c.timer === null)).to.equal(true);
  });

  it('survives a reload mid-routine and offers to continue', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 2, days: {}, current: { day: dayKey(new Date()), done: 1 } }));
    const el = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
    expect(shadowText(el, '.intro')).to.contain('You did 1 of 2 stretches earlier today.');
    shadowButton(el, 'Continue: Glute stretch').click();
    await el.updateComplete;
    await visibleCards(el)[0].updateComplete;
    expect(el.currentIndex).to.equal(1);
    expect(visibleCards(el).map((c) => c.exercise)).to.deep.equal(['glute']);
    el.end();
  });

  it('does not offer to continue yesterday’s session', async () => {
    const yesterday = new Date();
    yesterday.setDate(yesterday.getDate() - 1);
    localStorage.setItem(KEY, JSON.stringify({ v: 2, days: { [dayKey(yesterday)]: 2 }, current: { day: dayKey(yesterday), done: 1 } }));
    const el = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
    expect(shadowButton(el, 'Start routine')).to.exist;
    const days = [...el.shadowRoot!.querySelectorAll('.days li')];
    expect(days[5].getAttribute('aria-label')).to.match(/: 2 of 2 sessions$/);
    expect(days[6].getAttribute('aria-label')).to.match(/: 0 of 2 sessions$/);
  });

  describe('storage faults', () => {
    it('garbage under its own key: starts fresh, warns once, and replaces it on the next save', async () => {
      localStorage.setItem(KEY, '{not json');
      const el = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
      expect(el.sessionsToday).to.equal(0);
      expect(shadowButton(el, 'Start routine')).to.exist;
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings(warn).filter((m) => m.includes('could not read'))).to.have.length(1);
      expect(localStorage.getItem(KEY), 'kept until there is something to save').to.equal('{not json');
      await el.start();
      await skipThrough(cardsOf(el)[0]);
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({ v: 2, days: {}, current: { day: dayKey(new Date()), done: 1 } });
      el.end();
    });

    it('blocked or full storage: the routine still runs, and says quietly that it cannot save', async () => {
      const setItem = sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      try {
        const el = await fixture<StretchRoutine>(html`<stretch-routine exercises="glute"></stretch-routine>`);
        await el.start();
        await skipThrough(visibleCards(el)[0]);
        expect(el.state).to.equal('finished');
        expect(el.sessionsToday).to.equal(1); // kept in memory for this visit
        expect(shadowText(el, '.note')).to.contain('cannot be saved');
      } finally {
        setItem.restore();
      }
    });

    it('storage that throws on read (blocked by privacy settings) never breaks it', async () => {
      const getItem = sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
      try {
        const el = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
        expect(el.sessionsToday).to.equal(0);
        expect(shadowButton(el, 'Start routine')).to.exist;
      } finally {
        getItem.restore();
      }
    });
  });

  describe('what the clinic controls', () => {
    it('exercises chooses and orders the stretches', async () => {
      const el = await fixture<StretchRoutine>(html`<stretch-routine exercises="glute hamstring"></stretch-routine>`);
      expect(cardsOf(el).map((c) => c.exercise)).to.deep.equal(['glute', 'hamstring']);
    });

    it('unknown ids are dropped with a warning; none valid falls back to the article’s routine', async () => {
      const el = await fixture<StretchRoutine>(html`<stretch-routine exercises="calf glute"></stretch-routine>`);
      expect(cardsOf(el).map((c) => c.exercise)).to.deep.equal(['glute']);
      expect(String(warn.firstCall.args[0])).to.contain('exercises="calf glute"').and.contain('hamstring, glute');
      const none = await fixture<StretchRoutine>(html`<stretch-routine exercises="yoga"></stretch-routine>`);
      expect(cardsOf(none).map((c) => c.exercise)).to.deep.equal(['hamstring', 'glute']);
    });

    it('times-per-day sets the goal; odd values fall back to 2 with a warning', async () => {
      const three = await fixture<StretchRoutine>(html`<stretch-routine times-per-day="3"></stretch-routine>`);
      expect(shadowText(three, '.today-count')).to.equal('0 of 3 sessions done today');
      const odd = await fixture<StretchRoutine>(html`<stretch-routine times-per-day="2.5"></stretch-routine>`);
      expect(shadowText(odd, '.today-count')).to.equal('0 of 2 sessions done today');
      expect(warn.getCalls().some((c) => String(c.args[0]).includes('times-per-day="2.5"'))).to.equal(true);
    });

    it('child cards are the routine instead, shown one at a time in guided mode', async () => {
      const el = await fixture<StretchRoutine>(html`
        <stretch-routine id="clinic">
          <stretch-card exercise="glute" reps="1"></stretch-card>
          <stretch-card hold="5" reps="1" sides="none" id="knee-hug">
            <span slot="title">Knee hug</span>
            <ol slot="steps"><li>Hug both knees.</li></ol>
          </stretch-card>
        </stretch-routine>
      `);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('.cards slot')!;
      expect(slot.assignedElements()).to.have.length(2);
      const progress = recordEvents(el, ['routine-progress']);
      await el.start();
      await el.updateComplete;
      expect(slot.assignedElements().map((c) => (c as StretchCard).titleText)).to.deep.equal(['Glute stretch']);
      await skipThrough(slot.assignedElements()[0] as StretchCard);
      expect(slot.assignedElements().map((c) => (c as StretchCard).titleText)).to.deep.equal(['Knee hug']);
      await skipThrough(slot.assignedElements()[0] as StretchCard);
      expect(el.state).to.equal('finished');
      expect(progress.map((e) => (e.detail as { exercise: string }).exercise)).to.deep.equal(['glute', 'glute', 'knee-hug']);
      const [key] = routineKeys(null, 'clinic', ['glute', 'knee-hug'], [...el.children]);
      expect(key).not.to.contain('clinic');
      expect(JSON.parse(localStorage.getItem(key)!).days[dayKey(new Date())]).to.equal(1);
    });
  });
});
