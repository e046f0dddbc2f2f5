// Writes src/shared/version.ts from package.json, so the built files know
// their own version (two different versions on one page warn, naming both).
// Run by `npm run build` and by `npm version`; writes only when it changed.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../src/shared/version.ts', import.meta.url);
const text = `/** This copy's version (written from package.json by scripts/version.mjs: do not edit). */\nexport const VERSION = '${version}';\n`;
let old = '';
try {
  old = readFileSync(file, 'utf8');
} catch {}
if (old !== text) writeFileSync(file, text);
