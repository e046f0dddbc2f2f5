/** Scrolls `el` to the top of the view (its `scroll-margin-top` clear of any sticky bar): smoothly, unless the patient asked for reduced motion. */
export function reveal(el: Element): void {
  el.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}
