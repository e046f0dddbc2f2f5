import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import sinon from 'sinon';
import { a11ySnapshot, emulateMedia, findAccessibilityNode } from '@web/test-runner-commands';
import '../../src/stretch-card.js';
import type { StretchCard } from '../../src/stretch-card.js';
import { fakeClock, shadowButton, shadowText } from '../helpers/dom.js';

const chips = (el: StretchCard) => [...el.shadowRoot!.querySelectorAll('[part=dosage] li')].map((li) => li.textContent!.trim());
const allText = (el: StretchCard) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<stretch-card>', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());

  describe('hamstring', () => {
    it('shows the title, a labelled drawing, the dose as chips, steps, feel and cautions', async () => {
      const el = await fixture<StretchCard>(html`<stretch-card exercise="hamstring"></stretch-card>`);
      expect(shadowText(el, '[part=title]')).to.equal('Hamstring stretch');
      const svg = el.shadowRoot!.querySelector('svg.drawing')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.match(/towel/i);
      expect(chips(el)).to.deep.equal(['Hold 15–20 s', '2 × each leg', 'At least twice a day']);
      expect(el.shadowRoot!.querySelectorAll('ol.steps li').length).to.be.within(4, 7);
      const t = allText(el);
      for (const fact of ['towel or', 'belt', 'knee straight', 'ceiling', 'behind your knee', 'back of your thigh', 'numbness', 'burning', 'low back', 'as far as is comfortable']) {
        expect(t, fact).to.contain(fact);
      }
      expect(warn.called).to.equal(false);
    });

    it('embeds a timer set to the stretch: 15–20 s, 2 × each leg', async () => {
      const el = await fixture<StretchCard>(html`<stretch-card exercise="hamstring"></stretch-card>`);
      const timer = el.timer!;
      await timer.updateComplete;
      expect(timer.dosage).to.include({ hold: 15, holdMax: 20, reps: 2, sides: 'both' });
      expect(shadowText(timer, '.seconds')).to.equal('15–20');
    });

    it('is accessible, with the safety panel open too', async () => {
      const el = await fixture<StretchCard>(html`<stretch-card exercise="hamstring"></stretch-card>`);
      await expect(el).to.be.accessible();
      shadowButton(el, /It hurts/).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('glute', () => {
    it('shows its own dose and facts', async () => {
      const el = await fixture<StretchCard>(html`<stretch-card exercise="glute"></stretch-card>`);
      expect(chips(el)).to.deep.equal(['Hold 15 s', '2 × each side', 'At least twice a day']);
      const t = allText(el);
      for (const fact of ['both knees', 'knee toward your chest', 'buttock', 'tighter', 'both sides']) expect(t, fact).to.contain(fact);
      expect(el.timer!.dosage).to.include({ hold: 15, holdMax: null, reps: 2 });
      await expect(el).to.be.accessible();
    });
  });

  it('lets attributes override the dose, for the chips and the timer alike', async () => {
    const el = await fixture<StretchCard>(html`<stretch-card exercise="hamstring" hold="30" reps="3" sides="left" times-per-day="3"></stretch-card>`);
    expect(chips(el)).to.deep.equal(['Hold 30 s', '3 × left leg', 'At least 3 times a day']);
    await el.timer!.updateComplete;
    expect(el.timer!.dosage).to.include({ hold: 30, holdMax: null, reps: 3, sides: 'left' });
  });

  it('hides the timer with no-timer', async () => {
    const el = await fixture<StretchCard>(html`<stretch-card exercise="glute" no-timer></stretch-card>`);
    expect(el.timer).to.equal(null);
    expect(el.shadowRoot!.querySelector('ol.steps')).to.exist;
  });

  it('"It hurts" pauses the timer, shows what to do, and takes focus there and back', async () => {
    const el = await fixture<StretchCard>(html`<stretch-card exercise="hamstring"></stretch-card>`);
    el.timer!.start();
    const hurt = shadowButton(el, /It hurts/);
    hurt.click();
    await el.updateComplete;
    expect(el.timer!.state).to.equal('paused');
    const panel = el.shadowRoot!.querySelector('[part=safety]')!;
    expect(el.shadowRoot!.activeElement === panel, 'focus is in the panel').to.equal(true);
    const t = panel.textContent!.replace(/\s+/g, ' ');
    expect(t).to.contain('as far as is comfortable');
    expect(t).to.match(/emergency/i);
    expect(t).to.match(/bladder or bowels/);
    // It paused a running timer: the patient may carry on, or just close it and stay paused.
    shadowButton(el, 'Close').click();
    await el.updateComplete;
    await nextFrame();
    expect(el.shadowRoot!.querySelector('[part=safety]')).to.equal(null);
    expect(el.shadowRoot!.activeElement === hurt, 'focus is back on the button').to.equal(true);
    expect(el.timer!.state).to.equal('paused');
    el.timer!.resume();
    hurt.click();
    await el.updateComplete;
    shadowButton(el, 'I feel OK — carry on').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=safety]')).to.equal(null);
    expect(el.timer!.state, 'carrying on resumes the timer').not.to.equal('paused');
    el.timer!.reset();
  });

  it('Escape closes the "It hurts" panel', async () => {
    const el = await fixture<StretchCard>(html`<stretch-card exercise="glute"></stretch-card>`);
    const hurt = shadowButton(el, /It hurts/);
    hurt.click();
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector('[part=safety]')!;
    expect([...panel.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Close', 'I feel OK — carry on']);
    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=safety]')).to.equal(null);
    expect(el.shadowRoot!.activeElement === hurt, 'focus is back on the button').to.equal(true);
  });

  it('knows its place in a routine: "Next: <title>." from the second stretch on, the routine’s count at the end; labels its timer', async () => {
    const el = await fixture<StretchCard>(html`<stretch-card exercise="glute"></stretch-card>`);
    expect(el.timer!.label).to.equal('Glute stretch');
    expect(el.timer!.prompt).to.match(/^Lie on your back/);
    expect(el.timer!.closing, 'alone: the timer’s own closing words').to.equal(null);
    el.place = { index: 1, total: 2, holds: 8 };
    await el.updateComplete;
    expect(el.timer!.prompt).to.match(/^Next: Glute stretch\. Lie on your back/);
    expect(el.timer!.closing).to.equal('All done. You finished all 8 holds. Well done!');
    el.place = { index: 0, total: 2, holds: 8 };
    await el.updateComplete;
    expect(el.timer!.prompt).to.match(/^Lie on your back/);
    expect(el.timer!.closing, 'between stretches: nothing').to.equal('');
  });

  it('hides its timer’s label visually only: screen readers still read it inside the timer', async () => {
    const el = await fixture<StretchCard>(html`<stretch-card exercise="glute"></stretch-card>`);
    await el.timer!.updateComplete;
    const label = el.timer!.shadowRoot!.querySelector<HTMLElement>('[part=label]')!;
    expect(label.textContent).to.equal('Glute stretch');
    const style = getComputedStyle(label);
    expect(style.display, 'in the accessibility tree').not.to.equal('none');
    expect([style.position, style.clipPath], 'out of the flow, clipped to nothing').to.deep.equal(['absolute', 'inset(50%)']);
    type Node = { role: string; name: string; children: Node[] };
    const tree = (await a11ySnapshot({})) as unknown as Node;
    const timer = findAccessibilityNode(tree, (n) => n.name === 'Glute stretch timer')!;
    expect(timer, 'the timer’s region').to.not.equal(null);
    expect(findAccessibilityNode(timer, (n) => n.role === 'StaticText' && n.name === 'Glute stretch'), 'its label, read inside it').to.not.equal(null);
  });

  it('uses a clinic’s own safety text from the safety slot', async () => {
    const el = await fixture<StretchCard>(html`<stretch-card exercise="glute"><p slot="safety">Call Riverside on 555 0100.</p></stretch-card>`);
    shadowButton(el, /It hurts/).click();
    await el.updateComplete;
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('[part=safety] slot[name=safety]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Call Riverside on 555 0100.');
  });

  it('shows a clinic’s photo instead of the drawing', async () => {
    const el = await fixture<StretchCard>(html`<stretch-card exercise="glute"><img slot="media" alt="Our physio showing the stretch" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></stretch-card>`);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=media]')!;
    expect(slot.assignedElements()).to.have.length(1);
  });

  it('builds a clinic’s own stretch from slots and attributes', async () => {
    const el = await fixture<StretchCard>(html`
      <stretch-card hold="20" reps="3" sides="none">
        <span slot="title">Knee to chest</span>
        <ol slot="steps"><li>Lie on your back.</li><li>Hug one knee.</li></ol>
        <p slot="cautions">Stop if it hurts.</p>
      </stretch-card>
    `);
    expect(el.titleText).to.equal('Knee to chest');
    expect(chips(el)).to.deep.equal(['Hold 20 s', '3 ×', 'At least twice a day']);
    expect(el.timer!.dosage).to.include({ hold: 20, reps: 3, sides: 'none' });
    expect(el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=steps]')!.assignedElements()).to.have.length(1);
    expect(warn.called).to.equal(false);
    await expect(el).to.be.accessible();
  });

  describe('bad input', () => {
    it('an unknown exercise shows a readable message and warns with the allowed values', async () => {
      const el = await fixture<StretchCard>(html`<stretch-card exercise="calf"></stretch-card>`);
      expect(allText(el)).to.contain('Sorry, this stretch could not be shown.');
      const message = String(warn.firstCall.args[0]);
      expect(message).to.contain('<stretch-card>').and.contain('exercise="calf"').and.contain('hamstring or glute');
      await expect(el).to.be.accessible();
    });

    it('an empty card says so and warns once', async () => {
      // It judges emptiness once late-parsed children have had their turn (a timeout): run that on the fake clock.
      const clock = fakeClock();
      try {
        const el = await fixture<StretchCard>(html`<stretch-card></stretch-card>`);
        expect(warn.called, 'not before the children had their turn').to.equal(false);
        await clock.runAllAsync();
        expect(allText(el)).to.contain('No stretch to show here yet.');
      } finally {
        clock.restore();
      }
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('no exercise attribute');
    });

    it('a bad dose falls back to the stretch’s own and warns', async () => {
      const el = await fixture<StretchCard>(html`<stretch-card exercise="hamstring" reps="lots"></stretch-card>`);
      expect(chips(el)[1]).to.equal('2 × each leg');
      expect(String(warn.firstCall.args[0])).to.contain('reps="lots"');
      expect(el.timer!.dosage.reps).to.equal(2);
    });

    it('a bad times-per-day or heading-level falls back and warns', async () => {
      const el = await fixture<StretchCard>(html`<stretch-card exercise="glute" times-per-day="-1" heading-level="9"></stretch-card>`);
      expect(chips(el)[2]).to.equal('At least twice a day');
      expect(el.shadowRoot!.querySelector('[part=title]')!.getAttribute('aria-level')).to.equal('3');
      expect(warn.callCount).to.equal(2);
    });
  });

  it('prints a handout: no buttons or timer, a 7-day tick-box log', async () => {
    const el = await fixture<StretchCard>(html`<stretch-card exercise="glute"></stretch-card>`);
    const log = el.shadowRoot!.querySelector('table.log')!;
    // A row per session (the article's twice a day), a column per day of the week.
    expect(log.querySelectorAll('tbody tr')).to.have.length(2);
    expect(log.querySelectorAll('thead th')).to.have.length(8);
    expect(log.querySelectorAll('td')).to.have.length(14);
    const shown = (sel: string, root: ParentNode = el.shadowRoot!) => getComputedStyle(root.querySelector(sel)!).display !== 'none';
    expect(shown('.print-only')).to.equal(false);
    expect(shown('hold-timer')).to.equal(true);
    await emulateMedia({ media: 'print' });
    try {
      expect(shown('.print-only')).to.equal(true);
      expect(shown('.hurt')).to.equal(false);
      expect(shown('hold-timer')).to.equal(false);
      expect(shown('ol.steps')).to.equal(true);
      expect(shown('svg.drawing')).to.equal(true);
      expect(shown('.cautions')).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  describe('drawing', () => {
    const frames = (el: StretchCard) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.frame')];
    /** The labels of the frames on screen. */
    const shown = (el: StretchCard) => frames(el).filter((f) => getComputedStyle(f).display !== 'none').map((f) => f.querySelector('b')!.textContent!.trim());
    /** The accessible names of the frames' images. */
    const names = (el: StretchCard) => frames(el).map((f) => f.querySelector('svg[role=img]')!.getAttribute('aria-label')!);
    const side = (el: StretchCard) => shadowText(el, '.side');
    const mirrored = (el: StretchCard) => frames(el).every((f) => getComputedStyle(f.querySelector('svg')!).transform === 'matrix(-1, 0, 0, 1, 0, 0)');
    /** After an attribute change: the card, then its timer, then the card again as it follows the timer. */
    const settle = async (el: StretchCard) => {
      await el.updateComplete;
      await el.timer!.updateComplete;
      await el.updateComplete;
    };

    it('shows two frames, start and stretch, each an image named by what the body does', async () => {
      const el = await fixture<StretchCard>(html`<stretch-card exercise="hamstring" no-timer></stretch-card>`);
      expect(shown(el)).to.deep.equal(['Get ready', 'Hold']);
      const [start, stretch] = names(el);
      for (const fact of [/both legs straight on the floor/, /towel goes around the sole of the right foot/, /both hands hold its ends/]) expect(start).to.match(fact);
      for (const fact of [/left leg flat on the floor/, /right leg is raised, knee straight/, /sole of the right foot/, /both hands hold its ends/]) expect(stretch).to.match(fact);
      // No timer, no side: the drawing is of the right leg, as its names say, and no side label.
      expect(side(el)).to.equal('');
      expect(mirrored(el)).to.equal(false);
      await expect(el).to.be.accessible();

      const glute = await fixture<StretchCard>(html`<stretch-card exercise="glute" no-timer></stretch-card>`);
      const [gStart, gStretch] = names(glute);
      for (const fact of [/left knee is bent, left foot flat on the floor/, /right ankle rests across the left knee/, /right knee points out to the side/, /arms rest on the floor/i]) expect(gStart).to.match(fact);
      for (const fact of [/right ankle across the left knee/, /hands pull the left thigh toward the chest/, /left foot lifts off the floor/]) expect(gStretch).to.match(fact);
    });

    it('has no timer before it is on a page (null, as documented, not an error)', () => {
      const el = document.createElement('stretch-card') as StretchCard;
      expect(el.timer).to.equal(null);
    });

    it('keys the felt colour under the stretch frame only: a patch of the same colour as the mark on the body, then what it means', async () => {
      const el = await fixture<StretchCard>(html`<stretch-card exercise="glute" no-timer style="--stretch-drawing-highlight: rgb(200, 0, 100)"></stretch-card>`);
      const [start, stretch] = frames(el);
      expect(start.querySelector('.key')).to.equal(null);
      const key = stretch.querySelector<HTMLElement>('.key')!;
      expect(key.textContent!.trim()).to.equal('Where you feel the stretch');
      // A visual legend: the alt text and the card's "What you should feel" say it for screen readers.
      expect(key.getAttribute('aria-hidden')).to.equal('true');
      const mark = stretch.querySelector('g.felt path:not(.edge)')!;
      expect(getComputedStyle(key, '::before').backgroundColor).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(mark).fill).to.equal('rgb(200, 0, 100)');
    });

    it('names the side the timer is on, and draws that side nearest: mirrored for the left', async () => {
      const el = await fixture<StretchCard>(html`<stretch-card exercise="glute"></stretch-card>`);
      await el.timer!.updateComplete;
      await el.updateComplete;
      // Before the start: the side the timer begins with.
      expect(side(el)).to.equal('left side');
      expect(mirrored(el)).to.equal(true);
      expect(names(el)[0]).to.match(/left ankle rests across the right knee/);
      el.setAttribute('sides', 'right');
      await settle(el);
      expect(side(el)).to.equal('right side');
      expect(mirrored(el)).to.equal(false);
      expect(names(el)[0]).to.match(/right ankle rests across the left knee/);
      el.setAttribute('sides', 'none');
      await settle(el);
      expect(side(el), 'no side, no label').to.equal('');

      // Without a timer, a card for one side only still draws and names that side.
      const left = await fixture<StretchCard>(html`<stretch-card exercise="hamstring" sides="left" no-timer></stretch-card>`);
      await left.updateComplete;
      expect(side(left)).to.equal('left leg');
      expect(mirrored(left)).to.equal(true);
      expect(names(left)[1]).to.match(/left leg is raised/);
      const both = await fixture<StretchCard>(html`<stretch-card exercise="hamstring" no-timer></stretch-card>`);
      expect(side(both), 'both sides, no timer: no label').to.equal('');
    });

    describe('following the timer', () => {
      let clock: sinon.SinonFakeTimers;
      afterEach(() => clock?.restore());

      // ready-time and switch-time 0: the count-in and rests as written, whatever the words (see hold-timer's tests).
      async function guidedCard(markup = html`<stretch-card exercise="hamstring" guided ready-time="0" switch-time="0"></stretch-card>`) {
        const el = await fixture<StretchCard>(markup);
        await el.timer!.updateComplete;
        clock = fakeClock();
        const run = async (ms: number) => {
          await clock.tickAsync(ms);
          await el.timer!.updateComplete;
          await el.updateComplete;
        };
        return { el, run };
      }

      it('guided: shows the start frame until a hold begins, then the stretch; the label follows the side', async () => {
        const { el, run } = await guidedCard();
        expect(shown(el)).to.deep.equal(['Get ready']);
        el.timer!.start();
        await run(0);
        expect(el.timer!.state).to.equal('lead-in');
        expect(shown(el)).to.deep.equal(['Get ready']);
        expect(side(el)).to.equal('left leg');
        await run(3000);
        expect(el.timer!.state).to.equal('hold');
        expect(shown(el)).to.deep.equal(['Hold']);
        expect(names(el)[1]).to.match(/left leg is raised/);
        el.timer!.pause();
        await run(0);
        expect(shown(el), 'paused in a hold: still the stretch').to.deep.equal(['Hold']);
        el.timer!.resume();
        await run(20_000);
        expect(el.timer!.state).to.equal('rest');
        expect(shown(el)).to.deep.equal(['Get ready']);
        expect(side(el)).to.equal('left leg');
        await run(5000 + 20_000 + 1000);
        // Resting before the first hold on the right: the label and the drawing have switched.
        expect(el.timer!.state).to.equal('rest');
        expect(el.timer!.side).to.equal('right');
        expect(side(el)).to.equal('right leg');
        expect(mirrored(el)).to.equal(false);
        expect(names(el)[0]).to.match(/sole of the right foot/);
        await run(4000);
        expect(shown(el)).to.deep.equal(['Hold']);
        el.timer!.reset();
        await run(0);
        expect(shown(el)).to.deep.equal(['Get ready']);
        expect(side(el)).to.equal('left leg');
      });

      it('switches side at hold-start when there is no rest between sides', async () => {
        const { el, run } = await guidedCard(html`<stretch-card exercise="glute" guided lead-in="0" rest="0" reps="1" ready-time="0" switch-time="0"></stretch-card>`);
        el.timer!.start();
        await run(0);
        expect(side(el)).to.equal('left side');
        expect(shown(el)).to.deep.equal(['Hold']);
        await run(15_500);
        expect(el.timer!.state).to.equal('hold');
        expect(el.timer!.side).to.equal('right');
        expect(side(el)).to.equal('right side');
        expect(mirrored(el)).to.equal(false);
        el.timer!.reset();
      });

      it('shows both frames outside guided mode, whatever the phase', async () => {
        const { el, run } = await guidedCard(html`<stretch-card exercise="glute" ready-time="0"></stretch-card>`);
        el.timer!.start();
        await run(10_000);
        expect(el.timer!.state).to.equal('hold');
        expect(shown(el)).to.deep.equal(['Get ready', 'Hold']);
        expect(frames(el)[1].classList.contains('on'), 'the stretch is the current frame').to.equal(true);
        el.timer!.reset();
      });
    });

    it('switches frames without motion, so there is nothing for prefers-reduced-motion to turn off', async () => {
      const el = await fixture<StretchCard>(html`<stretch-card exercise="hamstring" guided ready-time="0"></stretch-card>`);
      const clock = fakeClock();
      try {
        el.timer!.start();
        await clock.tickAsync(3500);
        await el.timer!.updateComplete;
        await el.updateComplete;
        expect(shown(el)).to.deep.equal(['Hold']);
        for (const f of frames(el)) {
          expect(getComputedStyle(f).animationName, 'no animation').to.equal('none');
          expect(getComputedStyle(f).transitionDuration, 'no transition').to.equal('0s');
          expect(f.getAnimations({ subtree: true })).to.have.length(0);
        }
        el.timer!.reset();
      } finally {
        clock.restore();
      }
    });

    it('prints both frames, even from the guided player, and no side label', async () => {
      const el = await fixture<StretchCard>(html`<stretch-card exercise="glute" guided></stretch-card>`);
      await el.timer!.updateComplete;
      await el.updateComplete;
      expect(shown(el)).to.have.length(1);
      try {
        expect(side(el)).to.equal('left side');
        await emulateMedia({ media: 'print' });
        expect(shown(el)).to.deep.equal(['Get ready', 'Hold']);
        expect(getComputedStyle(el.shadowRoot!.querySelector('.side')!).display, 'a handout names no side').to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('has forced-colors rules: outlines in CanvasText, the worked leg in Highlight with the felt mark in HighlightText, the towel in LinkText', async () => {
      // Forced-colors emulation is not reachable from this launcher: read the element's own rules (screenshots checked by hand).
      const el = await fixture<StretchCard>(html`<stretch-card exercise="hamstring"></stretch-card>`);
      const forced = [...el.shadowRoot!.adoptedStyleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'))
        .flatMap((r) => [...r.cssRules] as CSSStyleRule[]);
      const rule = (selector: string) => forced.find((r) => r.selectorText.split(',').map((x) => x.trim()).includes(selector));
      expect(rule('.drawing')?.style.getPropertyValue('forced-color-adjust')).to.equal('none');
      // The drawing's colours are private values on .media; forced colours swap them for system colours.
      const colours = rule('.media')!.style;
      const value = (name: string) => colours.getPropertyValue(name).trim().toLowerCase();
      expect(value('--_figure')).to.equal('canvastext');
      expect(value('--_fill')).to.equal('canvas');
      expect(value('--_work')).to.equal('highlight');
      expect(value('--_prop')).to.equal('linktext');
      // Where it is felt sits inside the Highlight leg: the colour made to be read on Highlight.
      expect(value('--_felt')).to.equal('highlighttext');
      expect(value('--_border')).to.equal('canvastext');
      expect(value('--_muted')).to.equal('canvastext');
      // …and the parts use them.
      const edge = el.shadowRoot!.querySelector('.edge')!;
      const work = el.shadowRoot!.querySelector('.work path:not(.edge)')!;
      el.shadowRoot!.querySelector<HTMLElement>('.media')!.style.setProperty('--_figure', 'rgb(1, 2, 3)');
      el.shadowRoot!.querySelector<HTMLElement>('.media')!.style.setProperty('--_work', 'rgb(4, 5, 6)');
      expect(getComputedStyle(edge).stroke).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(edge).fill).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(work).fill).to.equal('rgb(4, 5, 6)');
    });
  });
});
