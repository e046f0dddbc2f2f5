// Screenshots a local HTML file (a preview page) to a PNG: node scripts/shot-file.mjs in.html out.png [width]
import { chromium } from 'playwright-core';
import { launchOptions } from './chrome.mjs';
const [file, out, width = '900'] = process.argv.slice(2);
const browser = await chromium.launch(launchOptions);
const page = await browser.newPage({ viewport: { width: +width, height: 400 } });
await page.goto(`file://${file}`);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
