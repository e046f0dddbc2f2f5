// Gzip sizes of what a clinic page downloads, all in. The English page (as
// README.md tells clinics to make it) loads the placeholder stylesheet and the
// entry (words, drawings, safety advice and the timer's engine are in it);
// another language adds its translation file; a classic-script page loads the
// IIFE build instead of the entry (and, in another language, the same translation file). Fails when the English page is over budget,
// or when anything but translations was split off the entry.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// 25 KB is the goal (issue 9). Hands-free guidance, eight languages, any brand colour and dark pages,
// print handouts and two-frame drawings took the English page to about 26.9 KB; two size passes (Lit's unused
// parts left out, shared stylesheets together, dead code) took it to about 25.3 KB, the tapered drawings to 25.7 KB,
// the rest of the second pass (more of Lit left out, implied end tags) to 25.2 KB, the redrawn drawings to 25.3 KB,
// a third pass (more of Lit left out, terser options, stylesheet spaces, what was said twice) to 24.9 KB.
// The budget is the goal: any growth past 25 KB fails CI.
const BUDGET = 25 * 1024;
const MAIN = 'dist/stretch-widgets.js';
const CSS = 'dist/stretch-widgets.css';
const IIFE = 'dist/stretch-widgets.iife.js';
const list = (dir) => (existsSync(dir) ? readdirSync(dir).map((f) => `${dir}/${f}`) : []);
const extra = list('dist/chunks');
const locales = list('dist/locales');
const files = [MAIN, CSS, IIFE, ...extra, ...locales];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = {};
console.log('file'.padEnd(44), 'raw'.padStart(9), 'gzip'.padStart(9));
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
  const raw = readFileSync(file);
  gz[file] = gzipSync(raw, { level: 9 }).length;
  console.log(file.padEnd(44), kb(raw.length).padStart(9), kb(gz[file]).padStart(9));
}
if (extra.length) console.error(`dist/chunks/ should not exist: first-render code must be in the entry (${extra.join(', ')}).`);
const english = gz[MAIN] + gz[CSS];
const worstLocale = Math.max(0, ...locales.map((f) => gz[f]));
console.log(`an English page with all three elements downloads:  ${kb(english)} (entry ${kb(gz[MAIN])} + stylesheet ${kb(gz[CSS])})`);
console.log(`a page in another language, at most:                ${kb(english + worstLocale)}`);
console.log(`a classic-script page in English:                  ${kb(gz[IIFE] + gz[CSS])}`);
console.log(`a classic-script page in another language, at most: ${kb(gz[IIFE] + gz[CSS] + worstLocale)}`);
const over = english > BUDGET;
console.log(`budget: English page ≤ ${kb(BUDGET)} gzip, all in — ${over ? 'OVER' : 'ok'} (${kb(english)}, ${BUDGET - english} bytes to spare)`);
if (over) console.error(`The English page downloads ${kb(english)} gzip, over the ${kb(BUDGET)} budget.`);
process.exit(over || extra.length ? 1 : 0);
