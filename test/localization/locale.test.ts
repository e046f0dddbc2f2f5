import { expect } from '@open-wc/testing';
import { localeDir, matchLocale } from '../../src/localization/locale.js';
import { allLocales } from '../../src/generated/locale-codes.js';

describe('matchLocale', () => {
  it('offers the eight languages under their own codes', () => {
    expect([...allLocales].sort()).to.deep.equal(['ar', 'de', 'en', 'es', 'fr', 'it', 'pt', 'zh-Hans']);
    for (const l of allLocales) expect(matchLocale(l)).to.equal(l);
  });

  it('takes the language whatever the region, in any case, with _ or -', () => {
    const cases: [string, string][] = [
      ['es-MX', 'es'], ['ES_ar', 'es'], ['es-419', 'es'],
      ['pt-BR', 'pt'], ['pt-PT', 'pt'], ['pt_br', 'pt'],
      ['fr-CA', 'fr'], ['fr-BE', 'fr'], ['de-AT', 'de'], ['de-CH', 'de'], ['it-CH', 'it'],
      ['ar-EG', 'ar'], ['ar-SA', 'ar'], ['ar-MA', 'ar'],
      ['en-GB', 'en'], ['en-US', 'en'],
    ];
    for (const [tag, locale] of cases) expect(matchLocale(tag), tag).to.equal(locale);
  });

  it('gives Simplified Chinese to zh, zh-CN, zh-SG and zh-Hans', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-MY', 'zh-Hans', 'zh-Hans-CN', 'ZH-hans', 'zh_CN']) expect(matchLocale(tag), tag).to.equal('zh-Hans');
  });

  it('gives English, not Simplified Chinese, to Traditional Chinese (zh-TW, zh-HK, zh-MO, zh-Hant)', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK']) expect(matchLocale(tag), tag).to.equal('en');
  });

  it('gives English to languages we do not have, and to missing or broken tags', () => {
    for (const tag of ['ja', 'ko', 'nl', 'ru', 'he', 'sr-Latn', '', '   ', 'english', 'x-klingon', '12', null, undefined]) {
      expect(matchLocale(tag), String(tag)).to.equal('en');
    }
  });
});

describe('localeDir', () => {
  it('is rtl for Arabic only among ours', () => {
    expect(localeDir('ar')).to.equal('rtl');
    for (const l of ['en', 'es', 'fr', 'de', 'pt', 'it', 'zh-Hans']) expect(localeDir(l), l).to.equal('ltr');
  });
});
