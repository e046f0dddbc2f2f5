/**
 * Which language the widgets show. One language per page at a time
 * (@lit/localize's runtime is page-wide): the `lang` a clinic wrote on a
 * widget itself (an English article with `<stretch-routine lang="es">`; the
 * first such widget in the page decides), else `<html lang>`. A
 * MutationObserver follows both when a site's language switcher changes
 * them; widgets added later are looked at as they connect.
 *
 * Tags are matched by language and script, ignoring region (CLDR likely
 * subtags): `pt-BR` and `pt-PT` → `pt`, `zh`/`zh-CN`/`zh-SG` → `zh-Hans`.
 * `zh-TW`/`zh-HK`/`zh-Hant` get English, marked `lang="en"`, not Simplified
 * Chinese: that is what ICU, Android and the CLDR parent chain do (zh-Hant's
 * parent is root, not zh), and a clinic that wants Simplified Chinese for its
 * Traditional readers says so with `lang="zh-Hans"` on the widget.
 *
 * Locale modules are loaded on demand, by relative import, so they are found
 * next to the bundle on any host or CDN. A locale that fails to load shows
 * English, with one console warning, and is not asked for again.
 */
import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import type { ReactiveControllerHost } from 'lit';
import { sourceLocale, type targetLocales } from '../generated/locale-codes.js';

type TargetLocale = (typeof targetLocales)[number];

// Static thunks, not a template-string import: bundlers and the test server need literal paths.
const loaders: Record<TargetLocale, () => Promise<unknown>> = {
  ar: () => import('../generated/locales/ar.js'),
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  it: () => import('../generated/locales/it.js'),
  pt: () => import('../generated/locales/pt.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
};

/** The translations (every target locale has its loader: the type says so). */
const targets = Object.keys(loaders) as TargetLocale[];
const known: readonly string[] = [sourceLocale, ...targets];
const WIDGETS = 'stretch-routine[lang],stretch-card[lang],hold-timer[lang]';

let setLocale: ((locale: string) => Promise<void>) | null = null;
let getLocale: (() => string) | null = null;
/** The locale last asked for (the one shown, or being loaded). */
let asked = sourceLocale;
const failed = new Set<string>();

/** "pt-Latn", "zh-Hans": language and script of a BCP 47 tag, or "" when it is not one. */
function key(tag: string): string {
  try {
    const l = new Intl.Locale(tag.trim().replace(/_/g, '-')).maximize();
    return `${l.language}-${l.script}`;
  } catch {
    return '';
  }
}

/** The best locale we have for a BCP 47 tag, by language and script ("es-MX" → "es", "zh-CN" → "zh-Hans"), else English. */
export function matchLocale(tag: string | null | undefined): string {
  const k = key(tag ?? '');
  return (k && known.find((l) => key(l) === k)) || sourceLocale;
}

/** The locale the widgets are showing now ("en", "es", …, "zh-Hans"): for `lang`, speech and `Intl`. */
export function currentLocale(): string {
  return getLocale?.() ?? sourceLocale;
}

/** "rtl" for a right-to-left locale, else "ltr". */
export function localeDir(locale = currentLocale()): 'ltr' | 'rtl' {
  return /^(ar|fa|he|ur)\b/.test(locale) ? 'rtl' : 'ltr';
}

/** The language the widgets should show: the first widget's own `lang`, else the page's (else English). */
function wantedLocale(): string {
  const next = matchLocale(document.querySelector<HTMLElement>(WIDGETS)?.lang || document.documentElement.lang);
  return failed.has(next) ? sourceLocale : next;
}

function follow(): void {
  if (!setLocale) return;
  const next = wantedLocale();
  if (next === asked) return;
  asked = next;
  setLocale(next).catch((e: unknown) => {
    failed.add(next);
    console.warn(`[stretch-widgets] could not load the "${next}" translation; showing English.`, e);
    if (asked === next) follow();
  });
}

const hosts = new Set<ReactiveControllerHost>();
const refresh = () => hosts.forEach((h) => h.requestUpdate());
// Also when the host app configured @lit/localize itself and switches its language.
globalThis.addEventListener?.(LOCALE_STATUS_EVENT, (e) => e.detail.status == 'ready' && refresh());

/**
 * Re-renders `host` when the language changes, and lets a widget's own `lang`
 * choose the language as it joins or leaves the page. Call in the constructor.
 */
export function localized(host: ReactiveControllerHost): void {
  host.addController({
    hostConnected() {
      hosts.add(host);
      follow();
    },
    hostDisconnected() {
      hosts.delete(host);
      follow();
    },
  });
}

/** Sets up localization once per copy of the library, and follows `lang` from then on. */
export function startLocaleSync(): void {
  if (setLocale) return;
  try {
    ({ setLocale, getLocale } = configureLocalization({
      sourceLocale,
      targetLocales: targets,
      loadLocale: (locale) => loaders[locale as TargetLocale]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
    }));
  } catch {
    // The host app configured @lit/localize itself: it decides the language.
    return;
  }
  follow();
  // A lang change re-renders even when the language shown stays: a clinic's own text is marked with the page's.
  new MutationObserver(() => (follow(), refresh())).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}
