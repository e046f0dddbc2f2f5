import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/stretch-card.js';
import type { StretchCard } from '../../src/stretch-card.js';
import { currentLocale, loaders } from '../../src/localization/locale.js';
import { rootMarking, setPageLang, settle, shown } from './helpers.js';

describe('a translation that cannot load', () => {
  after(() => setPageLang('en'));

  it('shows English, marked English, with one console warning, and is not asked for again', async () => {
    const card = await fixture<StretchCard>(html`<stretch-card exercise="hamstring"></stretch-card>`);
    await setPageLang('es', card, card.timer!);
    expect(currentLocale()).to.equal('es');

    const warn = sinon.stub(console, 'warn');
    try {
      // A CDN that lost the file, or a flaky connection.
      loaders.fr = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: locales/fr.js'));
      const english = shown('en');
      document.documentElement.lang = 'fr';
      await english;
      await settle(card, card.timer!);
      const text = card.shadowRoot!.textContent!;
      expect(text, 'not the Spanish shown before').to.contain('Hamstring stretch');
      expect(rootMarking(card)).to.deep.equal({ lang: 'en', dir: 'ltr' });
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.equal('[stretch-widgets] could not load the "fr" translation; showing English.');

      // French again (another region): still English, no second warning, no second try.
      const tries = sinon.spy(loaders, 'fr');
      document.documentElement.lang = 'fr-CA';
      await settle(card);
      expect(currentLocale()).to.equal('en');
      expect(tries.called).to.equal(false);
      expect(warn.callCount).to.equal(1);

      // Other languages still load.
      await setPageLang('es', card);
      expect(currentLocale()).to.equal('es');
    } finally {
      warn.restore();
    }
  });
});
