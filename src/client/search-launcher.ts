/**
 * The search launcher, inlined in every page by SearchLauncher.astro
 * (minified at build time, so it stays within the inline-script budget).
 * It opens search without loading anything up front: the search module and
 * the index are fetched on the first open only (the header button, "/" or
 * Ctrl/⌘K). A page opened from a search result carries the searched words
 * in its address (?highlight=...); only then is the small highlight module
 * fetched. The module addresses come from <html data-search-module>.
 */
export {}; // a module: its names stay out of the page's global scope

interface SearchModule {
  openSearch: (typedAhead?: string) => void;
}

const d = document;
const module = d.documentElement.dataset['searchModule']!;
let loading: Promise<SearchModule> | null = null;
/** While the module loads, what the reader types goes here, then into the search box. */
let typed: string | null = null;

function open(): void {
  typed ??= '';
  loading ??= import(module) as Promise<SearchModule>;
  loading.then(
    (search) => {
      search.openSearch(typed ?? '');
      typed = null;
    },
    () => {
      // The module could not load (offline?): the search page says why.
      loading = null;
      typed = null;
      location.href = d.querySelector<HTMLAnchorElement>('[data-search-open]')!.href;
    },
  );
}

d.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.('[data-search-open]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  open();
});
d.addEventListener('keydown', (event) => {
  const el = event.target as HTMLElement;
  const key = event.key ?? '';
  if (typed !== null && key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    typed += key;
    event.preventDefault();
    return;
  }
  const typing = el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
  const slash = key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const combo = (event.ctrlKey || event.metaKey) && key.toLowerCase() === 'k';
  if (!slash && !combo) return;
  event.preventDefault();
  open();
});
if (/[?&]highlight=/.test(location.search)) import(module.replace(/[^/]*$/, 'search-highlight.js')).catch(() => undefined);
