/**
 * Plurals by the shown language's CLDR rules (`Intl.PluralRules`): Arabic has
 * six forms (zero, one, two, few, many, other), Chinese one. @lit/localize has
 * no ICU plurals, so every form is its own `msg()` with a stable `id`
 * (`<site>.<form>`) and a `desc` naming the form for translators. English, the
 * source, repeats its "other" sentence for zero, two, few and many.
 *
 * Each form is a whole sentence, never a word glued into one:
 *
 *   plural(n, {
 *     zero: msg(str`${n} holds done.`, { id: 'holds.zero', desc: '… Form ZERO …' }),
 *     one: msg(str`${n} hold done.`, { id: 'holds.one', desc: '… Form ONE …' }),
 *     …
 *   })
 */
import { cached } from './format.js';

export type PluralForm = Intl.LDMLPluralRule;
export type PluralForms = Record<PluralForm, string>;

/**
 * The form of `forms` that the shown language uses for `n`. (In the bundle,
 * scripts/msg-trim.mjs folds the six English forms into a function of the form.)
 */
export function plural(n: number, forms: PluralForms | ((form: PluralForm) => string)): string {
  const form = cached('plural', (l) => new Intl.PluralRules(l)).select(n);
  return typeof forms == 'function' ? forms(form) : forms[form];
}
