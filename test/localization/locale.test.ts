import { expect } from '@open-wc/testing';
import { matchLocale } from '../../src/localization/locale.js';

describe('matchLocale', () => {
  it('takes an exact match, then the language, then English', () => {
    expect(matchLocale('es')).to.equal('es');
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('ES_ar')).to.equal('es');
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('fr-CA')).to.equal('en');
    expect(matchLocale('')).to.equal('en');
    expect(matchLocale(null)).to.equal('en');
  });
});
