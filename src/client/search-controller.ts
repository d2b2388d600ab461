/**
 * Connects a search box to a results list and a status line: searches as the
 * reader types, says how many results there are (in a live region), and lets
 * arrow keys move between results. Used by the dialog and the /search/ page.
 */
import { loadPagefind, SearchIndexMissing } from './pagefind';
import { resultItem } from './search-results';

const MAX_RESULTS = 10;
/** Longer queries are cut: nobody types more, and Pagefind should never be asked to. */
const MAX_QUERY_LENGTH = 200;

export interface SearchElements {
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
}

export function connectSearch({ input, status, results }: SearchElements): (query: string) => Promise<void> {
  let latest = 0;

  async function run(raw: string): Promise<void> {
    const ticket = ++latest;
    const query = raw.trim().slice(0, MAX_QUERY_LENGTH);
    results.replaceChildren();
    if (query === '') {
      status.textContent = 'Type a word or a question, for example “sleep” or “how can I help my son”.';
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.search(query);
      const found = search?.results.slice(0, MAX_RESULTS) ?? [];
      const pages = await Promise.all(found.map((result) => result.data()));
      if (ticket !== latest) return; // a newer query has taken over
      results.replaceChildren(...pages.map(resultItem));
      status.textContent =
        pages.length === 0
          ? `No pages match “${query}”. Try fewer or simpler words.`
          : `${pages.length} ${pages.length === 1 ? 'page matches' : 'pages match'} “${query}”.`;
    } catch (error) {
      if (ticket !== latest) return;
      status.textContent =
        error instanceof SearchIndexMissing ? error.message : 'Search is not working right now. Please use the links to the parts of the guide.';
    }
  }

  input.addEventListener('input', () => void run(input.value));
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = results.querySelector<HTMLElement>('[data-search-result]');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
  results.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = Array.from(results.querySelectorAll<HTMLElement>('[data-search-result]'));
    const at = links.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[at + 1] : links[at - 1];
    (next ?? (event.key === 'ArrowUp' ? input : links[at]))?.focus();
  });
  return run;
}
