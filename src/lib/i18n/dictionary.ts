/**
 * One dictionary per language for every word of the interface (not the
 * pages' own words, which are Markdown). The English dictionary is the
 * model: the Spanish one must have every key English has, with any words,
 * so a missing translation fails the type check rather than showing English
 * on a Spanish page.
 */
import type { Lang } from './languages';
import { en } from './en';
import { es } from './es';

/** The shape of a dictionary: English's keys, any words. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer E)[]
      ? readonly Widen<E>[]
      : { readonly [K in keyof T]: Widen<T[K]> };

export type Dictionary = Widen<typeof en>;

const dictionaries: Readonly<Record<Lang, Dictionary>> = { en, es };

export function dictionaryFor(lang: Lang): Dictionary {
  return dictionaries[lang];
}
