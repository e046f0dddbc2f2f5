/**
 * A translation that fails to load (a CDN hiccup, a file deleted by an
 * upgrade): the widgets stay complete and usable in English, nothing throws,
 * and the console says once, by name, which translation is missing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import '../../src/stretch-widgets.js';
import type { StretchCard } from '../../src/stretch-card.js';
import { currentLocale } from '../../src/localization/locale.js';
import { shadowButton, shadowText, warnings } from '../helpers/dom.js';

describe('a translation that fails to load', () => {
  let warn: sinon.SinonStub;
  const uncaught: unknown[] = [];
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
  const onError = (e: ErrorEvent) => uncaught.push(e.error);

  before(async () => {
    await executeServerCommand('block-requests', ['/generated/locales/']);
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
  });
  after(async () => {
    await executeServerCommand('block-requests', []);
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('error', onError);
    document.documentElement.lang = 'en';
  });
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());

  it('falls back to English quietly: a whole, working card, one named warning, nothing thrown', async () => {
    const el = await fixture<StretchCard>(html`<stretch-card exercise="hamstring"></stretch-card>`);
    const failed = new Promise<{ errorLocale?: string }>((resolve) =>
      window.addEventListener(LOCALE_STATUS_EVENT, (e) => {
        const d = (e as CustomEvent<{ status: string; errorLocale?: string }>).detail;
        if (d.status === 'error') resolve(d);
      }),
    );
    document.documentElement.lang = 'es';
    expect((await failed).errorLocale, 'the load was really attempted, and failed').to.equal('es');
    // Let the rejection reach whoever handles it (or not) before judging.
    await new Promise<void>((r) => queueMicrotask(r));
    await el.updateComplete;
    expect(currentLocale()).to.equal('en');
    expect(shadowText(el, '[part=title]')).to.equal('Hamstring stretch');
    expect(el.shadowRoot!.querySelectorAll('ol.steps li').length).to.be.at.least(4);
    expect(el.shadowRoot!.querySelector('svg.drawing')).to.exist;
    const said = warnings(warn);
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('"es"').and.contain('English');
    // Still usable: the timer starts, and "It hurts" shows the safety advice.
    el.timer!.start();
    expect(el.timer!.state).to.equal('lead-in');
    el.timer!.reset();
    shadowButton(el, /It hurts/).click();
    await el.updateComplete;
    expect(shadowText(el, '[part=safety]')).to.contain('as far as is comfortable');
    expect(uncaught, 'nothing thrown or left unhandled').to.deep.equal([]);
  });
});
