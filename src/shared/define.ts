import { VERSION } from './version.js';

/** Marks our classes with their version, so a second copy can tell "the same again" from "another version". */
const VERSION_KEY = Symbol.for('stretch-widgets');
type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };
let warned = false;

/**
 * Defines a custom element unless the name is taken. A page that loads our
 * script twice (a CMS plugin plus a hand-pasted tag, both builds, a `?ver=`
 * URL and a plain one) must not throw, and the same version twice is
 * harmless, so it is silent. Another version, or another library's element
 * of the same name, is a real problem (the first definition wins): one clear
 * warning per copy, naming both.
 */
export function safeDefine(name: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  const theirs = registry?.get(name) as Versioned | undefined;
  if (!registry) return;
  if (!theirs) registry.define(name, Object.assign(ctor, { [VERSION_KEY]: VERSION }));
  else if (theirs[VERSION_KEY] !== VERSION && !warned) {
    warned = true;
    console.warn(`[stretch-widgets] <${name}> is already defined by ${theirs[VERSION_KEY] ? `version ${theirs[VERSION_KEY]}` : 'another script'}; this copy (${VERSION}) is not used.`);
  }
}
