// Bundles the tsc output (dist/lib) into the two files a clinic page loads.
// Lit, the article's words and drawings and the timer's engine are all in the
// entry; only translations are separate files next to the ES bundle, loaded on
// demand (inlined into the classic-script build, which cannot load chunks).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { msgTrim } from './scripts/msg-trim.mjs';
import { shortProps } from './scripts/short-props.mjs';

const input = 'dist/lib/stretch-widgets.js';
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
    plugins,
    // Let the bundle export the few helpers its translation files import, instead of a facade + shared chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'stretch-widgets.js',
      // Translations keep stable names (dist/locales/es.js); anything else split off would land in chunks/, which size.mjs rejects.
      chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => id.includes('/generated/locales/')) ? 'locales/[name].js' : 'chunks/[name]-[hash].js'),
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
