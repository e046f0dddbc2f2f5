/**
 * Defended layout, right to left, parts and tokens as documented, the WordPress classic
 * editor's markup, and printing each stretch once.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, readFile } from '@web/test-runner-commands';
import '../../src/stretch-widgets.js';
import type { StretchCard } from '../../src/stretch-card.js';
import type { HoldTimer } from '../../src/hold-timer.js';
import type { StretchRoutine } from '../../src/stretch-routine.js';
import { deepElements } from '../helpers/color.js';
import { setPageLang } from '../localization/helpers.js';

const settle = (els: Element[]) => Promise.all(els.map((e) => (e as HoldTimer).updateComplete));

describe('theme: layout', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
    localStorage.clear();
  });

  it('keeps its own text alignment, spacing, case, style and list markers whatever the theme sets around it', async () => {
    const box = await fixture<HTMLElement>(html`<section><stretch-card exercise="glute"></stretch-card></section>`);
    Object.assign(box.style, {
      textAlign: 'center',
      lineHeight: '3',
      fontStyle: 'italic',
      fontWeight: '700',
      textIndent: '40px',
      whiteSpace: 'nowrap',
      listStyle: 'square inside',
    });
    const card = box.querySelector<StretchCard>('stretch-card')!;
    await card.updateComplete;
    const cs = getComputedStyle(card.shadowRoot!.querySelector('ol.steps li')!);
    expect(cs.textAlign).to.equal('start');
    expect(parseFloat(cs.lineHeight) / parseFloat(cs.fontSize)).to.be.closeTo(1.5, 0.01);
    expect([cs.fontStyle, cs.fontWeight, cs.textIndent, cs.whiteSpace]).to.deep.equal(['normal', '400', '0px', 'normal']);
    expect([cs.listStyleType, cs.listStylePosition]).to.deep.equal(['decimal', 'outside']);
    expect(getComputedStyle(card.shadowRoot!.querySelector('.cautions li')!).listStyleType).to.equal('disc');
  });

  it('takes its text size from the root, never below 16 px, and --stretch-font-size wins', async () => {
    const size = async (root: string, token?: string) => {
      document.documentElement.style.fontSize = root;
      const card = await fixture<StretchCard>(html`<stretch-card exercise="glute"></stretch-card>`);
      if (token) card.style.setProperty('--stretch-font-size', token);
      return parseFloat(getComputedStyle(card.shadowRoot!.querySelector('.why')!).fontSize);
    };
    expect(await size('10px'), 'a 62.5 % root').to.equal(16);
    expect(await size('16px')).to.equal(16);
    expect(await size('24px')).to.equal(24);
    expect(await size('16px', '20px')).to.equal(20);
  });

  for (const root of ['10px', '16px', '24px']) {
    it(`fits a 280 px sidebar at a ${root} root: nothing spills out`, async () => {
      document.documentElement.style.fontSize = root;
      const box = await fixture<HTMLElement>(html`<aside>
        <stretch-card exercise="hamstring"></stretch-card>
        <hold-timer label="Calf stretch" hold="90" hold-max="120"></hold-timer>
        <stretch-routine></stretch-routine>
      </aside>`);
      box.style.width = '280px';
      const els = [...box.children];
      await settle(els);
      const routine = box.querySelector<StretchRoutine>('stretch-routine')!;
      const check = (what: string) => {
        const { left, right } = box.getBoundingClientRect();
        for (const el of deepElements(box).concat(els)) {
          const r = el.getBoundingClientRect();
          if (!r.width || getComputedStyle(el).position === 'absolute') continue;
          expect(r.left, `${what}: ${el.localName}.${el.getAttribute('class')} starts inside`).to.be.at.least(left - 0.5);
          expect(r.right, `${what}: ${el.localName}.${el.getAttribute('class')} ends inside`).to.be.at.most(right + 0.5);
        }
        for (const el of deepElements(box)) if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible') expect.fail(`${el.localName} scrolls sideways`);
      };
      check('overview');
      await routine.start();
      await routine.updateComplete;
      check('guided');
      routine.end();
    });
  }

  // Arabic: the widgets mark their own roots dir="rtl" (whatever the page says); the CSS must follow.
  describe('right to left', () => {
    afterEach(() => setPageLang('en'));

    it('mirrors the layout with logical properties: steps, chips, caution bar, the routine’s bar and week', async () => {
      const box = await fixture<HTMLElement>(html`<div><stretch-card exercise="hamstring"></stretch-card><stretch-routine></stretch-routine></div>`);
      const card = box.querySelector<StretchCard>('stretch-card')!;
      const routine = box.querySelector<StretchRoutine>('stretch-routine')!;
      await setPageLang('ar', card, routine);
      expect(card.shadowRoot!.querySelector('.card')!.getAttribute('dir')).to.equal('rtl');
      const $ = (root: Element, sel: string) => root.shadowRoot!.querySelector(sel)!;
      const steps = getComputedStyle($(card, 'ol.steps'));
      expect([steps.paddingLeft, parseFloat(steps.paddingRight) > 0]).to.deep.equal(['0px', true]);
      const bar = getComputedStyle($(card, '.cautions'));
      expect([bar.borderLeftWidth, bar.borderRightWidth]).to.deep.equal(['0px', '5px']);
      const when = getComputedStyle($(routine, '.when'));
      expect([when.borderLeftWidth, when.borderRightWidth]).to.deep.equal(['0px', '5px']);
      const [first, second] = [...card.shadowRoot!.querySelectorAll('.chips li')].map((li) => li.getBoundingClientRect());
      expect(first.left, 'the first chip is on the right').to.be.greaterThan(second.left);
      const days = [...routine.shadowRoot!.querySelectorAll('.day')].map((d) => d.getBoundingClientRect().left);
      expect(days[6], 'today is on the left end of the week').to.be.lessThan(days[0]);
      const hurt = $(card, '.hurt').getBoundingClientRect();
      expect(hurt.right, 'the "It hurts" button starts on the right').to.be.closeTo($(card, '.card').getBoundingClientRect().right - 21, 6);
    });

    it('does not mirror the drawings or the ring, and keeps the number centred', async () => {
      const where = async (lang: string) => {
        const card = await fixture<StretchCard>(html`<stretch-card exercise="hamstring"></stretch-card>`);
        await setPageLang(lang, card, card.timer!);
        const svg = card.shadowRoot!.querySelector('svg.drawing')!.getBoundingClientRect();
        const head = card.shadowRoot!.querySelector('svg.drawing .hair')!.getBoundingClientRect();
        const timer = card.timer!.shadowRoot!;
        const face = timer.querySelector('.face')!.getBoundingClientRect();
        const number = timer.querySelector('.seconds')!.getBoundingClientRect();
        return {
          dir: getComputedStyle(timer.querySelector('.face')!).direction,
          head: (head.left - svg.left) / svg.width,
          ring: getComputedStyle(timer.querySelector('.ring')!).transform,
          numberCentre: (number.left + number.width / 2 - face.left) / face.width,
        };
      };
      const ltr = await where('en');
      const rtl = await where('ar');
      expect([ltr.dir, rtl.dir]).to.deep.equal(['ltr', 'rtl']);
      expect(rtl.head, 'the person’s head stays at the left of the drawing').to.be.closeTo(ltr.head, 0.001);
      expect(rtl.ring, 'the ring starts at the top and runs clockwise').to.equal(ltr.ring);
      expect(rtl.numberCentre).to.be.closeTo(0.5, 0.02);
    });
  });

  describe('parts and tokens', () => {
    const sources = {
      'hold-timer': '../../src/components/hold-timer/hold-timer.ts',
      'stretch-card': '../../src/components/stretch-card/stretch-card.ts',
      'stretch-routine': '../../src/components/stretch-routine/stretch-routine.ts',
    };
    const styles = [
      '../../src/shared/tokens.styles.ts',
      '../../src/components/hold-timer/hold-timer.styles.ts',
      '../../src/components/stretch-card/stretch-card.styles.ts',
      '../../src/components/stretch-routine/stretch-routine.styles.ts',
      '../../src/content/drawings/drawing.styles.ts',
    ];
    const read = async (path: string) => (await readFile({ path }))!;
    const documented = async (tag: keyof typeof sources, tag2: string) => [...(await read(sources[tag])).matchAll(new RegExp(`@${tag2} ([\\w-]+)`, 'g'))].map((m) => m[1]);

    /** Every element that a page rule `tag::part(name)` reaches, found by the style it gets. */
    async function reached(host: Element, tag: string, name: string): Promise<number> {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`${tag}::part(${name}) { scroll-margin-top: 7px; }`);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      try {
        return deepElements(host).filter((e) => getComputedStyle(e).scrollMarginTop === '7px').length;
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    }

    it('every documented part of <stretch-card> and <hold-timer> can be styled from the page', async () => {
      const card = await fixture<StretchCard>(html`<stretch-card exercise="hamstring"></stretch-card>`);
      await card.updateComplete;
      card.shadowRoot!.querySelector<HTMLButtonElement>('.hurt')!.click();
      await card.updateComplete;
      for (const part of await documented('stretch-card', 'csspart')) expect(await reached(card, 'stretch-card', part), `stretch-card::part(${part})`).to.be.above(0);
      const timer = await fixture<HoldTimer>(html`<hold-timer label="Calf"></hold-timer>`);
      for (const part of await documented('hold-timer', 'csspart')) expect(await reached(timer, 'hold-timer', part), `hold-timer::part(${part})`).to.be.above(0);
    });

    it('a routine re-exports its built-in cards’ and timers’ parts under the documented names', async () => {
      const routine = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
      const parts = await documented('stretch-routine', 'csspart');
      expect(parts).to.include.members(['card', 'steps', 'cautions', 'timer-seconds', 'timer-button']);
      const inOverview = new Set<string>();
      for (const part of parts) if (await reached(routine, 'stretch-routine', part)) inOverview.add(part);
      await routine.start();
      await routine.updateComplete;
      const card = routine.shadowRoot!.querySelector<StretchCard>('stretch-card:not([hidden])')!;
      card.shadowRoot!.querySelector<HTMLButtonElement>('.hurt')!.click();
      await card.updateComplete;
      for (const part of parts) if (await reached(routine, 'stretch-routine', part)) inOverview.add(part);
      routine.end();
      const missing = parts.filter((p) => !inOverview.has(p) && p !== 'finished');
      expect(missing, 'documented parts no page rule reaches').to.deep.equal([]);
    });

    it('every token the styles read is documented in the classes and the README', async () => {
      const used = new Set<string>();
      for (const path of styles) for (const m of (await read(path)).matchAll(/var\((--(?:stretch|hold-timer)-[\w-]+)/g)) used.add(m[1]);
      expect(used.size).to.be.above(25);
      const jsdoc = (await Promise.all(Object.values(sources).map(read))).join('\n');
      const readme = await read('../../README.md');
      expect([...used].filter((t) => !jsdoc.includes(`@cssproperty ${t} `)), 'tokens without @cssproperty').to.deep.equal([]);
      expect([...used].filter((t) => !readme.includes(`\`${t}\``)), 'tokens the README does not name').to.deep.equal([]);
    });
  });

  it('survives the WordPress classic editor: the README’s markup, as wpautop rewrites it, keeps title, steps and cautions', async () => {
    // What WordPress's wpautop() makes of the README's classic-editor snippet (run through WordPress 6).
    const box = await fixture<HTMLElement>(html`<div></div>`);
    box.innerHTML =
      '<div><stretch-card hold="20" reps="3" sides="none"></p>\n<div slot="title">Knee hug</div>\n<ol slot="steps">\n<li>Lie on your back.</li>\n<li>Hug both knees to your chest.</li>\n</ol>\n<p slot="cautions">Stop if it hurts.</p>\n<p></stretch-card></div>\n';
    const card = box.querySelector<StretchCard>('stretch-card')!;
    await card.updateComplete;
    await new Promise((r) => setTimeout(r, 20));
    const slot = (name: string) => card.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name=${name}]`)!.assignedElements();
    expect(card.titleText).to.equal('Knee hug');
    expect(slot('steps').map((e) => e.localName)).to.deep.equal(['ol']);
    expect(slot('cautions').map((e) => e.textContent)).to.deep.equal(['Stop if it hurts.']);
    const extra = card.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!.assignedElements();
    expect(extra.map((e) => e.localName), 'the editor’s empty paragraphs').to.deep.equal(['p', 'p']);
    for (const p of extra) expect(p.getClientRects().length, 'they take no room').to.equal(0);
  });

  it('prints each stretch once: a routine’s copy of a stretch the page also shows as a card is left out', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <stretch-routine></stretch-routine>
      <stretch-card exercise="glute"></stretch-card>
    </div>`);
    const routine = box.querySelector<StretchRoutine>('stretch-routine')!;
    await routine.updateComplete;
    const copies = [...routine.shadowRoot!.querySelectorAll<StretchCard>('stretch-card')];
    window.dispatchEvent(new Event('beforeprint'));
    expect(copies.map((c) => [c.exercise, c.hasAttribute('print-copy')])).to.deep.equal([
      ['hamstring', false],
      ['glute', true],
    ]);
    expect(box.querySelector(':scope > stretch-card')!.hasAttribute('print-copy'), 'the page’s own card prints').to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      expect(copies.map((c) => getComputedStyle(c).display)).to.deep.equal(['block', 'none']);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
