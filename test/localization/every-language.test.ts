/**
 * Every shipped language, one by one: the three elements render with no English sentence left,
 * marked with the language (and direction) they show, count with that language's plural forms,
 * and speak in it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/stretch-widgets.js';
import type { StretchCard } from '../../src/stretch-card.js';
import type { StretchRoutine } from '../../src/stretch-routine.js';
import type { HoldTimer } from '../../src/hold-timer.js';
import { targetLocales } from '../../src/generated/locale-codes.js';
import { secondsUnit } from '../../src/components/hold-timer/hold-timer.text.js';
import { fakeClock } from '../helpers/dom.js';
import { installSpeech } from '../helpers/speech.js';
import { rootMarking, setPageLang, settle } from './helpers.js';

/** Every visible sentence-like text in an element's shadow tree, nested elements included. */
function texts(el: Element): string[] {
  const out: string[] = [];
  const walk = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
      if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
      if (n.nodeType === Node.TEXT_NODE && n.parentElement?.closest('style') == null) {
        const t = n.textContent!.replace(/\s+/g, ' ').trim();
        if (t) out.push(t);
      }
    }
  };
  walk(el.shadowRoot!);
  return out;
}

/** English texts of three words or more: what must not be left once a page is in another language. */
const sentences = (list: string[]) => new Set(list.filter((t) => t.split(' ').length >= 3));

describe('every language', () => {
  let english: Set<string>;
  let warn: sinon.SinonStub;

  const render = async () => {
    const routine = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
    const card = await fixture<StretchCard>(html`<stretch-card exercise="glute"></stretch-card>`);
    const timer = await fixture<HoldTimer>(html`<hold-timer></hold-timer>`);
    await settle(routine, card, timer);
    return { routine, card, timer };
  };

  before(async () => {
    await setPageLang('en');
    const { routine, card, timer } = await render();
    english = sentences([...texts(routine), ...texts(card), ...texts(timer)]);
    expect(english.size, 'the English pages have sentences to compare with').to.be.greaterThan(40);
  });
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());
  after(() => setPageLang('en'));

  for (const locale of targetLocales) {
    it(`${locale}: no English sentence left, marked ${locale}, plural forms, spoken in ${locale}`, async () => {
      await setPageLang(locale);
      const { routine, card, timer } = await render();
      const left = [routine, card, timer].flatMap((el) => texts(el)).filter((t) => english.has(t));
      expect(left, 'English sentences still shown').to.deep.equal([]);
      for (const el of [routine, card, timer]) {
        expect(rootMarking(el)).to.deep.equal({ lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr' });
      }
      // The unit under the big number follows the language's own forms (and is never the English word).
      expect(['second', 'seconds']).not.to.include(secondsUnit(1));
      expect(['second', 'seconds']).not.to.include(secondsUnit(5));
      warn.restore();

      const { speech, restore } = installSpeech(['en-US', `${locale === 'zh-Hans' ? 'zh-CN' : locale}-XX`]);
      const clock = fakeClock();
      try {
        const spoken = await fixture<HoldTimer>(html`<hold-timer voice lead-in="0" hold="1" reps="1" sides="left"></hold-timer>`);
        spoken.start();
        await clock.tickAsync(1500);
        expect(speech.said.length, 'something was said').to.be.greaterThan(0);
        expect(speech.said.every((u) => u.lang === locale)).to.equal(true);
        expect(speech.said.map((u) => u.text).filter((t) => english.has(t) || /\b(Hold|Relax|left leg)\b/.test(t))).to.deep.equal([]);
      } finally {
        clock.restore();
        restore();
      }
    });
  }
});
