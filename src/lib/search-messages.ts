/**
 * What search says to the reader, in one line read out by the live region:
 * how many pages were found, and whether they match all of the reader's
 * words or only some. The reader's text is quoted as text (the caller puts
 * it in textContent), cut short so that the line stays readable. The words
 * are the page's language's (src/lib/i18n/<lang>/search.ts).
 */
import { searchWordsFor } from './i18n/search-dictionary';
import { DEFAULT_LANG, type Lang } from './i18n/languages';
import { MAX_QUERY_LENGTH, MAX_WORDS, type QueryPlan, type Ranking } from './search-query';

const QUOTE_LENGTH = 60;

const wordsOf = (lang: Lang) => searchWordsFor(lang).status;

/** What the status line says before the reader has typed anything. */
export function promptMessage(lang: Lang = DEFAULT_LANG): string {
  return wordsOf(lang).prompt;
}

/**
 * When search cannot load (offline, or the connection dropped): what to do
 * instead, in plain words. The parts of the guide follow it: in the dialog
 * as a list right after it, on the search page in the list below.
 */
export function unavailableMessage(partsBelow: boolean, lang: Lang = DEFAULT_LANG): string {
  return wordsOf(lang).unavailable(partsBelow);
}

export function quoted(text: string): string {
  const chars = Array.from(text);
  return `“${chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH).join('')}…` : text}”`;
}

const list = (words: string[]) => words.map(quoted).join(', ');

export interface StatusInput {
  plan: QueryPlan;
  ranking: Ranking;
  shown: number;
  /** The filters in use, as the reader chose them: a part ("What helps") and a reader ("Clinics"). */
  part?: string | undefined;
  reader?: string | undefined;
  /** The language to say it in: the page's. */
  lang?: Lang | undefined;
}

export function statusMessage({ plan, ranking, shown, part, reader, lang = DEFAULT_LANG }: StatusInput): string {
  const say = wordsOf(lang);
  if (plan.text === '') return say.prompt;
  const notes: string[] = [];
  if (plan.shortened) notes.push(say.cutCharacters(MAX_QUERY_LENGTH));
  if (plan.leftOut.length > 0) notes.push(say.cutWords(MAX_WORDS));
  const after = notes.length > 0 ? ` ${notes.join(' ')}` : '';

  const query = quoted(plan.text);
  if (plan.words.length === 0) return say.noWords(query);
  const where = say.scope(part, reader);
  const unknown = ranking.unknown.length > 0 ? ` ${say.unknown(list(ranking.unknown))}` : '';
  // Every page found is counted, though only the best are shown.
  const found = Math.max(ranking.pages.length, shown);
  const best = found > shown ? ` ${say.best(shown)}` : '';
  if (shown === 0) return `${say.none(where, query)}${after}`;
  if (ranking.complete) return `${say.all(found, where, query)}${best}${after}`;
  return `${say.some(found, where, query)}${best}${unknown}${after}`;
}
