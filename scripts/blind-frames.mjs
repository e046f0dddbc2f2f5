// Renders each frame of the stretch drawings alone, as a PNG, for a blind
// read (docs/drawings.md): the SVG only, no title, words or alt text, at a
// phone's width and pixel density, light theme. Names do not say what is drawn. Needs a build.
// --labels: the frame as the card shows it, with the words printed round the picture (the
// side, "Get ready" / "Hold", the key to the felt colour), still no title, steps or alt text.
//   node scripts/blind-frames.mjs [out-dir] [--left] [--dark] [--forced] [--labels]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { launchOptions } from './chrome.mjs';

const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const out = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/work/blind';
mkdirSync(out, { recursive: true });
const WIDTH = 360;

const { server, url } = await startServer(0, { quiet: true });
const browser = await chromium.launch(launchOptions);
try {
  const page = await browser.newPage({
    viewport: { width: WIDTH + 100, height: 900 },
    // A phone's pixel density: the card is 360 CSS px wide, drawn with twice the pixels.
    deviceScaleFactor: 2,
    colorScheme: flags.includes('--dark') ? 'dark' : 'light',
    forcedColors: flags.includes('--forced') ? 'active' : 'none',
  });
  await page.goto(`${url}/demo/index.html`);
  await page.waitForFunction(() => customElements.get('stretch-card'));
  const names = 'abcd';
  let n = 0;
  for (const exercise of ['hamstring', 'glute']) {
    // A card whose drawing is WIDTH px wide: no card padding, frames one above the other.
    await page.evaluate(
      ([exercise, width, left, dark, labels]) => {
        // The widget's own default theme: no demo styles.
        document.querySelectorAll('link[rel=stylesheet]').forEach((l) => l.remove());
        document.body.replaceChildren();
        const card = document.createElement('stretch-card');
        card.setAttribute('exercise', exercise);
        card.setAttribute('no-timer', '');
        if (left || labels) card.setAttribute('sides', left ? 'left' : 'right');
        card.id = 'card';
        // A dark page theme, as a clinic would set it (the widget's own dark defaults may differ).
        if (dark) for (const [k, v] of Object.entries({ text: '#e6eef0', surface: '#182024', 'surface-alt': '#222c31', accent: '#5fd0c8', border: '#4b5b63', muted: '#a9b8be' })) card.style.setProperty(`--stretch-${k}`, v);
        document.body.append(card);
        return card.updateComplete.then(() => {
          const frames = card.shadowRoot.querySelector('.frames');
          const pad = frames.offsetWidth - frames.clientWidth + parseFloat(getComputedStyle(frames).paddingLeft) * 2;
          card.style.setProperty('--stretch-card-padding', '0px');
          card.style.width = `${width + pad + 2}px`;
        });
      },
      [exercise, WIDTH, flags.includes('--left'), flags.includes('--dark'), flags.includes('--labels')],
    );
    await page.waitForTimeout(50);
    const svgs = page.locator('#card svg.drawing');
    for (let i = 0; i < 2; i++) {
      const path = `${out}/frame-${names[n++]}.png`;
      if (!flags.includes('--labels')) await svgs.nth(i).screenshot({ path });
      else {
        // The side label and this frame alone.
        await page.evaluate((i) => document.querySelector('#card').shadowRoot.querySelectorAll('.frame').forEach((f, k) => (f.hidden = k !== i)), i);
        await page.locator('#card .frames').screenshot({ path });
      }
    }
  }
  console.log(`wrote ${out}/frame-a.png … frame-d.png (${WIDTH} CSS px wide, 2× pixels)`);
} finally {
  await browser.close();
  server.close();
}
