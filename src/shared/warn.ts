/**
 * Console warnings for bad input, each said once per element and message,
 * so a bad attribute does not flood the console on every render.
 */
const said = new WeakMap<Element, Set<string>>();

/** `[stretch-widgets] <stretch-card> message`, once per element and message. */
export function warnOnce(owner: Element, message: string): void {
  let seen = said.get(owner);
  if (!seen) said.set(owner, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`[stretch-widgets] <${owner.localName}> ${message}`);
}

/**
 * Number attributes: a number property, `null` when the attribute is absent,
 * NaN for text that is not a number (so it is warned about, not taken as 0).
 */
export const numberAttribute = {
  fromAttribute: (text: string | null): number | null => (text == null ? null : text.trim() ? Number(text) : NaN),
};

/** `<hold-timer> reps="abc" is not valid: use a whole number from 1 to 50. Using 2.` */
export function warnAttribute(owner: Element, attribute: string, value: unknown, accepts: string, fallback: unknown): void {
  // Name the text the page wrote ("abc"), not the NaN it became; a value set from script is named as set.
  const text = owner.getAttribute(attribute);
  const shown = text != null && String(numberAttribute.fromAttribute(text)) === String(value) ? text : value;
  warnOnce(owner, `${attribute}="${String(shown)}" is not valid: use ${accepts}. Using ${String(fallback)}.`);
}

/** A whole-number attribute from `min` to `max`; anything else warns and gives `fallback`. */
export function intAttribute(owner: Element, attribute: string, raw: unknown, min: number, max: number, fallback: number): number {
  if (raw == null) return fallback;
  const n = Number(raw);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  warnAttribute(owner, attribute, raw, `a whole number from ${min} to ${max}`, fallback);
  return fallback;
}
