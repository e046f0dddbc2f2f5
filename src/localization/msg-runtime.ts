/**
 * The part of @lit/localize's runtime mode these widgets use, small: the
 * bundles (and the browser tests) take `msg`, `str`, `configureLocalization`
 * and `LOCALE_STATUS_EVENT` from here instead of from '@lit/localize' (see
 * rollup.config.mjs and web-test-runner.config.mjs); the npm build imports
 * @lit/localize itself. Same contract as its runtime: `setLocale` returns
 * one promise for the latest locale asked (a newer ask replaces an older one,
 * whose result is then ignored), status events `loading`, `ready` and
 * `error` on `window`, and a message is looked up by its id, else by
 * @lit/localize's own id of its text. Not here: `msg(html`…`)` (none of our
 * messages is HTML), the `localized` decorator (locale.ts re-renders), and
 * @lit/localize's throws for a locale it was not given or a second
 * configuration: locale.ts configures it once and asks only for its own locales.
 */
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

export const LOCALE_STATUS_EVENT = 'lit-localize-status';

/** What `str` gives: @lit/localize's also carries `strTag: true`, which only its own msg() reads. */
interface StrResult {
  strings: TemplateStringsArray;
  values: unknown[];
}
type Template = string | StrResult;
type Translated = string | { strings: readonly string[]; values: number[] };

export const str = (strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({ strings, values });

let templates: Record<string, Translated> | undefined;

/** `template` in the shown language (its placeholders in the translation's order), else as written. */
export function msg(template: Template, options?: { id?: string }): string {
  // Only a translated page asks (the bundles' id is the text itself: no hash to cache).
  const t = (templates && templates[options?.id ?? generateMsgId(typeof template == 'string' ? template : template.strings, false)]) || template;
  if (typeof t == 'string') return t;
  const values = (template as StrResult).values;
  return t.strings.reduce((s, part, i) => s + values[t === template ? i - 1 : (t.values[i - 1] as number)] + part);
}

let active = '';
let source = '';
let loadingLocale: string | undefined;
let load: (locale: string) => Promise<{ templates: Record<string, Translated> }>;
let request = 0;
let settled = true;
let done!: [() => void, (e: unknown) => void];
let loading = Promise.resolve();

const status = (detail: object) => dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail }));

function setLocale(locale: string): Promise<void> {
  if (locale === (loadingLocale ?? active)) return loading;
  const me = ++request;
  loadingLocale = locale;
  if (settled) loading = new Promise((resolve, reject) => (done = [resolve, reject]));
  settled = false;
  status({ status: 'loading', loadingLocale: locale });
  (locale === source ? Promise.resolve({ templates: undefined }) : load(locale)).then(
    (m) => {
      if (me !== request) return;
      active = locale;
      loadingLocale = undefined;
      templates = m.templates;
      status({ status: 'ready', readyLocale: locale });
      settled = true;
      done[0]();
    },
    (e: unknown) => {
      if (me !== request) return;
      status({ status: 'error', errorLocale: locale, errorMessage: String(e) });
      settled = true;
      done[1](e);
    },
  );
  return loading;
}

/** Once per copy of the library. */
export function configureLocalization(config: {
  sourceLocale: string;
  targetLocales: readonly string[];
  loadLocale: (locale: string) => Promise<unknown>;
}): { getLocale: () => string; setLocale: (locale: string) => Promise<void> } {
  active = source = config.sourceLocale;
  load = config.loadLocale as typeof load;
  return { getLocale: () => active, setLocale };
}
