// Where the English page's entry bytes are: the ES entry is built again with
// rollup.config.mjs's own plugins and a source map, each byte of the minified
// output is given to the module it came from, and each group's share of the
// gzip total is its own gzip size scaled to that total (gzip sizes of parts do
// not add up: the numbers are shares, for deciding where to look, not exact).
// `node scripts/size-breakdown.mjs` (after `npm run build`: it reads dist/lib);
// `--files` lists every module instead of the groups.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import configs from '../rollup.config.mjs';

const GROUPS = [
  ['Lit (lit-html, reactive-element, css-tag, lit-element)', /node_modules\/(lit-html|lit-element|@lit\/reactive-element|lit)\//],
  ['localization (locale choice, formatters, plurals, msg runtime)', /localization\/|generated\/|node_modules\/@lit\/localize\//],
  ['styles: shared theme, buttons, each element, drawings', /\.styles\.js$/],
  ["the elements' English sentences (*.text, narration)", /\.text\.js$|narration\.js$/],
  ["the article's words, safety advice, drawings", /content\//],
  ["the timer's engine (src/core)", /core\//],
  ['cues, speech, sound, wake lock, scheduler, progress, storage, warnings, define', /shared\/|progress-store|timer-driver/],
  ["the three elements' code and templates", /components\/|lib\/[\w-]+\.js$/],
];
const byFile = process.argv.includes('--files');
const cfg = configs[0];
const bundle = await rollup({ input: cfg.input, plugins: cfg.plugins, preserveEntrySignatures: cfg.preserveEntrySignatures, onwarn() {} });
const { output } = await bundle.generate({ ...cfg.output, sourcemap: true });
const entry = output.find((c) => c.type === 'chunk' && c.isEntry);
const code = entry.code.replace(/\n\/\/# sourceMappingURL=.*$/, '');
const map = new TraceMap(entry.map);
const parts = new Map();
const name = (source) => {
  if (!source) return '(rollup)';
  const path = source.replaceAll('\\', '/');
  if (byFile) return path.replace(/^.*?node_modules\//, 'node_modules/').replace(/^.*?dist\/lib\//, '');
  return GROUPS.find(([, re]) => re.test(path))?.[0] ?? path;
};
code.split('\n').forEach((line, l) => {
  for (let c = 0; c < line.length; c++) {
    const at = originalPositionFor(map, { line: l + 1, column: c, bias: 1 });
    const key = name((at.source ? at : originalPositionFor(map, { line: l + 1, column: c })).source);
    parts.set(key, (parts.get(key) ?? '') + line[c]);
  }
});
const total = gzipSync(code, { level: 9 }).length;
const rows = [...parts].map(([k, s]) => [k, s.length, gzipSync(s, { level: 9 }).length]);
const sum = rows.reduce((n, r) => n + r[2], 0);
rows.sort((a, b) => b[2] - a[2]);
console.log(`entry: ${code.length} bytes, ${total} gzip; shares of the gzip total:`);
for (const [k, raw, gz] of rows) console.log(`${(Math.round((gz * total) / sum) / 1024).toFixed(2).padStart(6)} KB  ${String(raw).padStart(6)} raw  ${k}`);
