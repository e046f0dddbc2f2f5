/**
 * Readable whatever the page does: hard clinic brands on light and dark surfaces, dark pages,
 * and forced colours. Contrast is checked twice: by axe (every text it can see), and by
 * measuring what axe does not look at (step numbers, the ring, the towel, button borders).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import 'axe-core/axe.min.js';
import '../../src/stretch-widgets.js';
import type { StretchCard } from '../../src/stretch-card.js';
import type { HoldTimer } from '../../src/hold-timer.js';
import type { StretchRoutine } from '../../src/stretch-routine.js';
import { backgroundOf, contrast, deepElements, luminance } from '../helpers/color.js';
import { shadowButton } from '../helpers/dom.js';

interface Axe {
  run(context: Element, options: object): Promise<{ violations: { id: string; nodes: { target: unknown; failureSummary?: string }[] }[]; passes: { nodes: unknown[] }[] }>;
}
const axe = (window as unknown as { axe: Axe }).axe;

const BRANDS: { name: string; scheme: 'light' | 'dark' | 'normal'; vars: Record<string, string> }[] = [
  { name: 'the default on a light page', scheme: 'normal', vars: {} },
  { name: 'the default on a dark page', scheme: 'dark', vars: {} },
  { name: 'yellow #ffd400', scheme: 'normal', vars: { '--stretch-accent': '#ffd400' } },
  { name: 'yellow #ffd400 on a dark page', scheme: 'dark', vars: { '--stretch-accent': '#ffd400' } },
  { name: 'deep purple #3b0a57 on surface #111 with text #eee', scheme: 'normal', vars: { '--stretch-accent': '#3b0a57', '--stretch-surface': '#111', '--stretch-text': '#eee' } },
  { name: 'deep purple #3b0a57 on a dark page', scheme: 'dark', vars: { '--stretch-accent': '#3b0a57' } },
  { name: 'mid teal #2a9d8f', scheme: 'normal', vars: { '--stretch-accent': '#2a9d8f' } },
  { name: 'light pink #f7a8c4', scheme: 'normal', vars: { '--stretch-accent': '#f7a8c4' } },
  { name: 'light pink #f7a8c4 on a dark page', scheme: 'dark', vars: { '--stretch-accent': '#f7a8c4' } },
  { name: 'pure red #ff0000', scheme: 'normal', vars: { '--stretch-accent': '#ff0000' } },
  { name: 'pure red #ff0000 on a dark page', scheme: 'dark', vars: { '--stretch-accent': '#ff0000' } },
  { name: 'orange #e8a33d on a cream surface', scheme: 'normal', vars: { '--stretch-accent': '#e8a33d', '--stretch-surface': '#f7f0dc' } },
];

/** A page region in a colour scheme, with the clinic's tokens set the way its CSS would (CSSOM, no style attribute). */
async function themed(scheme: string, vars: Record<string, string>) {
  const box = await fixture<HTMLDivElement>(html`<div>
    <stretch-card exercise="hamstring"></stretch-card>
    <hold-timer label="Calf stretch" hold="1" hold-max="3" lead-in="0"></hold-timer>
    <stretch-routine></stretch-routine>
  </div>`);
  box.style.colorScheme = scheme;
  box.style.background = scheme === 'dark' ? '#000' : '#fff';
  for (const [k, v] of Object.entries(vars)) box.style.setProperty(k, v);
  const card = box.querySelector<StretchCard>('stretch-card')!;
  const timer = box.querySelector<HoldTimer>('hold-timer')!;
  const routine = box.querySelector<StretchRoutine>('stretch-routine')!;
  await Promise.all([card.updateComplete, timer.updateComplete, routine.updateComplete]);
  return { box, card, timer, routine };
}

/** Asserts a contrast, naming what was measured. */
function atLeast(min: number, fg: string, bg: string, what: string) {
  const ratio = contrast(fg, bg);
  expect(ratio, `${what}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1`).to.be.at.least(min);
}

describe('theme: colours', () => {
  let clock: sinon.SinonFakeTimers | null = null;
  afterEach(async () => {
    clock?.restore();
    clock = null;
    await emulateMedia({ colorScheme: 'light' });
    localStorage.clear();
  });

  for (const brand of BRANDS) {
    it(`is readable with ${brand.name}: axe colour-contrast clean, lines and numbers measured`, async () => {
      const { box, card, timer, routine } = await themed(brand.scheme, brand.vars);
      // Every state with colour in it: a range hold past its minimum ("You can stop now" on the accent),
      // then (real clock again: axe needs it) the safety panel open and a pressed switch.
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] });
      timer.start();
      await clock.tickAsync(1500);
      await timer.updateComplete;
      const reached = timer.shadowRoot!.querySelector('.reached')!;
      expect(reached, 'the "You can stop now" chip is shown').to.exist;
      atLeast(4.5, getComputedStyle(reached).color, getComputedStyle(reached).backgroundColor, '"You can stop now"');
      clock.restore();
      clock = null;
      timer.reset();
      shadowButton(card, /It hurts/).click();
      shadowButton(timer, /Sound/).click();
      await Promise.all([card.updateComplete, timer.updateComplete]);

      const result = await axe.run(box, { runOnly: { type: 'rule', values: ['color-contrast'] } });
      const failures = result.violations.flatMap((v) => v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`));
      expect(failures, failures.join('\n')).to.deep.equal([]);
      expect(result.passes[0]?.nodes.length ?? 0, 'axe really measured the texts').to.be.above(40);

      // What axe does not measure: step numbers (::marker), lines, the drawing's towel, the focus ring.
      const cs = (el: Element, pseudo?: string) => getComputedStyle(el, pseudo);
      const step = card.shadowRoot!.querySelector('ol.steps li')!;
      atLeast(4.5, cs(step, '::marker').color, backgroundOf(step), 'step number');
      const arc = timer.shadowRoot!.querySelector('.arc')!;
      const timerBg = backgroundOf(timer.shadowRoot!.querySelector('.timer')!);
      atLeast(3, cs(arc).stroke, timerBg, 'ring');
      const towel = card.shadowRoot!.querySelector('.prop')!;
      atLeast(3, cs(towel).stroke, backgroundOf(card.shadowRoot!.querySelector('.media')!), 'towel in the drawing');
      const outline = card.shadowRoot!.querySelector('.safety .button')!;
      atLeast(3, cs(outline).borderTopColor, backgroundOf(outline), 'an outlined button’s border');
      atLeast(3, cs(outline).outlineColor, backgroundOf(outline), 'the focus ring');
      const start = timer.shadowRoot!.querySelector('.button.primary')!;
      atLeast(4.5, cs(start).color, cs(start).backgroundColor, 'Start: text on the accent');
      const cautions = card.shadowRoot!.querySelector('.cautions')!;
      atLeast(3, cs(cautions).borderInlineStartColor, backgroundOf(card.shadowRoot!.querySelector('.card')!), 'the caution bar');
      const dot = routine.shadowRoot!.querySelector('.dot')!;
      atLeast(3, cs(dot).borderTopColor, backgroundOf(dot), 'a day’s dot in the week strip');
      const when = routine.shadowRoot!.querySelector('.when')!;
      atLeast(3, cs(when).borderInlineStartColor, backgroundOf(routine.shadowRoot!.querySelector('.intro')!), 'the "when to start" bar');
    });
  }

  it('picks dark text on a light accent and light text on a dark one, unless --stretch-on-accent is set', async () => {
    const textOnStart = async (vars: Record<string, string>) => {
      const { timer } = await themed('normal', vars);
      return getComputedStyle(timer.shadowRoot!.querySelector('.button.primary')!).color;
    };
    expect(luminance(await textOnStart({ '--stretch-accent': '#ffd400' }))).to.be.below(0.01);
    expect(luminance(await textOnStart({ '--stretch-accent': '#3b0a57' }))).to.be.above(0.95);
    expect(await textOnStart({ '--stretch-accent': '#3b0a57', '--stretch-on-accent': 'rgb(255, 200, 0)' })).to.equal('rgb(255, 200, 0)');
  });

  it('keeps the brand where it already reads, and --stretch-accent-text overrides the derived one', async () => {
    const ring = async (vars: Record<string, string>) => {
      const { timer } = await themed('normal', vars);
      return getComputedStyle(timer.shadowRoot!.querySelector('.arc')!).stroke;
    };
    expect(contrast(await ring({ '--stretch-accent': '#1f5f8b' }), '#1f5f8b'), 'a dark blue on white is used as is').to.be.below(1.02);
    expect(contrast(await ring({ '--stretch-accent': '#ffd400' }), '#ffd400'), 'yellow is darkened').to.be.above(3);
    expect(await ring({ '--stretch-accent': '#ffd400', '--stretch-accent-text': 'rgb(120, 90, 0)' })).to.equal('rgb(120, 90, 0)');
  });

  describe('dark pages', () => {
    const surfaceAndText = async (scheme: string, vars: Record<string, string> = {}) => {
      const { card } = await themed(scheme, vars);
      const base = card.shadowRoot!.querySelector('.card')!;
      return { surface: luminance(getComputedStyle(base).backgroundColor), text: luminance(getComputedStyle(base).color) };
    };

    it('follow a page with color-scheme: dark, with the built-in dark palette', async () => {
      const dark = await surfaceAndText('dark');
      expect(dark.surface).to.be.below(0.02);
      expect(dark.text).to.be.above(0.6);
      const light = await surfaceAndText('normal');
      expect(light.surface).to.be.above(0.95);
      expect(light.text).to.be.below(0.02);
    });

    it('follow the visitor’s dark setting when the page opts in (color-scheme: light dark), and only then', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      expect((await surfaceAndText('light dark')).surface, 'opted in').to.be.below(0.02);
      expect((await surfaceAndText('normal')).surface, 'a page that did not opt in stays light').to.be.above(0.95);
      await emulateMedia({ colorScheme: 'light' });
      expect((await surfaceAndText('light dark')).surface).to.be.above(0.95);
    });

    it('let tokens win: white cards on a dark page get dark text', async () => {
      const t = await surfaceAndText('dark', { '--stretch-surface': '#ffffff' });
      expect(t.surface).to.be.above(0.95);
      expect(t.text).to.be.below(0.02);
      const { card } = await themed('dark', { '--stretch-text': 'rgb(250, 240, 200)' });
      expect(getComputedStyle(card.shadowRoot!.querySelector('.card')!).color).to.equal('rgb(250, 240, 200)');
    });

    it('print on white paper whatever the screen showed', async () => {
      const { card } = await themed('dark', { '--stretch-surface': '#111', '--stretch-text': '#eee' });
      await emulateMedia({ media: 'print' });
      try {
        const base = card.shadowRoot!.querySelector('.card')!;
        expect(luminance(getComputedStyle(base).color)).to.be.below(0.02);
        expect(luminance(getComputedStyle(base).backgroundColor)).to.be.above(0.95);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('forced colours (Windows High Contrast)', () => {
    afterEach(() => executeServerCommand('emulate-forced-colors', { forced: 'none' }));

    for (const scheme of ['light', 'dark'] as const) {
      it(`shows every control, ${scheme}: Back, Skip, End, Reset, Sound, Voice and the rest`, async () => {
        const { box, timer, routine } = await themed('normal', { '--stretch-accent': '#ffd400' });
        await executeServerCommand('emulate-forced-colors', { forced: 'active', colorScheme: scheme });
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        await routine.start();
        await routine.updateComplete;
        timer.start();
        await timer.updateComplete;
        const buttons = deepElements(box).filter((e): e is HTMLButtonElement => e instanceof HTMLButtonElement && e.getClientRects().length > 0 && !e.disabled);
        const names = buttons.map((b) => b.textContent!.trim());
        for (const name of ['Back', 'Skip', 'End session', 'Reset', 'Sound', 'Voice', 'It hurts / I feel numbness']) expect(names, name).to.include(name);
        for (const b of buttons) {
          const cs = getComputedStyle(b);
          atLeast(4.5, cs.color, backgroundOf(b), `"${b.textContent!.trim()}" text`);
          atLeast(3, cs.borderTopColor, backgroundOf(b.parentElement!), `"${b.textContent!.trim()}" border`);
        }
        timer.reset();
        routine.end();
      });
    }
  });
});
