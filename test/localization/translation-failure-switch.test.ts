/**
 * A translation that fails to load while another one is shown: English, not
 * the language before it; one warning; not asked for again in this page (a
 * reload tries again), while other languages still load. Its own file: a
 * failed locale stays failed for the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import '../../src/stretch-widgets.js';
import type { StretchCard } from '../../src/stretch-card.js';
import { currentLocale } from '../../src/localization/locale.js';
import { shadowText, warnings } from '../helpers/dom.js';
import { rootMarking, setPageLang, settle, shown } from './helpers.js';

describe('a translation that fails while another language is shown', () => {
  const loads: string[] = [];
  const onStatus = (e: Event) => {
    const d = (e as CustomEvent<{ status: string; loadingLocale?: string }>).detail;
    if (d.status === 'loading') loads.push(d.loadingLocale!);
  };
  before(async () => {
    await executeServerCommand('block-requests', ['/generated/locales/fr']);
    window.addEventListener(LOCALE_STATUS_EVENT, onStatus);
  });
  after(async () => {
    await executeServerCommand('block-requests', []);
    window.removeEventListener(LOCALE_STATUS_EVENT, onStatus);
    await setPageLang('en');
  });

  it('shows English, not the language before it, and does not ask for it again', async () => {
    const el = await fixture<StretchCard>(html`<stretch-card exercise="hamstring"></stretch-card>`);
    await setPageLang('es', el, el.timer!);
    expect(shadowText(el, '[part=title]')).to.equal('Estiramiento de isquiotibiales');

    const warn = sinon.stub(console, 'warn');
    try {
      const english = shown('en');
      document.documentElement.lang = 'fr';
      await english;
      await settle(el, el.timer!);
      expect(shadowText(el, '[part=title]'), 'not the Spanish shown before').to.equal('Hamstring stretch');
      expect(rootMarking(el)).to.deep.equal({ lang: 'en', dir: 'ltr' });
      expect(warnings(warn)).to.deep.equal(['[stretch-widgets] could not load the "fr" translation; showing English.']);

      // French again (another region): still English, not asked for again, no second warning.
      loads.length = 0;
      document.documentElement.lang = 'fr-CA';
      await settle(el);
      expect(currentLocale()).to.equal('en');
      expect(loads).to.deep.equal([]);
      expect(warnings(warn)).to.have.length(1);

      // Other languages still load.
      await setPageLang('es', el);
      expect(shadowText(el, '[part=title]')).to.equal('Estiramiento de isquiotibiales');
    } finally {
      warn.restore();
    }
  });
});
