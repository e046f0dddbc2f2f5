// Rollup plugin: leaves out of the bundle the parts of Lit that it never runs (about 1.5 KB gzip:
// Lit's share of the entry, by scripts/size-breakdown.mjs, went from 5.2 KB to 3.8 KB).
// The bundle exports only our three element classes; Lit's own exports (css, html, LitElement …)
// are not reachable from a page, so what our code does not use is dead code here:
// - decorator support: addInitializer() and the standard-decorator metadata (we declare
//   `static properties`; no decorators reach the bundle);
// - the hooks for the old ShadyDOM polyfills and for SSR hydration (and the class mark SSR reads),
//   and the version registries (`litHtmlVersions` …) that only Lit's development build reads;
// - the long texts of errors our templates and styles cannot raise (`new CSSResult()`, a template
//   tag called by hand): they still throw, with a short name;
// - css`` with values (ours have none), turning a CSSStyleSheet into css text (ours are css``), and
//   sharing one sheet between evaluations of a css`` (each of ours is evaluated once, at load);
// - directives (none imported: resolving a value gives the value itself), and the bindings inside
//   <script>, <style>, <textarea> and <title> (our templates have none of these elements);
// - Object/Array/Number attribute converters (no property of ours has such a `type`), converters
//   given as a function or with toAttribute, symbol-keyed properties, deduping nested style arrays;
// - property bindings (`.prop=${…}`: our templates set attributes, booleans and listeners only);
// - element bindings (`<div ${directive}>`, lit-html's ElementPart), MathML templates, templates
//   from Lit's template compiler, bindings inside HTML comments, event listener objects, options
//   and removal (ours are functions, bound for good), and what only directives read or use: a part's
//   type, connected state, children, tagName, parentNode, startNode and endNode, and the element's root part;
// - wrapping a reactive property's own accessor (ours are plain fields), `useDefault` (unused), and
//   `state: true` (ours is declared `attribute: false`, which is all it does); `noAccessor`, symbol
//   property names, requestUpdate's arguments that only those paths pass; a template's creationScope,
//   render() without LitElement's render options (ours always name the host); reactive controllers'
//   update hooks and their removal (our one controller, in locale.ts, hears connection only, for good).
// Each edit names the exact text it replaces: the build fails when Lit changes (then update or
// drop the edit), or when our code starts to use what an edit takes out (see USES, checked on every
// module of ours). What the bundle does is checked by npm run e2e, print and gallery, which run it.
// The per-element modules in dist/lib keep `lit` as a normal dependency, untouched.
const RE = 'node_modules/@lit/reactive-element/reactive-element.js';
const CSS = 'node_modules/@lit/reactive-element/css-tag.js';
const HTML = 'node_modules/lit-html/lit-html.js';
const ELEMENT = 'node_modules/lit-element/lit-element.js';

const EDITS = {
  [RE]: [
    ['static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}', ''],
    ['void 0!==t.l&&(this.l=[...t.l]),', ''],
    [',this.constructor.l?.forEach(t=>t(this))', ''],
    ['Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;', ''],
    ['const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}', ''],
    [',p=a.reactiveElementPolyfillSupport', ''],
    [',p?.({ReactiveElement:y}),(a.reactiveElementVersions??=[]).push("2.1.2")', ''],
    ['case Object:case Array:t=null==t?t:JSON.stringify(t)', ''],
    ['case Object:case Array:try{i=JSON.parse(t)}catch(t){i=null}', ''],
    // Nor `type: Number` (our number attributes have their own converter), nor symbol-keyed properties.
    ['switch(s){case Boolean:i=null!==t;break;case Number:i=null===t?null:Number(t);break;}', 's===Boolean&&(i=null!==t);'],
    ['const t=this.properties,s=[...r(t),...o(t)]', 'const t=this.properties,s=r(t)'],
    // Our private state is declared `attribute: false`, not `state: true` (see USES).
    ['s.state&&(s.attribute=!1),', ''],
    // No reactive property of ours has `useDefault` (its default is its field's value; none reflects back to it).
    ['||i.useDefault&&i.reflect&&h===this._$Ej?.get(t)&&!this.hasAttribute(r._$Eu(t,i))', ''],
    ['C(t,s,{useDefault:i,reflect:e,wrapped:h},r){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,r??s??this[t]),!0!==h||void 0!==r)||(this._$AL.has(t)||(this.hasUpdated||i||(s=void 0),', 'C(t,s,{reflect:e}){(this._$AL.has(t)||(this.hasUpdated||(s=void 0),'],
    ['this[e]=r??this._$Ej?.get(e)??r', 'this[e]=r'],
    ['useDefault:!1,', ''],
    // The default options' values are what every reader assumes when one is missing (String, the default
    // converter, not reflected, notEqual: see above), so the default is an empty object.
    ['b={attribute:!0,type:String,converter:u,reflect:!1,hasChanged:f}', 'b={}'],
    // Our converters are objects with fromAttribute only, and no property with one reflects (see USES).
    ['"function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:u', 't.converter??u'],
    ['(void 0!==i.converter?.toAttribute?i.converter:u).toAttribute', 'u.toAttribute'],
    // Our styles are flat arrays of distinct css`` results: nothing to dedupe or convert.
    ['finalizeStyles(s){const i=[];if(Array.isArray(s)){const e=new Set(s.flat(1/0).reverse());for(const s of e)i.unshift(t(s))}else void 0!==s&&i.push(t(s));return i}', 'finalizeStyles(s){return[s??[]].flat(1/0)}'],
    // No reactive property of ours has an accessor of its own to wrap (ours are plain fields).
    ['this.prototype.hasOwnProperty(t)&&((s=Object.create(s)).wrapped=!0),', ''],
    [
      'const{get:e,set:r}=h(this.prototype,t)??{get(){return this[s]},set(t){this[s]=t}};return{get:e,set(s){const h=e?.call(this);r?.call(this,s),this.requestUpdate(t,h,i)},configurable:!0,enumerable:!0}',
      'return{get(){return this[s]},set(e){const h=this[s];this[s]=e,this.requestUpdate(t,h,i)},configurable:!0,enumerable:!0}',
    ],
    ['const t=this.constructor.elementProperties;if(t.size>0)for(const[s,i]of t){const{wrapped:t}=i,e=this[s];!0!==t||this._$AL.has(s)||void 0===e||this.C(s,void 0,i,e)}', ''],
    // Our one reactive controller (locale.ts) is told of connection only, and stays for good (see USES).
    ['this._$EO?.forEach(t=>t.hostUpdate?.()),', ''],
    ['this._$EO?.forEach(t=>t.hostUpdated?.()),', ''],
    ['removeController(t){this._$EO?.delete(t)}', ''],
    // Property names are strings (symbol keys are left out above); none of ours asks for no accessor.
    ['"string"==typeof t?t.toLowerCase():void 0', 't.toLowerCase()'],
    [',!s.noAccessor){', '){'],
    // Only the accessor calls requestUpdate with a name (no new value given, no hasChanged of ours: see USES).
    ['requestUpdate(t,s,i,e=!1,h){if(void 0!==t){const r=this.constructor;if(!1===e&&(h=this[t]),i??=r.getPropertyOptions(t),!((i.hasChanged??f)(h,s)', 'requestUpdate(t,s,i){if(void 0!==t){const r=this.constructor,h=this[t];if(i??=r.getPropertyOptions(t),!(f(h,s)'],
  ],
  [CSS]: [
    ['throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.")', 'throw Error("CSSResult")'],
    // Our css`` literals take no values (see USES): the text is the one string.
    [
      `i=(t,...e)=>{const o=1===t.length?t[0]:e.reduce((e,s,o)=>e+(t=>{if(!0===t._$cssResult$)return t.cssText;if("number"==typeof t)return t;throw Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+t[o+1],t[0]);return new n(o,t,s)}`,
      'i=t=>new n(t[0],t,s)',
    ],
    // Each css`` of ours is evaluated once: no sheet to share between evaluations of one literal.
    [
      'get styleSheet(){let t=this.o;const s=this.t;if(e&&void 0===t){const e=void 0!==s&&1===s.length;e&&(t=o.get(s)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),e&&o.set(s,t))}return t}',
      'get styleSheet(){return e&&!this.o&&(this.o=new CSSStyleSheet).replaceSync(this.cssText),this.o}',
    ],
    // Our styles are all css`` results, never a CSSStyleSheet to convert for browsers without adoptedStyleSheets.
    ['c=e?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return r(e)})(t):t;', 'c=t=>t;'],
    ['o.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet)', 'o.map(t=>t.styleSheet)'],
  ],
  [HTML]: [
    ['throw Error("invalid template strings array")', 'throw Error("strings")'],
    // No directives (see USES): resolving one gives the value itself.
    [
      'function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(!1),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}',
      'function M(t,i){return i}',
    ],
    ['_$AI(t,i=this){t=M(this,t,i),a(t)?', '_$AI(t,i=this){a(t)?'],
    ['if(void 0===h)t=M(this,t,i,0),o=', 'if(void 0===h)o='],
    ['r=M(this,e[s+n],i,n),', 'r=e[s+n],'],
    ['if((t=M(this,t,i,0)??A)===E)', 'if((t??=A)===E)'],
    // No property bindings (.prop=${…}) in our templates (see USES).
    ['class I extends H{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===A?void 0:t}}', ''],
    ['"."===e[1]?I:', ''],
    ['U:z,B:I,', 'U:z,'],
    // Our listeners are functions, bound once and never removed by a render: the part listens from
    // its first value on and calls the latest (no listener options, no `nothing`).
    [
      '_$AI(t,i=this){if((t??=A)===E)return;const s=this._$AH,e=t===A&&s!==A||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,h=t!==A&&(s===A||e);e&&this.element.removeEventListener(this.name,this,s),h&&this.element.addEventListener(this.name,this,t),this._$AH=t}',
      '_$AI(t){this._$AH===A&&this.element.addEventListener(this.name,this),this._$AH=t}',
    ],
    // Nor bindings inside HTML comments (see USES), nor event listener objects (ours are functions),
    // nor async directives' children (_$AN).
    ['else{let t=-1;for(;-1!==(t=r.data.indexOf(o,t+1));)d.push({type:7,index:l}),t+=o.length-1}', ''],
    ['"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)', 'this._$AH.call(this.options?.host??this.element,t)'],
    [',this._$AN=void 0', '', 4],
    // Where a part sits, for directives only.
    ['get tagName(){return this.element.tagName}', ''],
    ['get parentNode(){return this._$AM.parentNode}', ''],
    ['get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}', ''],
    // No <script>, <style>, <textarea> or <title> in our templates (see USES): no raw-text bindings to find.
    ['if(y.test(r.tagName)){const t=r.textContent.split(o),i=t.length-1;if(i>0){r.textContent=s?s.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c())}}', ''],
    ['(y.test(u[2])&&(n=RegExp("</"+u[2],"g")),c=p)', 'c=p'],
    ['B=t.litHtmlPolyfillSupport;B?.(S,k),(t.litHtmlVersions??=[]).push("3.3.3");', 'B=0;'],
    ['else t.startsWith(o)&&(d.push({type:6,index:l}),r.removeAttribute(t))', ''],
    [':6===r.type&&(i=new Z(h,this,t))', ':0'],
    ['class Z{constructor(t,i,s){this.element=t,this.type=6,this._$AM=i,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){M(this,t)}}', ''],
    [',F:Z}', '}'],
    // Templates come from html`` and svg`` only, not from Lit's template compiler.
    ['e="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s)', 'e=this._$AC(t)'],
    // What only async directives read or set: whether a part is connected.
    ['for(this._$AP?.(!1,!0,s);', 'for(;'],
    ['setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}', ''],
    ['get _$AU(){return this._$AM._$AU}', '', 2],
    ['get _$AU(){return this._$AM?._$AU??this._$Cv}', ''],
    [',this._$Cv=e?.isConnected??!0', ''],
    [':3===i?"<math>":""', ':""'],
    [':3===i?"</math>":""', ':""'],
    ['2===i||3===i', '2===i'],
    // Each part of a template instance is a child or an attribute part (no element parts, see above);
    // getAttributeNames() of an element with none is empty.
    ['for(const s of this._$AV)void 0!==s&&(void 0!==s.strings', 'for(const s of this._$AV)(void 0!==s.strings'],
    ['if(r.hasAttributes())for(const t of r.getAttributeNames())', 'for(const t of r.getAttributeNames())'],
    // One template element per template, made where it is used; no creationScope given (see USES).
    ['this.el=S.createElement(f,e)', '(this.el=document.createElement("template")).innerHTML=f'],
    ['static createElement(t,i){const s=l.createElement("template");return s.innerHTML=t,s}', ''],
    ['(t?.creationScope??l).importNode', 'l.importNode'],
    // Every part gets the element's render options, which name the host (events call a listener with it).
    ['this._$AH.call(this.options?.host??this.element,t)', 'this._$AH.call(this.options.host,t)'],
    ['const e=s?.renderBefore??i;let h=e._$litPart$;if(void 0===h){const t=s?.renderBefore??null;e._$litPart$=h=new k(i.insertBefore(c(),t),t,void 0,s??{})}', 'const e=s.renderBefore??i;let h=e._$litPart$;if(void 0===h){const t=s.renderBefore??null;e._$litPart$=h=new k(i.insertBefore(c(),t),t,void 0,s)}'],
    // A part's type (child, attribute, boolean, event): read by directives only, from the part they are given.
    ['{this.type=2,this._$AH=A,this._$AA=t', '{this._$AH=A,this._$AA=t'],
    ['{this.type=1,this._$AH=A,this.element=t', '{this._$AH=A,this.element=t'],
    ['class L extends H{constructor(){super(...arguments),this.type=4}', 'class L extends H{'],
    ['class z extends H{constructor(t,i,s,e,h){super(t,i,s,e,h),this.type=5}', 'class z extends H{'],
  ],
  [ELEMENT]: [
    ['connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}', ''],
    [',s.litElementHydrateSupport?.({LitElement:i});const o=s.litElementPolyfillSupport;o?.({LitElement:i});', ';'],
    [';(s.litElementVersions??=[]).push("4.2.2");', ';'],
    // The root part is kept for setConnected (above, dropped), and told whether the host was connected
    // for async directives only; `_$litElement$` marks the class for server rendering.
    [',this._$Do=void 0', ''],
    ['this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=e(', 'super.update(t),e('],
    ['i._$litElement$=!0,', ''],
  ],
};

// What our sources must not start using while the edits above are in (checked on our own modules).
const USES = [
  [/\btype:\s*(Object|Array|Number)\b/, 'a property with type Object, Array or Number (their converters are trimmed)'],
  [/\buseDefault\b/, 'useDefault (trimmed)'],
  [/\bhostUpdated?\b|\bremoveController\b/, 'a controller\'s hostUpdate or hostUpdated, or removeController (trimmed)'],
  [/\bnoAccessor\b|\bcreationScope\b|\brequestUpdate\([^)]*,[^)]*,[^)]*,/, 'noAccessor, creationScope, or requestUpdate with more than a name, an old value and options (trimmed)'],
  [/import\s*\{[^}]*\brender\b[^}]*\}\s*from\s*['"]lit/, 'lit-html\'s render() (the root part here always has LitElement\'s render options)'],
  [/\bstate:\s*true\b/, 'state: true (trimmed: write attribute: false)'],
  [/\bmathml\b/, 'the mathml tag (MathML templates are trimmed)'],
  [/lit\/directive|lit-html\/directive|\bdecorators\b/, 'a directive or decorator (directives, element bindings and decorator support are trimmed)'],
  [/\bcss`[^`]*\$\{/, 'a css`` literal with a value (the css tag keeps only the text)'],
  [/CSSStyleSheet/, 'a CSSStyleSheet in styles (the conversion for browsers without adoptedStyleSheets is trimmed)'],
  [/\b(html|svg)`[^`]*<(script|style|textarea|title)[\s>]/i, 'a raw-text element in a template (their bindings are trimmed)'],
  [/\b(html|svg)`[^`]*<!--[^`]*\$\{/, 'a binding inside an HTML comment (comment bindings are trimmed)'],
  [/\s\.[a-zA-Z][\w-]*=\$\{/, 'a property binding (.prop=${…}) in a template (property parts are trimmed)'],
  [/@[\w-]+=\$\{[^}]*\bnothing\b/, 'an event binding that can be nothing (event parts here only take functions)'],
  [/\bconverter:\s*(\(|function\b|[\w$]+\s*=>)|\btoAttribute\b|\bhasChanged\b/, 'a converter function, toAttribute or hasChanged (trimmed: ours are { fromAttribute } objects)'],
];

const posix = (id) => id.replaceAll('\\', '/');

export function litTrim() {
  const done = new Set();
  return {
    name: 'lit-trim',
    transform(code, id) {
      const path = posix(id);
      const file = Object.keys(EDITS).find((f) => path.endsWith(f));
      if (!file) {
        if (!path.includes('/node_modules/') && !id.startsWith('\0')) {
          for (const [re, what] of USES) if (re.test(code)) this.error(`${id} uses ${what}: update scripts/lit-trim.mjs`);
        }
        return null;
      }
      let out = code;
      for (const [from, to, times = 1] of EDITS[file]) {
        const parts = out.split(from);
        if (parts.length !== times + 1) this.error(`${file} changed: "${from.slice(0, 60)}…" is not there ${times} time(s); update scripts/lit-trim.mjs`);
        out = parts.join(to);
      }
      done.add(file);
      return { code: out, map: null };
    },
    generateBundle() {
      const missed = Object.keys(EDITS).filter((f) => !done.has(f));
      if (missed.length) this.error(`lit-trim: ${missed.join(', ')} not bundled from there any more; update scripts/lit-trim.mjs`);
    },
  };
}
