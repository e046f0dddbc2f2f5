// Rollup plugin: the spaces lightningcss (minify-html-literals) leaves in our stylesheets' values
// where CSS needs none: around `*` and `/` (`calc(var(--_radius) * .75)`, `font: … / 1.5`) and
// after commas (`min(100%, 17rem)`, kept as written inside custom properties). `+` and `-` keep
// theirs (calc needs them). Only the css`` literals of our *.styles.js modules are touched; the
// build fails if one has none (then this plugin no longer sees what it was written for).
import { walk } from './ast-walk.mjs';
const STYLES = /\.styles\.js$/;

export function cssSpaces() {
  return {
    name: 'css-spaces',
    transform(code, id) {
      if (!STYLES.test(id) || id.replaceAll('\\', '/').includes('/node_modules/')) return null;
      const quasis = [];
      walk(this.parse(code), (n) => {
        if (n.type === 'TaggedTemplateExpression' && n.tag.type === 'Identifier' && n.tag.name === 'css') quasis.push(...n.quasi.quasis);
      });
      if (!quasis.length) this.error(`${id}: no css\`\` literal found; update scripts/css-spaces.mjs`);
      let out = '';
      let at = 0;
      for (const q of quasis) {
        out += code.slice(at, q.start) + code.slice(q.start, q.end).replace(/ ([*/]) /g, '$1').replace(/, /g, ',');
        at = q.end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}
