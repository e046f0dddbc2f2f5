// Screenshots for checking the look by eye (not part of npm test): the theme gallery at
// 320 and 1280 px in light, dark, forced colours (light and dark) and right to left, and
// printed handouts as PDF pages turned into PNGs (needs pdftoppm, from poppler-utils).
//   node scripts/shots.mjs [out-dir]     (default .tmp/shots; run npm run build first)
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { startServer } from './serve.mjs';
import { launchOptions } from './chrome.mjs';

const out = process.argv[2] || '.tmp/shots';
mkdirSync(out, { recursive: true });
const { server, url } = await startServer(0, { quiet: true });
const browser = await chromium.launch(launchOptions);

async function open(path, width, media = {}) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.emulateMedia(media);
  await page.goto(`${url}${path}`);
  await page.waitForFunction(() => customElements.get('stretch-card'));
  // A translation loads on demand: wait until every card shows the page's language.
  await page.waitForFunction(() => [...document.querySelectorAll('stretch-card')].every((c) => c.shadowRoot?.firstElementChild?.getAttribute('lang') === (document.documentElement.lang === 'ar' ? 'ar' : 'en')));
  await page.evaluate(() => Promise.all([...document.querySelectorAll('stretch-card, hold-timer, stretch-routine')].map((el) => el.updateComplete)));
  return page;
}

const looks = {
  light: { colorScheme: 'light' },
  dark: { colorScheme: 'dark' },
  'forced-light': { colorScheme: 'light', forcedColors: 'active' },
  'forced-dark': { colorScheme: 'dark', forcedColors: 'active' },
};
try {
  for (const width of [320, 1280]) {
    for (const [name, media] of Object.entries(looks)) {
      const page = await open('/demo/themes.html', width, media);
      await page.screenshot({ path: `${out}/themes-${width}-${name}.png`, fullPage: true });
      await page.close();
    }
    const page = await open('/demo/themes.html?lang=ar', width, looks.light);
    await page.screenshot({ path: `${out}/themes-${width}-rtl.png`, fullPage: true });
    await page.close();
  }
  // Print: the demo article, and the print-test pages.
  for (const [name, path] of [['demo', '/demo/'], ['hamstring', '/demo/handout.html'], ['glute', '/demo/handout.html?exercise=glute']]) {
    const page = await open(path, 1280);
    const pdf = `${out}/print-${name}.pdf`;
    writeFileSync(pdf, await page.pdf({ format: 'A4', margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } }));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${out}/print-${name}`]);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`shots in ${out}`);
