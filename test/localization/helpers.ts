/** Language helpers for the localization tests. */
import { currentLocale, matchLocale } from '../../src/localization/locale.js';

/** Resolves once the widgets show `locale` (at once when they already do). */
export function shown(locale: string): Promise<void> {
  if (currentLocale() === locale) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`never showed "${locale}" (showing "${currentLocale()}")`)), 5000);
    window.addEventListener('lit-localize-status', function ready(e) {
      if (e.detail.status !== 'ready' || currentLocale() !== locale) return;
      window.removeEventListener('lit-localize-status', ready);
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Sets `<html lang>` as a site's language switcher would, and waits until the widgets follow it. */
export async function setPageLang(tag: string, ...els: Element[]): Promise<void> {
  const done = shown(matchLocale(tag));
  document.documentElement.lang = tag;
  await done;
  await settle(...els);
}

/** Waits until `els` (and the elements inside them) have rendered. */
export async function settle(...els: Element[]): Promise<void> {
  await new Promise((r) => setTimeout(r));
  await Promise.all(els.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
}

/** The lang and dir of an element's own root: the first element of its shadow root. */
export function rootMarking(el: Element): { lang: string | null; dir: string | null } {
  const root = el.shadowRoot!.firstElementChild!;
  return { lang: root.getAttribute('lang'), dir: root.getAttribute('dir') };
}
