// Gzip sizes of what a clinic page loads. Fails when the ES bundle passes the budget.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 20 * 1024;
const files = ['dist/stretch-widgets.js', 'dist/stretch-widgets.iife.js'];
if (existsSync('dist/locales')) for (const f of readdirSync('dist/locales')) files.push(`dist/locales/${f}`);

let failed = false;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('file'.padEnd(36), 'raw'.padStart(10), 'gzip'.padStart(10));
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log(file.padEnd(36), kb(raw.length).padStart(10), kb(gz).padStart(10));
  if (file === 'dist/stretch-widgets.js' && gz > BUDGET) {
    console.error(`dist/stretch-widgets.js is ${kb(gz)} gzip, over the ${kb(BUDGET)} budget.`);
    failed = true;
  }
}
console.log(`budget: dist/stretch-widgets.js ≤ ${kb(BUDGET)} gzip — ${failed ? 'OVER' : 'ok'}`);
process.exit(failed ? 1 : 0);
