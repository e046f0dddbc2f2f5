// Rollup plugin: keeps what translators need out of the page.
//
// 1. Drops the `desc` of every msg() call. A desc is for translators
//    (lit-localize writes it into the XLIFF as a <note>); msg() never reads it.
// 2. Folds plural(n, { zero, one, two, few, many, other }) into one lookup. In
//    the source each form is its own msg() with id `<site>.<form>`, so
//    `lit-localize extract` gives translators six units; in English, zero, two,
//    few and many repeat "other" word for word. The bundle keeps the English
//    "one" and "other" and asks msg() for the form's id at runtime:
//      plural(n, (f) => msg(f === "one" ? ONE : OTHER, { id: "<site>." + f }))
//    A call of any other shape is left as written (correct, just bigger).
import { walk } from './ast-walk.mjs';
const FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];
const isCall = (n, name) => n?.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === name;
const keyName = (p) => p.type === 'Property' && !p.computed && (p.key.name ?? p.key.value);

/** `{ id: 'x', desc: '…' }` without its desc, or '' when nothing is left. */
function withoutDesc(code, options) {
  const kept = options.properties.filter((p) => keyName(p) !== 'desc');
  return kept.length ? `{${kept.map((p) => code.slice(p.start, p.end)).join(',')}}` : '';
}

/** The folded text of a plural() call, or null when it is not the expected shape. */
function foldPlural(code, call) {
  const [count, forms] = call.arguments;
  if (call.arguments.length !== 2 || forms.type !== 'ObjectExpression' || forms.properties.length !== FORMS.length) return null;
  const byForm = {};
  let site = null;
  for (const p of forms.properties) {
    const form = keyName(p);
    const m = p.value;
    if (!FORMS.includes(form) || byForm[form] || !isCall(m, 'msg') || m.arguments[1]?.type !== 'ObjectExpression') return null;
    const id = m.arguments[1].properties.find((q) => keyName(q) === 'id')?.value.value;
    const dot = typeof id === 'string' ? id.lastIndexOf('.') : -1;
    if (dot < 1 || id.slice(dot + 1) !== form || (site ?? id.slice(0, dot)) !== id.slice(0, dot)) return null;
    site = id.slice(0, dot);
    byForm[form] = code.slice(m.arguments[0].start, m.arguments[0].end);
  }
  if (['zero', 'two', 'few', 'many'].some((f) => byForm[f] !== byForm.other)) return null;
  return `plural(${code.slice(count.start, count.end)},(f)=>msg(f==="one"?${byForm.one}:${byForm.other},{id:${JSON.stringify(`${site}.`)}+f}))`;
}

export function msgTrim() {
  return {
    name: 'msg-trim',
    transform(code) {
      if (!code.includes('msg(')) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (isCall(node, 'plural')) {
          const folded = foldPlural(code, node);
          if (folded) edits.push([node.start, node.end, folded]);
        } else if (isCall(node, 'msg') && node.arguments[1]?.type === 'ObjectExpression') {
          const options = node.arguments[1];
          const text = withoutDesc(code, options);
          if (text !== code.slice(options.start, options.end)) edits.push(text ? [options.start, options.end, text] : [node.arguments[0].end, options.end, '']);
        }
      });
      // Outermost first; edits inside a folded plural() are already in its text.
      edits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      const kept = edits.filter((e, i) => !edits.slice(0, i).some((o) => o[0] <= e[0] && e[1] <= o[1]));
      if (!kept.length) return null;
      let out = code;
      for (const [start, end, text] of kept.reverse()) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
