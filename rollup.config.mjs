// Bundles the tsc output (dist/lib) into the two files a clinic page loads.
// Lit, the article's words and drawings and the timer's engine are all in the
// entry; only translations are separate files next to the ES bundle, loaded on
// demand by either build (the classic script by URL, see classicLocales()).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { msgTrim } from './scripts/msg-trim.mjs';
import { shortProps } from './scripts/short-props.mjs';
import { litTrim } from './scripts/lit-trim.mjs';
import { cssSpaces } from './scripts/css-spaces.mjs';
import { readFile } from 'node:fs/promises';

const input = 'dist/lib/stretch-widgets.js';
const LOCALE = /[\\/]generated[\\/]locales[\\/]/;
const STR = '\0locale-str:';
const HASH = '\0locale-hash:';
const RAW_ID = '\0raw-msg-id';
const LOCALIZE = 'node_modules/@lit/localize/internal/';

/**
 * Translation files that stand alone, and an English page without the code
 * only translations need.
 *
 * 1. A generated locale imports `str` from @lit/localize; bundled as is, it
 *    would import it back from the entry, and an entry loaded as
 *    `stretch-widgets.js?ver=6.4.2` (WordPress) would then be fetched a second
 *    time without the query: the whole bundle twice. Each locale file gets its
 *    own copy of `str` instead (one line).
 * 2. @lit/localize finds a translation by hashing the English message
 *    (fnv1a64) on every lookup; an English page never looks one up. So the
 *    entry's msg() lookup asks for the message's own text (marked with \x1f),
 *    and each locale file hashes it, with @lit/localize's own hash code: its
 *    `templates` answer both that and an explicit id (`secs.one`).
 * The build fails if a locale file imports anything, if anything but locales
 * is split off the entry, or if either rewrite did not happen.
 */
function selfContainedLocales() {
  const done = { wrapped: new Set() };
  return {
    name: 'self-contained-locales',
    resolveId(source, importer) {
      // One virtual module per locale file, so no two locales share (and split off) a copy.
      if (importer && LOCALE.test(importer) && !importer.startsWith('\0')) {
        if (source === '@lit/localize') return STR + importer;
        if (source === HASH) return HASH + importer;
        this.error(`${importer} imports "${source}": a translation file must not import anything (it would re-import the entry).`);
      }
      return null;
    },
    async load(id) {
      // The same shape as @lit/localize's own str tag (its runtime checks for `strTag`).
      if (id.startsWith(STR)) return 'export const str = (strings, ...values) => ({ strTag: true, strings, values });';
      if (id.startsWith(HASH)) {
        const fnv = await readFile(`${LOCALIZE}fnv1a64.js`, 'utf8');
        const ids = await readFile(`${LOCALIZE}id-generation.js`, 'utf8');
        const importLine = "import { fnv1a64 } from './fnv1a64.js';";
        if (!ids.includes(importLine)) this.error(`${LOCALIZE}id-generation.js changed: update rollup.config.mjs`);
        return `${fnv}\n${ids.replace(importLine, '')}`;
      }
      return null;
    },
    transform(code, id) {
      if (!LOCALE.test(id) || id.startsWith('\0')) return null;
      if (!code.includes('export const templates = {')) this.error(`${id}: no "export const templates = {" to wrap`);
      done.wrapped.add(id);
      return `import { generateMsgId } from '${HASH}';\n${code.replace('export const templates = {', 'const byId = {')}
const ids = new Map();
export const templates = new Proxy(byId, {
  get(t, key) {
    if (typeof key !== 'string' || key[0] !== '\\x1f') return t[key];
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = generateMsgId(key.slice(2), key[1] === 'h')));
    return t[id];
  },
});
`;
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        if (chunk.isEntry) continue;
        if (!chunk.fileName.startsWith('locales/')) this.error(`${chunk.fileName} was split off the entry: first-render code must stay in it.`);
        if (chunk.imports.length || chunk.dynamicImports.length) this.error(`${chunk.fileName} imports ${chunk.imports.join(', ')}: translation files must stand alone.`);
        if (!chunk.moduleIds.some((m) => done.wrapped.has(m))) this.error(`${chunk.fileName}: its templates were not wrapped`);
      }
    },
  };
}

/**
 * Both builds take @lit/localize's runtime from src/localization/msg-runtime.ts (the part we
 * use, small), and (rewrite 2 above) its msg() asks by the message's own text, not its hash.
 */
const MSG_RUNTIME = 'dist/lib/localization/msg-runtime.js';
function rawMsgIds() {
  let done = false;
  return {
    name: 'raw-msg-ids',
    resolveId(source, importer) {
      if (!importer || LOCALE.test(importer) || importer.startsWith('\0')) return null;
      if (source === '@lit/localize') return this.resolve(`./${MSG_RUNTIME}`, undefined, { skipSelf: true });
      if (source !== '@lit/localize/internal/id-generation.js' || !importer.replaceAll('\\', '/').endsWith(MSG_RUNTIME)) return null;
      done = true;
      return RAW_ID;
    },
    load(id) {
      return id === RAW_ID ? "export const generateMsgId = (s, html) => '\\x1f' + (html ? 'h' : 's') + (typeof s === 'string' ? s : s.join('\\x1e'));" : null;
    },
    generateBundle(_, bundle) {
      if (!done) this.error(`${MSG_RUNTIME} no longer imports @lit/localize/internal/id-generation.js: update rollup.config.mjs`);
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && chunk.code.includes('charCodeAt')) this.error(`${chunk.fileName} still holds the translation hash (fnv1a64)`);
      }
    },
  };
}

/**
 * dist/stretch-widgets.css: the optional placeholder rules that keep the page
 * from jumping while the script loads (src/stretch-widgets.css explains them),
 * minified (its folder or URL carries the version: every byte counts against the page budget).
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
      this.emitFile({ type: 'asset', fileName: 'stretch-widgets.css', source: `${min}\n` });
    },
  };
}

/**
 * The classic-script build loads the same translation files as the ES build
 * (dist/locales/<lang>.js, self-contained modules), on demand: a dynamic
 * import() of their URL, resolved against the script's own src, captured as
 * it loads (document.currentScript is only set then). So a classic-script
 * page in English is about the ES page's size, and a page in Spanish adds
 * one file, as with the ES build; a failed load falls back to English with
 * locale.ts's one warning. The build fails if a locale is inlined.
 */
const BASE = '__stretchWidgetsBase';
function classicLocales() {
  let external = 0;
  return {
    name: 'classic-locales',
    resolveDynamicImport(specifier, importer) {
      const m = typeof specifier === 'string' && /^\.\.\/generated\/locales\/([\w-]+)\.js$/.exec(specifier);
      if (!m || !importer || !/[\\/]localization[\\/]locale\.js$/.test(importer)) return null;
      external++;
      return { id: `locales/${m[1]}.js`, external: true };
    },
    renderDynamicImport({ targetModuleId }) {
      if (!targetModuleId?.startsWith('locales/')) return null;
      return { left: 'import(new URL(', right: `,${BASE}).href)` };
    },
    generateBundle(_, bundle) {
      if (!external) this.error('no translation was made a separate file: update classicLocales() in rollup.config.mjs');
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.moduleIds.some((m) => LOCALE.test(m))) this.error(`${chunk.fileName} inlines a translation`);
      }
    },
  };
}

// Templates and styles carry indentation that terser cannot touch: minify them first
// (and unquote attribute values that need no quotes: part=base, as HTML allows and Lit parses;
// and leave out end tags HTML implies, </li> at a template's end, </p> before <p> or <ul>: the
// parsed template is the same DOM).
const plugins = () => [rawMsgIds(), msgTrim(), minifyHTML({ options: { minifyOptions: { removeAttributeQuotes: true, removeOptionalTags: true } } }), cssSpaces(), nodeResolve({ browser: true }), litTrim(), shortProps()];
const minify = (module) =>
  terser({
    module,
    ecma: 2020,
    // keep_fargs: nothing of ours or Lit's reads a function's .length. inline: 1 inlines only functions
    // without parameters: inlining those with parameters turned each into a call of a function expression
    // in place, which measured 18 B gzip larger. pure_getters: no property of ours or Lit's is read for a
    // getter's side effect alone (what it changed in the output was checked: one unused destructured field
    // dropped, msg() calls merged across conditionals).
    compress: { passes: 3, keep_fargs: false, inline: 1, pure_getters: true },
    format: { comments: false },
  });

export default [
  {
    input,
    plugins: [selfContainedLocales(), placeholderCss(), ...plugins()],
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
    plugins: [classicLocales(), ...plugins()],
    output: {
      file: 'dist/stretch-widgets.iife.js',
      format: 'iife',
      name: 'StretchWidgets',
      inlineDynamicImports: true,
      // Captured while the script runs; a locale URL resolves against it (the page's, if the script has no src).
      intro: `const ${BASE} = document.currentScript?.src || document.baseURI;`,
      plugins: [minify(false)],
    },
  },
];
