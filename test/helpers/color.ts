/** Colour helpers for the theme tests: what the browser really paints, as sRGB, and WCAG contrast. */

const ctx = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour (computed values such as `color(xyz-d65 …)` or `lab(…)` included) as 8-bit sRGBA, as painted. */
export function rgba(color: string): [number, number, number, number] {
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

export function luminance(color: string): number {
  const [r, g, b] = rgba(color).map((v, i) => (i < 3 ? v / 255 : v));
  const lin = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The parent in the flattened tree: the slot a node is assigned to, or the host of a shadow root. */
function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The background painted behind an element: its own and its ancestors' (through slots and shadow roots), blended. */
export function backgroundOf(el: Element): string {
  const layers: [number, number, number, number][] = [];
  for (let e: Element | null = el; e; e = flatParent(e)) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] > 0.99) break;
  }
  let [r, g, b] = [255, 255, 255];
  for (const [lr, lg, lb, a] of layers.reverse()) [r, g, b] = [lr * a + r * (1 - a), lg * a + g * (1 - a), lb * a + b * (1 - a)];
  return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
}

/** Every element inside an element: its children and its shadow tree, nested shadow trees included. */
export function deepElements(host: Element): Element[] {
  const out: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(host);
  if (host.shadowRoot) walk(host.shadowRoot);
  return out;
}
