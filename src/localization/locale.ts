/**
 * Language follows the page: `<html lang>` picks the locale when the first
 * widget loads, and a MutationObserver follows it when a site's language
 * switcher changes it. Locale modules are loaded on demand, by relative
 * import, so they are found next to the bundle on any host or CDN.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

type TargetLocale = (typeof targetLocales)[number];

// Static thunks, not a template-string import: bundlers and the test server need literal paths.
const loaders: Record<TargetLocale, () => Promise<unknown>> = {
  es: () => import('../generated/locales/es.js'),
};

const known: readonly string[] = [sourceLocale, ...targetLocales];

let setLocale: ((locale: string) => Promise<void>) | null = null;
let getLocale: (() => string) | null = null;

/** The best locale we have for a BCP 47 tag: exact, then by language ("es-MX" → "es"), else English. */
export function matchLocale(tag: string | null | undefined): string {
  const wanted = (tag ?? '').trim().toLowerCase();
  if (!wanted) return sourceLocale;
  const exact = known.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split(/[-_]/)[0];
  return known.find((l) => l.toLowerCase().split('-')[0] === language) ?? sourceLocale;
}

/** The locale the widgets are showing now. */
export function currentLocale(): string {
  return getLocale?.() ?? sourceLocale;
}

/** The page's language tag, for speech and number formatting (falls back to English). */
export function pageLang(): string {
  return (typeof document !== 'undefined' && document.documentElement.lang) || 'en';
}

function follow(): void {
  const next = matchLocale(pageLang());
  if (getLocale?.() !== next) void setLocale?.(next).catch((e: unknown) => {
    console.warn(`[stretch-widgets] could not load the "${next}" translation; showing English.`, e);
  });
}

/** Sets up localization once per copy of the library, and follows `<html lang>` from then on. */
export function startLocaleSync(): void {
  if (setLocale) return;
  try {
    ({ setLocale, getLocale } = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale as TargetLocale]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
    }));
  } catch {
    // The host app configured @lit/localize itself: it decides the language.
    setLocale = async () => undefined;
    return;
  }
  follow();
  new MutationObserver(follow).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}
