// `npm run release`: after a build, writes release/stretch-widgets-<version>.zip,
// the archive a clinic uploads: the built files in a folder named for the
// version (stretch-widgets-<version>/), with a plain-words README.txt and the
// LICENSE. Then brings README.md's version numbers and its CDN snippet's
// integrity hashes up to date with this build, and prints the snippet.
// Runs before `npm publish` too (prepublishOnly), so the README that npm and
// the CDNs show has the hashes of the files they serve.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { integrityOf } from './integrity.mjs';

const root = new URL('..', import.meta.url);
// --out <dir>: write the archive elsewhere; --keep-readme: leave README.md alone (the pack test uses both).
const args = process.argv.slice(2);
const outDir = args.includes('--out') ? pathToFileURL(`${resolve(args[args.indexOf('--out') + 1])}/`) : new URL('release/', root);
const keepReadme = args.includes('--keep-readme');
const read = (path) => readFileSync(new URL(path, root));
const { version } = JSON.parse(read('package.json'));
const folder = `stretch-widgets-${version}`;

// A build of this version, whose integrity.json is of these very files.
const recorded = JSON.parse(read('dist/integrity.json'));
const actual = integrityOf();
if (recorded.version !== version || JSON.stringify(recorded.files) !== JSON.stringify(actual)) {
  console.error('dist/ does not match dist/integrity.json or package.json: run `npm run build` first.');
  process.exit(1);
}

const fill = (text) => text.replaceAll('{{version}}', version).replace(/\{\{sri:([^}]+)\}\}/g, (_, file) => actual[file]);
const files = [
  ...['stretch-widgets.js', 'stretch-widgets.css', 'stretch-widgets.iife.js', 'integrity.json'].map((f) => [f, read(`dist/${f}`)]),
  ...readdirSync(new URL('dist/locales/', root)).map((f) => [`locales/${f}`, read(`dist/locales/${f}`)]),
  ['README.txt', Buffer.from(fill(read('scripts/release-readme.txt').toString()))],
  ['LICENSE', read('LICENSE')],
];

/** A standard zip (deflate, UTF-8 names), written with Node alone so CI needs no zip program. */
function zip(entries, when = new Date()) {
  const time = (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1);
  const date = ((when.getFullYear() - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate();
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed
    common.writeUInt16LE(0x0800, 2); // UTF-8 names
    common.writeUInt16LE(8, 4); // deflate
    common.writeUInt16LE(time, 6);
    common.writeUInt16LE(date, 8);
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(packed.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(nameBytes.length, 22);
    common.writeUInt16LE(0, 24); // extra
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), common, nameBytes, packed]);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix
    common.copy(central, 6);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local);
    centrals.push(Buffer.concat([central, nameBytes]));
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

mkdirSync(outDir, { recursive: true });
const archive = new URL(`${folder}.zip`, outDir);
writeFileSync(archive, zip(files.map(([name, data]) => [`${folder}/${name}`, data])));

// README.md: every pinned version is this one, and the CDN snippet carries this build's hashes.
const cdn = `https://cdn.jsdelivr.net/npm/stretch-widgets@${version}/dist`;
const snippet = [
  '```html',
  `<link rel="stylesheet" href="${cdn}/stretch-widgets.css"`,
  `      integrity="${actual['stretch-widgets.css']}" crossorigin="anonymous">`,
  `<script type="module" src="${cdn}/stretch-widgets.js"`,
  `        integrity="${actual['stretch-widgets.js']}" crossorigin="anonymous"></script>`,
  '```',
].join('\n');
const readme = read('README.md').toString();
const updated = readme
  .replace(/(<!-- cdn-snippet[^>]*-->\n)[\s\S]*?(\n<!-- \/cdn-snippet -->)/, `$1${snippet}$2`)
  .replace(/stretch-widgets-\d+\.\d+\.\d+(-[\w.]+)?(?=[/.`\s])/g, folder)
  .replace(/stretch-widgets@\d+\.\d+\.\d+(-[\w.]+)?/g, `stretch-widgets@${version}`);
if (!/<!-- cdn-snippet/.test(readme)) console.warn('README.md has no <!-- cdn-snippet --> block to update.');
if (updated !== readme && !keepReadme) writeFileSync(new URL('README.md', root), updated);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const shown = archive.pathname.startsWith(root.pathname) ? archive.pathname.slice(root.pathname.length) : archive.pathname;
console.log(`${shown} (${kb(readFileSync(archive).length)}): ${folder}/ with ${files.map(([f]) => f).join(', ')}`);
const state = updated === readme ? 'already up to date' : keepReadme ? 'out of date (left alone: --keep-readme)' : 'updated';
console.log(`README.md ${state}: the CDN snippet for ${version}:\n${snippet}`);
