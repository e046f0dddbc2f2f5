// Bundles the tsc output (dist/lib) into the two files a clinic page loads.
// Lit, the article's words and drawings and the timer's engine are all in the
// entry; only translations are separate files next to the ES bundle, loaded on
// demand (inlined into the classic-script build, which cannot load chunks).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { msgTrim } from './scripts/msg-trim.mjs';
import { shortProps } from './scripts/short-props.mjs';
import { readFile } from 'node:fs/promises';

const input = 'dist/lib/stretch-widgets.js';
const { version } = JSON.parse(await readFile('package.json', 'utf8'));
const LOCALE = /[\\/]generated[\\/]locales[\\/]/;
const STR = '\0locale-str:';

/**
 * Translation files that stand alone. A generated locale imports `str` from
 * @lit/localize; bundled as is, it would import it back from the entry, and
 * an entry loaded as `stretch-widgets.js?ver=6.4.2` (WordPress) would then be
 * fetched a second time without the query: the whole bundle twice. Each
 * locale file gets its own copy of `str` instead (one line), and the build
 * fails if a locale file imports anything, or anything but locales is split
 * off the entry.
 */
function selfContainedLocales() {
  return {
    name: 'self-contained-locales',
    resolveId(source, importer) {
      // One virtual module per locale file, so no two locales share (and split off) a copy.
      if (importer && LOCALE.test(importer) && !importer.startsWith(STR)) {
        if (source === '@lit/localize') return STR + importer;
        this.error(`${importer} imports "${source}": a translation file must not import anything (it would re-import the entry).`);
      }
      return null;
    },
    load(id) {
      // The same shape as @lit/localize's own str tag (its runtime checks for `strTag`).
      return id.startsWith(STR) ? 'export const str = (strings, ...values) => ({ strTag: true, strings, values });' : null;
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.isEntry) continue;
        if (!chunk.fileName.startsWith('locales/')) this.error(`${chunk.fileName} was split off the entry: first-render code must stay in it.`);
        if (chunk.imports.length || chunk.dynamicImports.length) this.error(`${chunk.fileName} imports ${chunk.imports.join(', ')}: translation files must stand alone.`);
      }
    },
  };
}

/**
 * dist/stretch-widgets.css: the optional placeholder rules that keep the page
 * from jumping while the script loads (src/stretch-widgets.css explains them),
 * minified, with one line saying what it is.
 */
function placeholderCss() {
  return {
    name: 'placeholder-css',
    async generateBundle() {
      const source = await readFile('src/stretch-widgets.css', 'utf8');
      const min = source
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{}:;,>])\s*/g, '$1')
        .replace(/;}/g, '}')
        .trim();
      this.emitFile({ type: 'asset', fileName: 'stretch-widgets.css', source: `/* stretch-widgets ${version} */\n${min}\n` });
    },
  };
}

// Templates and styles carry indentation that terser cannot touch: minify them first.
const plugins = [msgTrim(), minifyHTML(), nodeResolve({ browser: true }), shortProps()];
const minify = (module) =>
  terser({
    module,
    ecma: 2020,
    compress: { passes: 2 },
    format: { comments: false },
  });

export default [
  {
    input,
    plugins: [selfContainedLocales(), placeholderCss(), ...plugins],
    // The entry's exports (the element classes) stay as they are: no facade, no shared chunk.
    preserveEntrySignatures: 'strict',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'stretch-widgets.js',
      // Translations keep stable names (dist/locales/es.js).
      chunkFileNames: 'locales/[name].js',
      plugins: [minify(true)],
    },
  },
  {
    input,
    plugins,
    output: {
      file: 'dist/stretch-widgets.iife.js',
      format: 'iife',
      name: 'StretchWidgets',
      inlineDynamicImports: true,
      plugins: [minify(false)],
    },
  },
];
