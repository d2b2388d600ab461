/**
 * Connects a search box, two filters (part and reader), a status line and a
 * results list: searches as the reader types, says in a live region how
 * many pages were found once they stop typing, and lets arrow keys move
 * between results (Enter opens one, as on any link). When search cannot
 * load, it says so plainly and offers the parts of the guide instead. Used
 * by the dialog and the search page; it speaks the page's language.
 */
import { searchGuide, warmUp } from './search-engine';
import { resultItem } from './search-results';
import { partLinks } from './part-links';
import { pageLang } from './page-lang';
import { promptMessage, statusMessage, unavailableMessage } from '../lib/search-messages';
import { partNamesFor, searchWordsFor } from '../lib/i18n/search-dictionary';

/** Typing pauses shorter than this do not start a search. */
const TYPING_PAUSE_MS = 120;
/**
 * The live region speaks once the reader has stopped typing for this long:
 * a screen reader would otherwise read a count out at every short pause,
 * over the letters being typed. The results themselves are drawn at once.
 */
const SETTLED_TYPING_MS = 1000;
/** A search slower than this (the first one, on a slow phone) says that it is searching. */
const SLOW_SEARCH_MS = 400;

export interface SearchElements {
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
  /**
   * Where the help-now lines go when a search suggests the reader is in
   * crisis, and the parts of the guide when search cannot load.
   */
  help: HTMLElement;
  part: HTMLSelectElement;
  reader: HTMLSelectElement;
  /** The page lists the parts of the guide below the results (the /search/ page), so they need not be repeated. */
  partsBelow: boolean;
}

export interface SearchState {
  query: string;
  part: string;
  reader: string;
}

function select(name: string, label: string, all: string, options: Record<string, string>): [HTMLLabelElement, HTMLSelectElement] {
  const wrapper = document.createElement('label');
  wrapper.className = 'flex min-w-0 flex-1 basis-32 flex-col gap-1 text-sm font-semibold';
  wrapper.append(label);
  const box = document.createElement('select');
  box.name = name;
  box.className = 'min-h-target rounded-md border border-line bg-raised px-2 text-base font-normal text-ink';
  box.add(new Option(all, ''));
  for (const [value, text] of Object.entries(options)) box.add(new Option(text, value));
  wrapper.appendChild(box);
  return [wrapper, box];
}

/**
 * The two filters, in a row that wraps on narrow screens. A part is chosen
 * by its name in the page's language, which is what the pages of that
 * language give Pagefind as their part (ArticleLayout.astro).
 */
export function filterControls(): { row: HTMLElement; part: HTMLSelectElement; reader: HTMLSelectElement } {
  const lang = pageLang();
  const search = searchWordsFor(lang);
  const row = document.createElement('div');
  row.className = 'flex flex-wrap gap-3';
  const parts = Object.fromEntries(partNamesFor(lang).map((label) => [label, label]));
  const [partLabel, part] = select('part', search.filters.part, search.filters.allParts, parts);
  const [readerLabel, reader] = select('reader', search.filters.reader, search.filters.everyone, search.filters.readers);
  row.append(partLabel, readerLabel);
  return { row, part, reader };
}

/** A copy of the page's help-now strip: the lines site.config.ts sets for the page's language. */
function helpNow(name: string): Node | null {
  const strip = document.querySelector('[data-help-now]');
  if (!strip) return null;
  const copy = strip.cloneNode(true) as HTMLElement;
  copy.removeAttribute('data-help-now');
  copy.setAttribute('aria-label', name);
  copy.className = 'rounded-lg border-2 border-calm-line bg-calm text-sm';
  return copy;
}

export function connectSearch(elements: SearchElements, onSearch?: (state: SearchState) => void): () => Promise<void> {
  const { input, status, results, help, part, reader, partsBelow } = elements;
  const lang = pageLang();
  const words = searchWordsFor(lang);
  let latest = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;
  /** The newest search, until its results are drawn. */
  let drawing: Promise<void> = Promise.resolve();
  /** When the reader last typed in the box (Date.now()). */
  let typedAt = -Infinity;
  let announcing: ReturnType<typeof setTimeout> | undefined;

  /** Puts `message` in the live region now, or once typing has settled; a newer message replaces one still waiting. */
  function announce(message: string): void {
    clearTimeout(announcing);
    const wait = typedAt + SETTLED_TYPING_MS - Date.now();
    if (wait > 0) announcing = setTimeout(() => (status.textContent = message), wait);
    else status.textContent = message;
  }

  function run(): Promise<void> {
    clearTimeout(typing);
    typing = undefined;
    drawing = search();
    return drawing;
  }

  async function search(): Promise<void> {
    const ticket = ++latest;
    const state = { query: input.value, part: part.value, reader: reader.value };
    onSearch?.(state);
    const filters: Record<string, string> = {};
    if (state.part) filters['part'] = state.part;
    if (state.reader) filters['reader'] = state.reader;
    const slow = setTimeout(() => {
      if (ticket === latest) announce(words.status.searching);
    }, SLOW_SEARCH_MS);
    try {
      const answer = await searchGuide(state.query, filters);
      if (ticket !== latest) return; // a newer search has taken over
      const total = answer.plan.words.length;
      results.replaceChildren(...answer.pages.map((page) => resultItem(page, page.matched.length === total, words)));
      const crisis = answer.plan.crisis ? helpNow(words.helpFirst) : null;
      help.replaceChildren(...(crisis ? [crisis] : []));
      announce(
        statusMessage({
          ...answer,
          shown: answer.pages.length,
          part: state.part || undefined,
          reader: (words.filters.readers as Record<string, string>)[state.reader],
          lang,
        }),
      );
    } catch (error) {
      if (ticket !== latest) return;
      // Why, for whoever runs the site (in `npm run dev`: no index built yet); readers get plain words.
      console.warn(error);
      results.replaceChildren();
      help.replaceChildren(...(partsBelow ? [] : [partLinks()]));
      announce(unavailableMessage(partsBelow, lang));
    } finally {
      clearTimeout(slow);
    }
  }

  status.textContent = promptMessage(lang);
  // The reader is about to search: load the engine while they type.
  input.addEventListener('focus', warmUp, { once: true });
  input.addEventListener('input', () => {
    typedAt = Date.now();
    clearTimeout(announcing); // about words the reader is still changing
    clearTimeout(typing);
    typing = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  part.addEventListener('change', () => void run());
  reader.addEventListener('change', () => void run());

  const links = () => Array.from(results.querySelectorAll<HTMLElement>('[data-search-result]'));
  // A reader may press the arrow before the search for their last words has
  // finished: it goes to the first result of that search, not of an older one
  // about to be replaced.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    const newest = typing === undefined ? drawing : run();
    void newest.then(() => links()[0]?.focus());
  });
  results.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? (all[at + 1] ?? all[at]) : (all[at - 1] ?? input);
    next?.focus();
  });
  return run;
}
