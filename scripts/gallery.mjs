// The theme gallery (demo/themes.html: four clinic sites, one of them dark) as a visitor sees it,
// light and dark, left to right and right to left, at a phone's and a desktop's width: axe finds
// no text below WCAG AA contrast anywhere on it, widgets included (open shadow roots). Run by npm test.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { startServer } from './serve.mjs';
import { launchOptions } from './chrome.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

const { server, url } = await startServer(0, { quiet: true });
const browser = await chromium.launch(launchOptions);
try {
  for (const colorScheme of ['light', 'dark']) {
    for (const [width, query] of [[320, ''], [1280, ''], [1280, '?lang=ar']]) {
      // axe is the test's own script, not the page's: let it past the page's CSP.
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${url}/demo/themes.html${query}`);
      await page.waitForFunction(() => customElements.get('stretch-card'));
      // A translation loads on demand: wait until every card shows the page's language.
      await page.waitForFunction(() => [...document.querySelectorAll('stretch-card')].every((c) => c.shadowRoot?.firstElementChild?.getAttribute('lang') === (document.documentElement.lang === 'ar' ? 'ar' : 'en')));
      const cards = await page.evaluate(async () => {
        const els = [...document.querySelectorAll('stretch-card')];
        await Promise.all(els.map((el) => el.updateComplete));
        return els.filter((el) => el.shadowRoot.querySelector('ol.steps li')).length;
      });
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(async () => {
        const r = await window.axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } });
        return {
          failures: r.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' > ')}: ${n.any.map((a) => a.message).join('; ')}`)),
          passed: r.passes.reduce((sum, p) => sum + p.nodes.length, 0),
          unsure: r.incomplete.flatMap((v) => v.nodes.map((n) => n.target.join(' > '))),
          // What axe leaves undecided (the ring's number and unit: the SVG ring sits under them), measured here.
          ring: [...document.querySelectorAll('stretch-card')].flatMap((card) => {
            const t = card.shadowRoot.querySelector('hold-timer').shadowRoot;
            const ctx = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d');
            const lum = (c) => {
              ctx.fillStyle = c;
              ctx.fillRect(0, 0, 1, 1);
              const [r, g, b] = [...ctx.getImageData(0, 0, 1, 1).data].map((v) => v / 255);
              const lin = (v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
              return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
            };
            const bg = lum(getComputedStyle(t.querySelector('.timer')).backgroundColor);
            return ['.seconds', '.unit'].map((sel) => {
              const fg = lum(getComputedStyle(t.querySelector(sel)).color);
              return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
            });
          }),
        };
      });
      const where = `themes.html${query}, ${width} px, ${colorScheme}`;
      check(cards === 4, `${where}: the four clinics' cards render (${cards})`);
      // At least about 20 texts per card (English has ~37, Arabic's fuller sentences make ~22): a run that saw
      // far fewer did not look inside the widgets.
      check(result.failures.length === 0 && result.passed > 80, `${where}: axe colour contrast: ${result.failures.length} failures, ${result.passed} texts pass ${result.failures.join(' | ')}`);
      const undecided = result.unsure.filter((t) => !/hold-timer(?:\[[^\]]*\])+,\.(?:range\.)?(?:seconds|unit)/.test(t.replace(/\s*>\s*/g, ',')));
      check(undecided.length === 0, `${where}: axe could judge every other text ${undecided.join(' | ')}`);
      check(result.ring.length === 8 && Math.min(...result.ring) >= 4.5, `${where}: the timers' numbers and units, measured: ${result.ring.map((r) => r.toFixed(1)).join(', ')}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(`gallery: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('gallery: all checks passed');
