/**
 * Console warnings for bad input, each said once per element and message,
 * so a bad attribute does not flood the console on every render.
 */
const said = new WeakMap<object, Set<string>>();

export function warnOnce(owner: object, message: string): void {
  let seen = said.get(owner);
  if (!seen) said.set(owner, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`[stretch-widgets] ${message}`);
}

/** `<hold-timer> reps="abc" is not valid: use a whole number from 1 to 50. Using 2.` */
export function warnAttribute(owner: object, tag: string, attribute: string, value: string, accepts: string, fallback: string): void {
  warnOnce(owner, `<${tag}> ${attribute}="${value}" is not valid: use ${accepts}. Using ${fallback}.`);
}
