/**
 * The one way our elements fire events: bubbling and composed, so a page
 * can listen on `document` and hear events from inside a routine's shadow root.
 */
export function emit<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
