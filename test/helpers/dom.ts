/** Small helpers shared by the element tests. */
import sinon from 'sinon';

/** The text of the first element matching `selector` in `el`'s shadow root. */
export function shadowText(el: Element, selector: string): string {
  return el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function shadowButton(el: Element, name: string | RegExp): HTMLButtonElement {
  const buttons = [...(el.shadowRoot?.querySelectorAll('button') ?? [])];
  const found = buttons.find((b) => (typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? '')));
  if (!found) throw new Error(`no button "${name}" among: ${buttons.map((b) => b.textContent?.trim()).join(', ')}`);
  return found;
}

/** Records every event of the given types on `target`, in order. */
export function recordEvents(target: EventTarget, types: string[]) {
  const log: { type: string; detail: unknown }[] = [];
  for (const type of types) target.addEventListener(type, (e) => log.push({ type, detail: (e as CustomEvent).detail }));
  return log;
}

/** Fake timers that also fake performance.now (the clock our timing reads); `now` sets the fake date too. */
export function fakeClock(now: number | Date = 1_000_000): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({
    now,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'],
  });
}

/** Pretends the page is hidden or shown, as a locked phone or a background tab would. */
export function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

export function restoreVisibility(): void {
  delete (document as unknown as Record<string, unknown>).visibilityState;
  delete (document as unknown as Record<string, unknown>).hidden;
}

/** Collects the texts a live region shows over time. */
export function watchLiveRegion(el: Element): string[] {
  const region = el.shadowRoot!.querySelector('[role="status"]')!;
  const said: string[] = [];
  new MutationObserver(() => {
    const t = region.textContent?.trim();
    if (t) said.push(t);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

/**
 * Resolves once `el`'s attribute `name` passes `ok`, now or at a later change.
 * Waits on the change itself (a MutationObserver), never on the clock; a change
 * that never comes fails the test at its timeout.
 */
export function whenAttribute(el: Element, name: string, ok: (value: string | null) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (ok(el.getAttribute(name))) return resolve();
    const observer = new MutationObserver(() => {
      if (!ok(el.getAttribute(name))) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(el, { attributes: true, attributeFilter: [name] });
  });
}

/** The console warnings a stubbed `console.warn` received, as text. */
export const warnings = (warn: sinon.SinonStub): string[] => warn.getCalls().map((c) => String(c.args[0]));
