import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/hold-timer.js';
import type { HoldTimer } from '../../src/hold-timer.js';
import { scheduler } from '../../src/shared/scheduler.js';
import { fakeClock, recordEvents, restoreVisibility, setVisibility, shadowButton, shadowText, watchLiveRegion } from '../helpers/dom.js';

const CUES_KEY = 'stretch-widgets:cues:v1';

describe('<hold-timer>', () => {
  let clock: sinon.SinonFakeTimers | null = null;
  let warn: sinon.SinonStub;

  beforeEach(() => {
    localStorage.removeItem(CUES_KEY);
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    clock?.restore();
    clock = null;
    warn.restore();
    restoreVisibility();
    localStorage.removeItem(CUES_KEY);
  });

  describe('a bare tag', () => {
    it('follows the article: hold 15 s, 2 reps on each leg, and is ready to start', async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer></hold-timer>`);
      expect(el.state).to.equal('idle');
      expect(el.side).to.equal('left');
      expect(el.rep).to.equal(1);
      expect(el.dosage).to.include({ hold: 15, reps: 2, sides: 'both', rest: 5, leadIn: 3, holdMax: null });
      expect(shadowText(el, '.seconds')).to.equal('15');
      expect(shadowText(el, '[part=reps]')).to.equal('2 × each leg · hold 15 s');
      expect(shadowText(el, '[part=instruction]')).to.equal('Ready when you are');
      expect(shadowButton(el, 'Start')).to.exist;
      expect(warn.called).to.equal(false);
    });

    it('is accessible when idle, running, paused and complete', async () => {
      // axe waits on real timers: this one runs on the real clock.
      const el = await fixture<HoldTimer>(html`<hold-timer label="Hamstring stretch" hold="15" hold-max="20"></hold-timer>`);
      await expect(el).to.be.accessible();
      el.start();
      await el.updateComplete;
      expect(el.state).to.equal('lead-in');
      await expect(el).to.be.accessible();
      el.pause();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.resume();
      el.skip();
      await el.updateComplete;
      expect(el.state).to.equal('hold');
      await expect(el).to.be.accessible();
      while (el.state !== 'complete') el.skip();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('gives every button a 44 px target', async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer></hold-timer>`);
      el.style.width = '280px';
      await el.updateComplete;
      for (const b of el.shadowRoot!.querySelectorAll('button')) {
        const r = b.getBoundingClientRect();
        expect(r.width, b.textContent!).to.be.at.least(44);
        expect(r.height, b.textContent!).to.be.at.least(44);
      }
    });
  });

  describe('timing (fake clock)', () => {
    it('runs the whole default timer and fires every event in order', async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer></hold-timer>`);
      clock = fakeClock();
      const log = recordEvents(el, ['hold-start', 'hold-end', 'timer-complete']);
      el.start();
      await el.updateComplete;
      expect(el.state).to.equal('lead-in');
      expect(shadowText(el, '[part=instruction]')).to.equal('Get ready: left leg');
      await clock.tickAsync(3000);
      await el.updateComplete;
      expect(el.state).to.equal('hold');
      expect(shadowText(el, '[part=instruction]')).to.equal('Hold: left leg');
      expect(shadowText(el, '[part=reps]')).to.equal('Rep 1 of 2 · left leg');
      expect(shadowText(el, '.seconds')).to.equal('15');
      await clock.tickAsync(5000);
      await el.updateComplete;
      expect(shadowText(el, '.seconds')).to.equal('10');
      expect(el.remaining).to.equal(10_000);
      await clock.tickAsync(10_000);
      await el.updateComplete;
      expect(el.state).to.equal('rest');
      expect(shadowText(el, '[part=instruction]')).to.equal('Relax');
      await clock.tickAsync(20_000); // through hold 2 into the switch
      await el.updateComplete;
      expect(el.state).to.equal('rest');
      expect(el.side).to.equal('right');
      expect(shadowText(el, '[part=instruction]')).to.equal('Relax and switch to your right leg');
      await clock.tickAsync(40_000);
      await el.updateComplete;
      expect(el.state).to.equal('complete');
      expect(log).to.deep.equal([
        { type: 'hold-start', detail: { side: 'left', rep: 1 } },
        { type: 'hold-end', detail: { side: 'left', rep: 1, heldMs: 15000 } },
        { type: 'hold-start', detail: { side: 'left', rep: 2 } },
        { type: 'hold-end', detail: { side: 'left', rep: 2, heldMs: 15000 } },
        { type: 'hold-start', detail: { side: 'right', rep: 1 } },
        { type: 'hold-end', detail: { side: 'right', rep: 1, heldMs: 15000 } },
        { type: 'hold-start', detail: { side: 'right', rep: 2 } },
        { type: 'hold-end', detail: { side: 'right', rep: 2, heldMs: 15000 } },
        { type: 'timer-complete', detail: { holds: 4 } },
      ]);
      expect(shadowButton(el, 'Start again')).to.exist;
    });

    it('fires bubbling, composed events that cross a shadow root to reach document', async () => {
      // A timer inside another component's shadow root, as in a card or a routine.
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('hold-timer');
      Object.assign(el, { leadIn: 0, hold: 1, reps: 1, sides: 'none' });
      host.attachShadow({ mode: 'open' }).append(el);
      await el.updateComplete;
      clock = fakeClock();
      const heard: { type: string; target: EventTarget | null; path: EventTarget[] }[] = [];
      const listen = (e: Event) => heard.push({ type: e.type, target: e.target, path: e.composedPath() });
      const types = ['hold-start', 'hold-end', 'timer-complete'];
      for (const t of types) document.addEventListener(t, listen);
      try {
        el.start();
        await clock.tickAsync(1000);
      } finally {
        for (const t of types) document.removeEventListener(t, listen);
      }
      expect(heard.map((e) => e.type)).to.deep.equal(types);
      for (const e of heard) {
        expect(e.target, 'retargeted to the shadow host').to.equal(host);
        expect(e.path[0]).to.equal(el);
        expect(e.path).to.include(host.shadowRoot!);
      }
    });

    it('re-renders about once a second, not every frame', async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer lead-in="0" reps="1" sides="left"></hold-timer>`);
      clock = fakeClock();
      const render = sinon.spy(el, 'render' as keyof HoldTimer);
      el.start();
      await clock.tickAsync(15_000);
      await el.updateComplete;
      expect(el.state).to.equal('complete');
      expect(render.callCount).to.be.within(15, 20);
    });

    it('announces milestones only: at most 6 times in a 15 s hold', async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer lead-in="0" reps="1" sides="left"></hold-timer>`);
      const said = watchLiveRegion(el);
      clock = fakeClock();
      el.start();
      for (let i = 0; i < 15; i++) {
        await clock.tickAsync(1000);
        await el.updateComplete;
      }
      expect(said.length).to.be.within(2, 6);
      expect(said[0]).to.match(/^Hold now: left leg, rep 1 of 1\. 15 seconds\.$/);
      expect(said).to.include('5 seconds left.');
      expect(said[said.length - 1]).to.match(/All done/);
    });

    it('stands still while paused, with nothing scheduled, and resumes where it was', async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer></hold-timer>`);
      clock = fakeClock();
      el.start();
      await clock.tickAsync(8000); // 5 s into the first hold
      el.pause();
      await el.updateComplete;
      expect(el.state).to.equal('paused');
      expect(shadowText(el, '[part=instruction]')).to.equal('Paused');
      expect(shadowButton(el, 'Resume')).to.exist;
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(60_000);
      expect(el.remaining).to.equal(10_000);
      el.resume();
      await clock.tickAsync(10_000);
      expect(el.state).to.equal('rest');
    });

    it('reset returns to idle and Reset is a real button', async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer></hold-timer>`);
      clock = fakeClock();
      el.start();
      await clock.tickAsync(5000);
      await el.updateComplete;
      shadowButton(el, 'Reset').click();
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      expect(clock.countTimers()).to.equal(0);
    });

    it('schedules nothing while hidden, then catches up and fires the missed events in order', async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer></hold-timer>`);
      clock = fakeClock();
      const log = recordEvents(el, ['hold-start', 'hold-end']);
      el.start();
      await clock.tickAsync(1000);
      setVisibility('hidden');
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(40_000); // the phone is locked through two holds
      expect(log).to.be.empty;
      setVisibility('visible');
      await el.updateComplete;
      expect(log.map((e) => `${e.type}:${(e.detail as { side: string }).side}${(e.detail as { rep: number }).rep}`)).to.deep.equal([
        'hold-start:left1',
        'hold-end:left1',
        'hold-start:left2',
        'hold-end:left2',
      ]);
      expect(el.state).to.equal('rest');
      expect(el.remaining).to.equal(2000);
      expect(shadowText(el, '.seconds')).to.equal('2');
    });

    it('offers "Finish hold" once a range hold reaches its minimum', async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer hold="15" hold-max="20" lead-in="0" reps="1" sides="right"></hold-timer>`);
      expect(shadowText(el, '.seconds')).to.equal('15–20');
      clock = fakeClock();
      const ends = recordEvents(el, ['hold-target', 'hold-end']);
      el.start();
      await clock.tickAsync(14_000);
      await el.updateComplete;
      expect(() => shadowButton(el, 'Finish hold')).to.throw();
      await clock.tickAsync(1000);
      await el.updateComplete;
      expect(shadowText(el, '.reached')).to.equal('You can stop now');
      await clock.tickAsync(1200);
      shadowButton(el, 'Finish hold').click();
      await el.updateComplete;
      expect(ends).to.deep.equal([
        { type: 'hold-target', detail: { side: 'right', rep: 1 } },
        { type: 'hold-end', detail: { side: 'right', rep: 1, heldMs: 16200 } },
      ]);
      expect(el.state).to.equal('complete');
    });

    it('stops its timers when removed mid-hold and picks up again when re-added', async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer></hold-timer>`);
      clock = fakeClock();
      const parent = el.parentElement!;
      el.start();
      await clock.tickAsync(5000);
      const before = scheduler.size;
      el.remove();
      expect(scheduler.size).to.equal(before - 1);
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(2000);
      parent.append(el);
      await el.updateComplete;
      expect(el.state).to.equal('hold');
      expect(el.remaining).to.equal(11_000);
      await clock.tickAsync(11_000);
      expect(el.state).to.equal('rest');
    });

    it('applies a dosage change made mid-run from the next start, not mid-hold', async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer></hold-timer>`);
      clock = fakeClock();
      el.start();
      await clock.tickAsync(4000);
      el.setAttribute('hold', '30');
      await el.updateComplete;
      expect(el.remaining).to.equal(14_000);
      el.reset();
      await el.updateComplete;
      expect(el.dosage.hold).to.equal(30);
      expect(shadowText(el, '.seconds')).to.equal('30');
    });
  });

  describe('bad input', () => {
    for (const [attr, value, accepts] of [
      ['reps', 'abc', 'whole number'],
      ['hold', '-5', 'number of seconds'],
      ['sides', 'sideways', 'both, left, right, none'],
      ['rest', '1e9', 'number of seconds'],
    ]) {
      it(`warns once about ${attr}="${value}" and falls back to the default`, async () => {
        const el = await fixture<HoldTimer>(html`<hold-timer></hold-timer>`);
        el.setAttribute(attr, value);
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        const messages = warn.getCalls().map((c) => String(c.args[0]));
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain('<hold-timer>').and.contain(`${attr}="${value}"`).and.contain(accepts);
        expect(el.dosage).to.include({ hold: 15, reps: 2, sides: 'both', rest: 5 });
        expect(shadowText(el, '.seconds')).to.equal('15');
      });
    }

    it('warns about an unknown side-noun', async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer side-noun="arm"></hold-timer>`);
      expect(String(warn.firstCall.args[0])).to.contain('side-noun="arm"');
      expect(shadowText(el, '[part=reps]')).to.contain('each leg');
    });
  });

  describe('controls', () => {
    it('works from the keyboard alone, keeping focus on the one Start/Pause button', async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer></hold-timer>`);
      const start = shadowButton(el, 'Start');
      start.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.state).to.equal('lead-in');
      expect(el.shadowRoot!.activeElement === start, 'focus stays on the button').to.equal(true);
      expect(start.textContent!.trim()).to.equal('Pause');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.state).to.equal('paused');
      expect(start.textContent!.trim()).to.equal('Resume');
      el.reset();
    });

    it('remembers the Sound and Voice choice for every timer on the page and the next visit', async () => {
      const el = await fixture<HoldTimer>(html`<div><hold-timer></hold-timer><hold-timer></hold-timer></div>`);
      const [a, b] = el.querySelectorAll('hold-timer');
      await a.updateComplete;
      const sound = shadowButton(a, 'Sound');
      expect(sound.getAttribute('aria-pressed')).to.equal('false');
      sound.click();
      await a.updateComplete;
      await b.updateComplete;
      expect(sound.getAttribute('aria-pressed')).to.equal('true');
      expect(shadowButton(b, 'Sound').getAttribute('aria-pressed')).to.equal('true');
      expect(JSON.parse(localStorage.getItem(CUES_KEY)!)).to.deep.equal({ sound: true, voice: false });
      const later = await fixture<HoldTimer>(html`<hold-timer voice></hold-timer>`);
      expect(shadowButton(later, 'Sound').getAttribute('aria-pressed')).to.equal('true');
      expect(shadowButton(later, 'Voice').getAttribute('aria-pressed')).to.equal('false');
    });

    it('lets attributes turn cues on when the patient has not chosen yet', async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer sound voice></hold-timer>`);
      expect(shadowButton(el, 'Sound').getAttribute('aria-pressed')).to.equal('true');
      expect(shadowButton(el, 'Voice').getAttribute('aria-pressed')).to.equal('true');
    });

    it('speaks prompts in the page language when voice is on', async () => {
      const spoken: SpeechSynthesisUtterance[] = [];
      const speak = sinon.stub(speechSynthesis, 'speak').callsFake((u) => void spoken.push(u));
      try {
        const el = await fixture<HoldTimer>(html`<hold-timer voice lead-in="0" hold="1" reps="1" sides="left"></hold-timer>`);
        clock = fakeClock();
        el.start();
        await clock.tickAsync(1000);
        expect(spoken.map((u) => u.text)).to.deep.equal(['Hold now: left leg, rep 1 of 1. 1 second.', 'All done. Well done!']);
        expect(spoken[0].lang).to.equal(document.documentElement.lang || 'en');
      } finally {
        speak.restore();
      }
    });

    it('holds a screen wake lock while running and lets go when paused', async () => {
      const sentinel = { released: false, release: sinon.spy(async () => void (sentinel.released = true)) };
      const request = sinon.spy(async (_type: string) => sentinel);
      Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
      try {
        const el = await fixture<HoldTimer>(html`<hold-timer></hold-timer>`);
        el.start();
        await Promise.resolve();
        await el.updateComplete;
        expect(request.calledOnceWith('screen')).to.equal(true);
        el.pause();
        await el.updateComplete;
        expect(sentinel.release.calledOnce).to.equal(true);
      } finally {
        delete (navigator as unknown as Record<string, unknown>).wakeLock;
      }
    });
  });

  describe('motion and colour preferences', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('sweeps the hand with one compositor animation, and not at all with prefers-reduced-motion', async () => {
      const el = await fixture<HoldTimer>(html`<hold-timer lead-in="0"></hold-timer>`);
      el.start();
      await el.updateComplete;
      const hand = el.shadowRoot!.querySelector('.hand')!;
      expect(hand.getAnimations().length).to.equal(1);
      expect(el.shadowRoot!.querySelector('.arc')!.getAnimations().length, 'the arc itself never animates').to.equal(0);
      el.reset();
      await emulateMedia({ reducedMotion: 'reduce' });
      clock = fakeClock();
      el.start();
      await el.updateComplete;
      expect(hand.getAnimations().length).to.equal(0);
      expect(el.remaining).to.equal(15_000);
      await clock.tickAsync(3000);
      await el.updateComplete;
      expect(el.remaining, 'timing is unchanged').to.equal(12_000);
      expect(shadowText(el, '.seconds')).to.equal('12');
      el.reset();
    });

    it('has forced-colors rules for the ring, hand and buttons', async () => {
      // Chromium's forced-colors emulation is not reachable from this launcher (Playwright-only), so the
      // rules are read from the element's own adopted stylesheets; screenshots were checked by hand.
      const el = await fixture<HoldTimer>(html`<hold-timer></hold-timer>`);
      const forced = [...el.shadowRoot!.adoptedStyleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'))
        .flatMap((r) => [...r.cssRules] as CSSStyleRule[]);
      const rule = (selector: string) => forced.find((r) => r.selectorText.split(',').map((x) => x.trim()).includes(selector));
      expect(rule('.arc')?.style.stroke).to.equal('highlight');
      expect(rule('.hand::before')?.style.background).to.contain('highlight');
      // Other buttons are painted by the system (test/theme/colors.test.ts emulates forced colours); Start shows as Highlight.
      expect(rule('.button.primary')?.style.background).to.contain('highlight');
    });
  });
});
