// Print checks, from real PDFs (page.pdf(): the test runner cannot make them). Run by npm test
// after the build:
// - a page with a heading and one card prints exactly one page, tick-box log included, with no
//   blank first page (so: one page), in A4 in every language (and US Letter in English and
//   Spanish), for every stretch;
// - that page carries the stop rule and the red flags;
// - the demo page (a routine and cards of the same stretches) prints each stretch once.
// Pages are counted from the PDF itself (its page tree), so no PDF tools are needed.
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { launchOptions } from './chrome.mjs';
import { allLocales } from '../dist/lib/generated/locale-codes.js';

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

/** Pages in a PDF: the /Count of its root page tree (Chromium writes one flat tree). */
function pageCount(pdf) {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  if (!counts.length) throw new Error('no page tree found in the PDF');
  return Math.max(...counts);
}

// Chrome's own default margins are about 1 cm.
const pdfOptions = (format) => ({ format, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });

async function ready(page) {
  await page.waitForFunction(() => ['hold-timer', 'stretch-card', 'stretch-routine'].every((t) => customElements.get(t)));
  await page.evaluate(() => Promise.all([...document.querySelectorAll('stretch-card, stretch-routine, hold-timer')].map((el) => el.updateComplete)));
}

async function setLanguage(page, lang) {
  if (lang === 'en') return;
  await page.evaluate(async (l) => {
    const done = new Promise((r) => window.addEventListener('lit-localize-status', (e) => e.detail.status === 'ready' && r()));
    document.documentElement.lang = l;
    await done;
    await Promise.all([...document.querySelectorAll('stretch-card')].map((el) => el.updateComplete));
  }, lang);
}

const { server, url } = await startServer(0, { quiet: true });
const browser = await chromium.launch(launchOptions);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => check(false, `page error: ${e.message}`));

  for (const exercise of ['hamstring', 'glute']) {
    for (const lang of allLocales) {
      await page.goto(`${url}/demo/handout.html?exercise=${exercise}`);
      await ready(page);
      await setLanguage(page, lang);
      // A4 in every language (the handout's promise); US Letter, shorter, in the languages of US clinics.
      for (const format of ['en', 'es'].includes(lang) ? ['A4', 'Letter'] : ['A4']) {
        const pages = pageCount(await page.pdf(pdfOptions(format)));
        check(pages === 1, `<h1> + ${exercise} card, ${lang}, ${format}: ${pages} page(s), want exactly 1 (no blank first page, log on the same page)`);
      }
    }
    // What is on that page (English): everything of the handout is shown in print.
    await page.goto(`${url}/demo/handout.html?exercise=${exercise}`);
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const root = document.querySelector('stretch-card').shadowRoot;
      const shown = (el) => el.getClientRects().length > 0;
      const text = [...root.querySelectorAll('*')].filter((el) => shown(el) && el.children.length === 0).map((el) => el.textContent.trim()).join(' ');
      return { text, logBoxes: [...root.querySelectorAll('table.log td')].filter(shown).length, buttons: [...root.querySelectorAll('button')].filter(shown).length };
    });
    await page.emulateMedia({ media: null });
    check(printed.logBoxes === 14, `${exercise}: the tick-box log prints: 7 days × 2 sessions (${printed.logBoxes} boxes)`);
    check(printed.buttons === 0, `${exercise}: no buttons print`);
    for (const words of ['Stop and call your physiotherapist or clinic if the pain gets worse', 'numbness or tingling spreads', 'Get emergency help now', 'numbness around your bottom or genitals', 'bladder or bowels', 'both legs']) {
      check(printed.text.includes(words), `${exercise}: the printed card says "${words}"`);
    }
  }

  // The demo article: a routine (its own copies of the stretches) and a card for each stretch.
  await page.goto(`${url}/demo/`);
  await ready(page);
  const pdf = await page.pdf(pdfOptions('A4'));
  await page.emulateMedia({ media: 'print' });
  const cards = await page.evaluate(() => {
    const all = [...document.querySelectorAll('stretch-card')];
    for (const r of document.querySelectorAll('stretch-routine')) all.push(...r.shadowRoot.querySelectorAll('stretch-card'));
    return all.filter((c) => c.getClientRects().length > 0).map((c) => c.exercise);
  });
  await page.emulateMedia({ media: null });
  check(JSON.stringify(cards.sort()) === JSON.stringify(['glute', 'hamstring']), `demo page: each stretch prints once (${cards.join(', ')})`);
  const pages = pageCount(pdf);
  check(pages <= 4, `demo page: ${pages} pages (the article and routine, then one page per stretch)`);
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(`print: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('print: all checks passed');
