// Gzip sizes of what a clinic page loads. Fails when the ES bundle passes the budget.
// The bundle defines all three elements; the timer's engine (on a page with a timer)
// and the article's words and drawings (per stretch shown) follow as separate files.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 20 * 1024;
const MAIN = 'dist/stretch-widgets.js';
const list = (dir) => (existsSync(dir) ? readdirSync(dir).map((f) => `${dir}/${f}`) : []);
const files = [MAIN, 'dist/stretch-widgets.iife.js', ...list('dist/chunks'), ...list('dist/locales')];

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
const chunks = list('dist/chunks');
const sum = (pred) => gz[MAIN] + chunks.filter((f) => pred(f)).reduce((n, f) => n + gz[f], 0);
console.log(`a page with only <hold-timer> loads:        ${kb(sum((f) => f.includes('timer-driver')))}`);
console.log(`a page with all three elements loads (en):  ${kb(sum(() => true))}`);
const over = gz[MAIN] > BUDGET;
console.log(`budget: ${MAIN} ≤ ${kb(BUDGET)} gzip — ${over ? 'OVER' : 'ok'} (${kb(gz[MAIN])})`);
if (over) console.error(`${MAIN} is ${kb(gz[MAIN])} gzip, over the ${kb(BUDGET)} budget.`);
process.exit(over ? 1 : 0);
