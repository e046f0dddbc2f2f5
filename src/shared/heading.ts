import { html, nothing } from 'lit';

/**
 * A heading whose level fits the host page's outline (set by a
 * `heading-level` attribute): a tag name cannot be a template expression,
 * so the level is given by ARIA.
 */
export function heading(level: number, cls: string, content: unknown, id?: string, focusable = false) {
  return html`<div class=${cls} id=${id ?? nothing} part=${id ?? nothing} role="heading" aria-level=${Math.min(6, level)} tabindex=${focusable ? '-1' : nothing}>${content}</div>`;
}
