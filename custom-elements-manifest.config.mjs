// custom-elements.json: what editors, Storybook and framework wrappers read
// about our elements. The JSDoc on each class (@fires, @csspart,
// @cssproperty, @slot) is the source; the plugin below makes the manifest
// match the code and the package:
// - public API only: no private, protected, static, #members or internal hooks, no internal modules;
// - paths of files the package ships (dist/lib/*.js, next to their .d.ts);
// - every event typed from the element's event map (`CustomEvent<HoldEndDetail>`);
// - attributes the element reflects itself (hold-timer's `state`);
// - parts as the templates render them: a documented part no template renders
//   is dropped, loudly; parts a parent re-exports from its children
//   (`exportparts`) are added, described from the child's;
// - CSS custom properties as the styles really read them: the site-wide
//   tokens and the component ones, with defaults; a documented token no style
//   reads is dropped, loudly.
// `npm run e2e` checks the parts against the rendered elements.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const ELEMENTS = ['hold-timer', 'stretch-card', 'stretch-routine'];
/**
 * Hooks between our own pieces, public in TypeScript only so another module
 * of ours can call them: never API. (Mark new ones `@internal`, or make them
 * #private; these are listed because older code has them public.)
 */
const INTERNAL = new Set(['setAnnouncement', 'refreshView', 'prefs', 'defaults', 'effectiveDosage']);

/** What the site-wide tokens are for (README.md › Theming says the same). */
const TOKEN_DOCS = {
  '--stretch-accent': 'Brand colour: buttons, the ring, step numbers.',
  '--stretch-on-accent': 'Text on the accent colour.',
  '--stretch-text': 'Text colour.',
  '--stretch-muted': 'Secondary text.',
  '--stretch-surface': 'Background.',
  '--stretch-surface-alt': 'Secondary background (chips, the "when" box, the drawing).',
  '--stretch-border': 'Lines and borders.',
  '--stretch-caution': 'The "Take care" box: heading and edge.',
  '--stretch-caution-surface': 'The "Take care" box: background.',
  '--stretch-danger': 'The "It hurts" button and the safety panel.',
  '--stretch-focus': 'Focus ring.',
  '--stretch-font': 'Font family (the page\'s font when unset).',
  '--stretch-radius': 'Corner radius.',
  '--stretch-space': 'Spacing unit.',
  '--stretch-shadow': 'Shadow of cards and boxes.',
  '--stretch-drawing-figure': 'The person in the drawing.',
  '--stretch-drawing-fill': 'Inside of the figure\'s outline.',
  '--stretch-drawing-prop': 'The towel or belt in the drawing.',
  '--stretch-drawing-floor': 'The floor line in the drawing.',
  '--stretch-drawing-highlight': 'The muscle being stretched, in the drawing.',
  '--stretch-drawing-motion': 'Arrows showing the movement, in the drawing.',
};

const read = (path) => readFileSync(path, 'utf8');
const toDist = (path) => normalize(path).replace(/^src\//, 'dist/lib/').replace(/\.ts$/, '.js');
const warn = (message) => console.warn(`custom-elements.json: ${message}`);

/** `import { a, b as c } from './x.js'` → { a: 'dir/x.ts', c: 'dir/x.ts' } */
function importsOf(source, file) {
  const names = {};
  for (const [, list, from] of source.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    if (!from.startsWith('.')) continue;
    for (const item of list.split(',')) {
      const local = item.trim().split(/\s+as\s+/).pop()?.replace(/^type\s+/, '');
      if (local) names[local] = normalize(join(dirname(file), from)).replace(/\.js$/, '.ts');
    }
  }
  return names;
}

/** The public custom properties an element's styles read, with their fallbacks. */
function tokensOf(source, file) {
  const imports = importsOf(source, file);
  const list = /static\s+(?:override\s+)?styles\s*=\s*\[([^\]]*)\]/.exec(source)?.[1] ?? '';
  const files = [...new Set(list.split(',').map((n) => imports[n.trim()]).filter(Boolean))];
  const css = files.map(read).join('\n');
  const privateToPublic = Object.fromEntries([...css.matchAll(/(--_[\w-]+)\s*:\s*var\((--(?!_)[\w-]+)/g)].map(([, p, q]) => [p, q]));
  const tokens = new Map();
  for (const match of css.matchAll(/var\(\s*(--(?!_)[\w-]+)\s*(,?)/g)) {
    const name = match[1];
    if (tokens.has(name)) continue; // the first use (the shared tokens come first) says the default
    tokens.set(name, match[2] ? defaultText(fallbackAt(css, match.index + match[0].length), privateToPublic) : 'inherited');
  }
  return tokens;
}

/** The text from `from` up to the `)` that closes the var( it is in. */
function fallbackAt(css, from) {
  let depth = 0;
  for (let i = from; i < css.length; i++) {
    if (css[i] === '(') depth++;
    else if (css[i] === ')' && depth-- === 0) return css.slice(from, i).trim();
  }
  return '';
}

/**
 * A default worth printing: a plain value, or a private value named by the
 * public token behind it (`var(--_space)` → `var(--stretch-space)`). A
 * computed one (a colour fitted to the surface) is left to the description.
 */
function defaultText(fallback, privateToPublic) {
  const text = fallback.replace(/var\(\s*(--_[\w-]+)[^()]*(?:\([^()]*\))?[^()]*\)/g, (all, p) => (privateToPublic[p] ? `var(${privateToPublic[p]})` : all));
  return /--_|\bfrom\b|color-mix|light-dark/.test(text) ? undefined : text;
}

/** `interface GlobalEventHandlersEventMap { 'hold-end': CustomEvent<HoldEndDetail>; }` → { 'hold-end': 'CustomEvent<HoldEndDetail>' } */
function eventTypesOf(source) {
  const types = {};
  for (const [, body] of source.matchAll(/interface\s+(?:GlobalEventHandlersEventMap|HTMLElementEventMap)\s*\{([^}]*)\}/g)) {
    for (const [, name, type] of body.matchAll(/'([\w-]+)'\s*:\s*([^;]+);/g)) types[name] = type.trim();
  }
  return types;
}

/** `<hold-timer … exportparts="base: timer-base, ring">` → [{ tag, inner, outer }] */
function exportedPartsOf(source) {
  const found = [];
  for (const [, tag, attrs] of source.matchAll(/<([a-z]+-[a-z-]+)\b([^>]*)>/g)) {
    const value = /\bexportparts="([^"]+)"/.exec(attrs)?.[1];
    if (!value) continue;
    for (const pair of value.split(',')) {
      const [inner, outer = inner] = pair.split(':').map((s) => s.trim());
      if (inner) found.push({ tag, inner, outer });
    }
  }
  return found;
}

/**
 * The parts an element's templates render: `part="a b"` in its html`` and the
 * id given to heading() (which renders `part=${id}`). Any other `part=${…}`
 * makes the set unknowable: then nothing is dropped.
 */
const rendered = new Map(); // module path → { parts: Set, dynamic: boolean }
function renderedParts(ts, node, path) {
  const found = rendered.get(path) ?? { parts: new Set(), dynamic: false };
  rendered.set(path, found);
  if (ts.isCallExpression(node) && node.expression.getText() === 'heading') {
    const id = node.arguments[3];
    if (id && ts.isStringLiteral(id)) found.parts.add(id.text);
    return;
  }
  if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
    const text = node.rawText ?? node.text;
    for (const [, names] of text.matchAll(/\bpart="([^"$]*)"/g)) names.split(/\s+/).filter(Boolean).forEach((n) => found.parts.add(n));
    if (/\bpart=\s*"?$/.test(text)) found.dynamic = true;
  }
}

function publicApi() {
  return {
    name: 'stretch-widgets public api',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ELEMENTS.some((tag) => moduleDoc.path === `src/components/${tag}/${tag}.ts`)) renderedParts(ts, node, moduleDoc.path);
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const modules = manifest.modules;
      const declared = new Map(); // class name → module path (src/…)
      for (const m of modules) for (const d of m.declarations ?? []) declared.set(d.name, m.path);
      const byTag = new Map(modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => [d.tagName, { d, m }])));

      // Children first, so a parent re-exporting a child's re-exported part finds its description.
      const done = new Set();
      const element = (tag) => {
        const entry = byTag.get(tag);
        if (!entry || done.has(tag)) return entry?.d;
        done.add(tag);
        const { d, m } = entry;
        const source = read(m.path);

        d.members = (d.members ?? []).filter((x) => !x.static && !x.name.startsWith('#') && (x.privacy ?? 'public') === 'public' && !INTERNAL.has(x.name));

        const types = eventTypesOf(source);
        d.events = d.events ?? [];
        for (const e of d.events) {
          if (types[e.name]) e.type = { text: types[e.name] };
          else warn(`<${tag}> documents @fires ${e.name}, which its event map does not declare.`);
        }
        for (const [name, text] of Object.entries(types)) {
          if (!d.events.some((e) => e.name === name)) {
            warn(`<${tag}> declares the event ${name} without @fires; listed without a description.`);
            d.events.push({ name, type: { text } });
          }
        }

        for (const [, name] of source.matchAll(/this\.(?:setAttribute|toggleAttribute)\('([\w-]+)'/g)) {
          if (d.attributes?.some((a) => a.name === name)) continue;
          const field = d.members.find((x) => x.name === name);
          (d.attributes ??= []).push({
            name,
            ...(field?.type ? { type: field.type } : {}),
            description: `Reflects the read-only \`${name}\` property, for styling (\`${tag}[${name}="…"]\`). Set by the element itself.`,
            ...(field ? { fieldName: name } : {}),
          });
        }

        d.cssParts = d.cssParts ?? [];
        const own = rendered.get(m.path);
        if (own && !own.dynamic) {
          d.cssParts = d.cssParts.filter((p) => {
            if (own.parts.has(p.name) || exportedPartsOf(source).some((e) => e.outer === p.name)) return true;
            warn(`<${tag}> documents part ${p.name}, which its templates never render: dropped.`);
            return false;
          });
          for (const name of own.parts) {
            if (d.cssParts.some((p) => p.name === name)) continue;
            warn(`<${tag}> renders part ${name} without @csspart; listed without a description.`);
            d.cssParts.push({ name, description: '' });
          }
        }
        for (const { tag: child, inner, outer } of exportedPartsOf(source)) {
          const childPart = element(child)?.cssParts?.find((p) => p.name === inner);
          if (!childPart) warn(`<${tag}> exports part ${inner} of <${child}>, which has no such part.`);
          const part = d.cssParts.find((p) => p.name === outer);
          const description = `The embedded \`<${child}>\`'s \`${inner}\` part${childPart?.description ? `: ${childPart.description.replace(/^The /, 'the ')}` : '.'}`;
          if (!part) d.cssParts.push({ name: outer, description });
          else part.description ||= description;
        }

        const tokens = tokensOf(source, m.path);
        d.cssProperties = (d.cssProperties ?? []).filter((p) => {
          if (tokens.has(p.name)) return true;
          warn(`<${tag}> documents ${p.name}, which none of its styles reads: dropped.`);
          return false;
        });
        for (const [name, fallback] of tokens) {
          const prop = d.cssProperties.find((p) => p.name === name);
          if (prop) {
            if (fallback !== undefined) prop.default ??= fallback;
          } else {
            d.cssProperties.push({ name, description: TOKEN_DOCS[name] ?? 'Site-wide theme token.', ...(fallback !== undefined ? { default: fallback } : {}) });
          }
        }
        return d;
      };
      ELEMENTS.forEach(element);

      for (const m of modules) {
        const source = read(m.path);
        const typeOnly = new Set([...source.matchAll(/export\s+type\s*\{([^}]*)\}/g)].flatMap(([, list]) => list.split(',').map((s) => s.trim().split(/\s+as\s+/).pop())));
        m.exports = (m.exports ?? []).filter((e) => !typeOnly.has(e.name));
        for (const e of m.exports) {
          // A re-exported class points at the module that declares it.
          if (e.name !== '*' && declared.has(e.name) && !m.declarations?.some((d) => d.name === e.name)) e.declaration.module = declared.get(e.name);
        }
        for (const [, tag, name] of source.matchAll(/safeDefine\('([\w-]+)',\s*(\w+)\)/g)) {
          m.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name, module: declared.get(name) } });
        }
      }

      // Paths of the files the package ships.
      const fix = (ref, from) => {
        if (!ref?.module) return;
        const path = ref.module.startsWith('.') ? join(dirname(from), ref.module) : ref.module;
        if (path.startsWith('src/')) ref.module = toDist(path.replace(/\.js$/, '.ts'));
      };
      for (const m of modules) {
        for (const e of m.exports ?? []) fix(e.declaration, m.path);
        for (const d of m.declarations ?? []) fix(d.superclass, m.path);
        m.path = toDist(m.path);
      }
      modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

export default {
  globs: [
    'src/index.ts',
    'src/stretch-widgets.ts',
    ...ELEMENTS.flatMap((tag) => [`src/${tag}.ts`, `src/components/${tag}/${tag}.ts`]),
  ],
  litelement: true,
  plugins: [publicApi()],
};
