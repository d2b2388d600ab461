/**
 * What search says to the reader, in one line read out by the live region:
 * how many pages were found, and whether they match all of the reader's
 * words or only some. The reader's text is quoted as text (the caller puts
 * it in textContent), cut short so that the line stays readable.
 */
import { MAX_QUERY_LENGTH, MAX_WORDS, type QueryPlan, type Ranking } from './search-query';

const QUOTE_LENGTH = 60;

export const PROMPT = 'Type a word or a question, for example “sleep” or “can my partner come with me”.';

/**
 * When search cannot load (offline, or the connection dropped): what to do
 * instead, in plain words. The parts of the guide follow it: in the dialog
 * as a list right after it, on the search page in the list below.
 */
export function unavailableMessage(partsBelow: boolean): string {
  const wayOn = partsBelow ? 'go straight to a part of the guide below.' : 'go straight to a part of the guide:';
  return `Search cannot load right now. Please check your connection and try again in a moment, or ${wayOn}`;
}

export function quoted(text: string): string {
  const chars = Array.from(text);
  return `“${chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH).join('')}…` : text}”`;
}

const pages = (n: number) => `${n} ${n === 1 ? 'page' : 'pages'}`;
const list = (words: string[]) => words.map(quoted).join(', ');

export interface StatusInput {
  plan: QueryPlan;
  ranking: Ranking;
  shown: number;
  /** The filters in use, as the reader chose them: a part ("What helps") and a reader ("Clinics"). */
  part?: string | undefined;
  reader?: string | undefined;
}

/** Where the search looked, when filters narrow it: " in What helps, for Clinics". */
function scope(part?: string, reader?: string): string {
  return `${part ? ` in ${part}` : ''}${part && reader ? ',' : ''}${reader ? ` for ${reader}` : ''}`;
}

export function statusMessage({ plan, ranking, shown, part, reader }: StatusInput): string {
  if (plan.text === '') return PROMPT;
  const notes: string[] = [];
  if (plan.shortened) notes.push(`Only the first ${MAX_QUERY_LENGTH} characters were searched.`);
  if (plan.leftOut.length > 0) notes.push(`Only the first ${MAX_WORDS} words were searched.`);
  const after = notes.length > 0 ? ` ${notes.join(' ')}` : '';

  if (plan.words.length === 0) {
    return `${quoted(plan.text)} has no words to search for. Try a word such as “sleep”, “family” or “medicine”.`;
  }
  const where = scope(part, reader);
  const unknown = ranking.unknown.length > 0 ? ` Nothing in the guide matches ${list(ranking.unknown)}.` : '';
  // Every page found is counted, though only the best are shown.
  const found = Math.max(ranking.pages.length, shown);
  const match = found === 1 ? 'matches' : 'match';
  const best = found > shown ? ` The ${shown} best are shown.` : '';
  if (shown === 0) {
    const widen = where ? ' Try all parts of the guide and all readers, or other words.' : ' Try other or fewer words.';
    return `No pages${where} match ${quoted(plan.text)}.${widen}${after}`;
  }
  if (ranking.complete) return `${pages(found)}${where} ${match} ${quoted(plan.text)}.${best}${after}`;
  return `No page${where} matches all of ${quoted(plan.text)}. ${pages(found)} ${match} some of its words.${best}${unknown}${after}`;
}
