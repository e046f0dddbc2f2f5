/**
 * Defines a custom element unless the name is taken. A page that loads our
 * script twice (a CMS plugin plus a hand-pasted tag) must not throw.
 */
export function safeDefine(name: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(name);
  if (existing) {
    if (existing !== ctor) {
      console.warn(`[stretch-widgets] <${name}> is already defined by another script; keeping the first definition.`);
    }
    return;
  }
  registry.define(name, ctor);
}
