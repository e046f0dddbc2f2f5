import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/stretch-widgets.js';
import type { HoldTimer, StretchCard, StretchRoutine } from '../../src/stretch-widgets.js';
import { currentLocale } from '../../src/localization/locale.js';
import { rootMarking, setPageLang, settle, shown } from './helpers.js';

/** One of each element, as a clinic page would have them, plus the cards and timers inside the routine. */
async function page() {
  const box = await fixture<HTMLElement>(html`<div>
    <stretch-routine></stretch-routine>
    <stretch-card exercise="hamstring"></stretch-card>
    <stretch-card exercise="nope"></stretch-card>
    <hold-timer label="Calf stretch"></hold-timer>
  </div>`);
  const routine = box.querySelector<StretchRoutine>('stretch-routine')!;
  const [card, broken] = box.querySelectorAll<StretchCard>('stretch-card');
  const timer = box.querySelector<HoldTimer>('hold-timer')!;
  await settle(routine, card, broken, timer);
  const innerCard = routine.shadowRoot!.querySelector<StretchCard>('stretch-card')!;
  const all = [routine, innerCard, card, card.timer!, broken, timer];
  return { routine, card, broken, timer, all };
}

const markings = (els: Element[]) => els.map(rootMarking);
const every = (n: number, lang: string, dir: string) => Array.from({ length: n }, () => ({ lang, dir }));
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('lang and dir on every element’s root', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(async () => {
    warn.restore();
    document.documentElement.removeAttribute('dir');
    await setPageLang('en');
  });

  it('English page: lang="en" dir="ltr"', async () => {
    const { all } = await page();
    expect(markings(all)).to.deep.equal(every(all.length, 'en', 'ltr'));
  });

  it('a Japanese page shows English, marked lang="en" (not left to inherit "ja")', async () => {
    const { all, timer } = await page();
    await setPageLang('ja', ...all);
    expect(currentLocale()).to.equal('en');
    expect(markings(all)).to.deep.equal(every(all.length, 'en', 'ltr'));
    // The clinic's own label is in the page's language, not ours.
    expect(timer.shadowRoot!.querySelector('[part=label]')!.getAttribute('lang')).to.equal('ja');
  });

  it('Arabic is right to left on every root though the page set no dir', async () => {
    const { all } = await page();
    expect(document.documentElement.hasAttribute('dir')).to.equal(false);
    await setPageLang('ar-EG', ...all);
    expect(markings(all)).to.deep.equal(every(all.length, 'ar', 'rtl'));
    expect(document.documentElement.hasAttribute('dir'), 'the page is left alone').to.equal(false);
  });

  it('an English widget on an Arabic page (dir="rtl") is marked English and ltr', async () => {
    const { all } = await page();
    document.documentElement.dir = 'rtl';
    await setPageLang('ur', ...all);
    expect(markings(all)).to.deep.equal(every(all.length, 'en', 'ltr'));
  });

  it('marks region and script variants with the language shown', async () => {
    const { all } = await page();
    for (const [tag, lang] of [['pt-BR', 'pt'], ['zh-CN', 'zh-Hans'], ['zh-TW', 'en'], ['de-CH', 'de'], ['fr', 'fr'], ['it', 'it']]) {
      await setPageLang(tag, ...all);
      expect(markings(all), tag).to.deep.equal(every(all.length, lang, 'ltr'));
    }
  });

  it('follows <html lang> live: text and marking change together', async () => {
    const { all, routine, card, timer } = await page();
    expect(text(routine)).to.contain('Start routine');
    await setPageLang('es', ...all);
    expect(text(routine)).to.contain('Empezar rutina');
    expect(text(card)).to.contain('Estiramiento de isquiotibiales');
    expect(text(timer)).to.contain('Empezar');
    expect(markings(all)).to.deep.equal(every(all.length, 'es', 'ltr'));
    await setPageLang('en-GB', ...all);
    expect(text(routine)).to.contain('Start routine');
    expect(markings(all)).to.deep.equal(every(all.length, 'en', 'ltr'));
    // Only the bad exercise on purpose: switching languages warns about nothing.
    expect(warn.args.map((a) => String(a[0])).filter((m) => !m.includes('exercise="nope"'))).to.deep.equal([]);
  });

  it('is accessible in Arabic (lang and dir valid for axe)', async () => {
    const { card, all } = await page();
    await setPageLang('ar', ...all);
    await expect(card).to.be.accessible();
  });
});

describe('a widget’s own lang', () => {
  afterEach(() => setPageLang('en'));

  it('chooses the language on an English page: <stretch-card lang="es">', async () => {
    const ready = shown('es');
    const card = await fixture<StretchCard>(html`<stretch-card lang="es-MX" exercise="glute"></stretch-card>`);
    await ready;
    await settle(card, card.timer!);
    expect(text(card)).to.contain('Estiramiento del glúteo');
    expect(rootMarking(card)).to.deep.equal({ lang: 'es', dir: 'ltr' });
    expect(rootMarking(card.timer!)).to.deep.equal({ lang: 'es', dir: 'ltr' });

    // Taken away, the page's language is back.
    const back = shown('en');
    card.remove();
    await back;
    expect(currentLocale()).to.equal('en');
  });

  it('is followed when set or changed on a widget already in the page', async () => {
    const timer = await fixture<HoldTimer>(html`<hold-timer></hold-timer>`);
    let next = shown('ar');
    timer.setAttribute('lang', 'ar');
    await next;
    await settle(timer);
    expect(rootMarking(timer)).to.deep.equal({ lang: 'ar', dir: 'rtl' });
    next = shown('en');
    timer.removeAttribute('lang');
    await next;
    await settle(timer);
    expect(rootMarking(timer)).to.deep.equal({ lang: 'en', dir: 'ltr' });
  });
});
