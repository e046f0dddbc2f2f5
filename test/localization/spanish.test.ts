/**
 * A page in Spanish: the elements render their words, the article's content
 * and their numbers in Spanish, follow a language switch both ways, and
 * re-render cards already on the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import '../../src/stretch-widgets.js';
import type { StretchCard } from '../../src/stretch-card.js';
import type { StretchRoutine } from '../../src/stretch-routine.js';
import { currentLocale } from '../../src/localization/locale.js';
import { shadowText } from '../helpers/dom.js';

const chips = (el: StretchCard) => [...el.shadowRoot!.querySelectorAll('[part=dosage] li')].map((li) => li.textContent!.trim());

/** Sets `<html lang>` and resolves once the widgets have switched to `locale` (awaits @lit/localize's own event). */
async function pageLanguage(lang: string, locale: string): Promise<void> {
  const ready = new Promise<void>((resolve) => {
    const on = (e: Event) => {
      const d = (e as CustomEvent<{ status: string; readyLocale?: string }>).detail;
      if (d.status === 'ready' && d.readyLocale === locale) {
        window.removeEventListener(LOCALE_STATUS_EVENT, on);
        resolve();
      }
    };
    window.addEventListener(LOCALE_STATUS_EVENT, on);
  });
  document.documentElement.lang = lang;
  if (currentLocale() !== locale) await ready;
}

describe('a page in Spanish', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(async () => {
    warn.restore();
    await pageLanguage('en', 'en');
  });

  it('renders a card, its timer and the article’s words in Spanish (es-MX matches es)', async () => {
    await pageLanguage('es-MX', 'es');
    const el = await fixture<StretchCard>(html`<stretch-card exercise="hamstring"></stretch-card>`);
    await el.timer!.updateComplete;
    expect(shadowText(el, '[part=title]')).to.equal('Estiramiento de isquiotibiales');
    expect(chips(el)).to.deep.equal(['Mantén 15–20 s', '2 × cada pierna', 'Al menos dos veces al día']);
    expect(shadowText(el.timer!, '[part=reps]')).to.equal('2 × cada pierna · mantén 15–20 s');
    expect(shadowText(el.timer!, '[part=instruction]')).to.equal('Empieza cuando quieras');
    expect(el.timer!.shadowRoot!.querySelector('[part=controls] button')!.textContent!.trim()).to.equal('Empezar');
    expect(el.shadowRoot!.textContent).not.to.contain('Hamstring stretch');
    expect(warn.called).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('an explicit dose reads the same in Spanish', async () => {
    await pageLanguage('es', 'es');
    const el = await fixture<StretchCard>(html`<stretch-card exercise="hamstring" hold="1"></stretch-card>`);
    expect(chips(el)[0]).to.equal('Mantén 1 s');
  });

  it('follows a language switch both ways, re-rendering elements already on the page', async () => {
    const routine = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
    const title = () => shadowText(routine, '.intro .title');
    expect(title()).to.equal('Stretches for sciatica');
    await pageLanguage('es', 'es');
    await routine.updateComplete;
    expect(title()).to.equal('Estiramientos para la ciática');
    await pageLanguage('en-GB', 'en');
    await routine.updateComplete;
    expect(title()).to.equal('Stretches for sciatica');
  });
});
