import { expect } from '@open-wc/testing';
import { rootMarking, setPageLang, settle, shown } from './helpers.js';

// No static import of the elements: their markup is in the page before the script runs, as on a clinic's site.
describe('markup already in the page before the script', () => {
  after(() => setPageLang('en'));

  it('shows <html lang> from the first render, and follows it live', async () => {
    document.documentElement.lang = 'es-ES';
    const box = document.createElement('main');
    box.innerHTML = '<stretch-routine></stretch-routine><stretch-card exercise="hamstring"></stretch-card><hold-timer></hold-timer>';
    document.body.append(box);
    const spanish = shown('es');
    await import('../../src/stretch-widgets.js');
    await spanish;
    const els = [...box.children];
    await settle(...els);
    const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    const [routine, card, timer] = els;
    expect(text(routine)).to.contain('Empezar rutina');
    expect(text(card)).to.contain('Estiramiento de isquiotibiales');
    expect(text(timer)).to.contain('Empezar');
    expect(els.map(rootMarking)).to.deep.equal(els.map(() => ({ lang: 'es', dir: 'ltr' })));

    await setPageLang('ar', ...els);
    expect(els.map(rootMarking)).to.deep.equal(els.map(() => ({ lang: 'ar', dir: 'rtl' })));

    await setPageLang('zh-TW', ...els);
    expect(text(routine)).to.contain('Start routine');
    expect(els.map(rootMarking)).to.deep.equal(els.map(() => ({ lang: 'en', dir: 'ltr' })));
    box.remove();
  });
});
