/**
 * Plural forms by `Intl.PluralRules`, so a catalogue says "1 year" and
 * "2 years" (or, in Russian, "1 год", "2 года", "5 лет") without the card
 * knowing any language's rules. Rules objects are memoised per locale.
 */

/** The forms of one phrase: `other` always, the categories the language uses as it needs them. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` that `n` takes in `locale`; `other` when the language has no form for its category. */
export function plural(locale: string, n: number, forms: PluralForms): string {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return forms[r.select(n)] ?? forms.other;
}
