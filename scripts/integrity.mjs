// Subresource Integrity (sha384) of the files a page names in a tag: the entry,
// the classic-script build and the stylesheet, plus the translation files (for
// an import map's "integrity"). Written to dist/integrity.json and printed, by
// `npm run build`. A CDN snippet's integrity="…" must be the one for its version.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';

export const TAGGED = ['stretch-widgets.js', 'stretch-widgets.iife.js', 'stretch-widgets.css'];
const dist = new URL('../dist/', import.meta.url);

export const sri = (buffer) => `sha384-${createHash('sha384').update(buffer).digest('base64')}`;

export function integrityOf() {
  const locales = existsSync(new URL('locales/', dist)) ? readdirSync(new URL('locales/', dist)).map((f) => `locales/${f}`) : [];
  return Object.fromEntries([...TAGGED, ...locales].map((f) => [f, sri(readFileSync(new URL(f, dist)))]));
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const files = integrityOf();
  writeFileSync(new URL('integrity.json', dist), `${JSON.stringify({ version, algorithm: 'sha384', files }, null, 2)}\n`);
  console.log(`Subresource Integrity, stretch-widgets ${version} (dist/integrity.json):`);
  for (const f of TAGGED) console.log(`  ${f.padEnd(24)} ${files[f]}`);
}
