/**
 * How a language's word lists become the table the query engine reads
 * (src/lib/search-query.ts). Every language writes its lists the same way:
 * filler to drop, the guide's words with the words readers use for them,
 * and readers' phrases (the words of a crisis are in crisis.ts, every
 * language's together). Lookups ignore accents, so
 * the lists may be written with them ("mamá") and readers may type without
 * them ("mama"); what is searched keeps the spelling written here.
 */

/** A word or phrase as it is looked up: accents and other marks removed ("atención" → "atencion", "daño" → "dano"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

export interface WordLists {
  /** Words that carry no subject, separated by white space. */
  stopWords: string;
  /** Words of one or two letters that mean something here; every other short word is dropped. */
  shortWords: readonly string[];
  /** Forms the language's stemmer does not join to their base word: form → base. */
  irregular: Readonly<Record<string, string>>;
  /** The guide's word (or a search such as "a phrase" in quotes) → the words readers type for the same thing. */
  guideWords: Readonly<Record<string, readonly string[]>>;
  /** Readers' phrases whose words mean little alone, grouped under how the guide says it (words, or phrases in quotes). */
  phrases: readonly (readonly [guideWords: readonly string[], readerPhrases: readonly string[]])[];
  /** Other forms of a word that the language's stemmer does not reach. */
  otherForms: (word: string) => string[];
  /** The word as it may stand in the lists, without a plural ending. */
  singular: (word: string) => string;
}

/** What the query engine reads; every key is folded. */
export interface SearchWords {
  stopWords: ReadonlySet<string>;
  shortWords: ReadonlySet<string>;
  /** For each reader's word, the guide words it stands for. */
  alternatives: ReadonlyMap<string, readonly string[]>;
  /** For each reader's phrase (its words joined by single spaces), how the guide says it. */
  phrases: ReadonlyMap<string, readonly string[]>;
  /** The longest reader's phrase, in words. */
  longestPhrase: number;
  otherForms: (word: string) => string[];
  singular: (word: string) => string;
}

function alternativesOf(guideWords: WordLists['guideWords'], irregular: WordLists['irregular']): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [guideWord, readerWords] of Object.entries(guideWords)) {
    for (const readerWord of readerWords.map(fold)) {
      if (readerWord === fold(guideWord)) continue;
      const list = map.get(readerWord) ?? [];
      if (!list.includes(guideWord)) list.push(guideWord);
      map.set(readerWord, list);
    }
  }
  for (const [form, base] of Object.entries(irregular)) {
    const key = fold(form);
    if (key !== fold(base)) map.set(key, [base, ...(map.get(key) ?? [])]);
  }
  return map;
}

export function wordTable(lists: WordLists): SearchWords {
  const phrases = new Map<string, readonly string[]>();
  for (const [guideWords, readerPhrases] of lists.phrases) for (const phrase of readerPhrases) phrases.set(fold(phrase), guideWords);
  return {
    stopWords: new Set(lists.stopWords.trim().split(/\s+/).map(fold)),
    shortWords: new Set(lists.shortWords.map(fold)),
    alternatives: alternativesOf(lists.guideWords, lists.irregular),
    phrases,
    longestPhrase: Math.max(1, ...[...phrases.keys()].map((phrase) => phrase.split(' ').length)),
    otherForms: lists.otherForms,
    singular: lists.singular,
  };
}
