/**
 * The search module, fetched only when a reader opens search. `openSearch`
 * shows the dialog on any page; `mountSearchPage` runs the search page
 * (/search/, /es/buscar/); `searchGuide` answers a question without any UI
 * (the relevance test and the benchmark call it in the browser). It speaks
 * the page's language (page-lang.ts), and each language's pages fetch a
 * build of it that carries their words alone (/search-ui.js,
 * /es/search-ui.js: src/integrations/client-bundle.ts).
 */
import { connectSearch, filterControls, type SearchElements, type SearchState } from './search-controller';
import { pageLang } from './page-lang';
import { searchWordsFor } from '../lib/i18n/search-dictionary';

export { searchGuide } from './search-engine';

let dialog: HTMLDialogElement | null = null;
let runInDialog: (() => Promise<void>) | null = null;

/** The status line, the crisis help slot and the results list, in reading order. */
function resultArea(list: HTMLElement): Pick<SearchElements, 'status' | 'help' | 'results'> & { nodes: Node[] } {
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'text-muted';
  const help = document.createElement('div');
  return { status, help, results: list, nodes: [status, help, list] };
}

/** The search page's address for a search, so it can be linked and shared. */
function searchPageUrl(page: string, { query, part, reader }: SearchState): string {
  const url = new URL(page, location.href);
  url.search = '';
  if (query) url.searchParams.set('q', query);
  if (part) url.searchParams.set('part', part);
  if (reader) url.searchParams.set('reader', reader);
  return url.href;
}

function buildDialog(): HTMLDialogElement {
  const words = searchWordsFor(pageLang());
  const el = document.createElement('dialog');
  el.setAttribute('aria-labelledby', 'search-dialog-title');
  el.className =
    'm-0 h-full max-h-none w-full max-w-none bg-surface p-0 text-ink backdrop:bg-black/50 sm:mx-auto sm:mt-[8vh] sm:h-auto sm:max-h-[80vh] sm:max-w-2xl sm:rounded-xl sm:border sm:border-line';
  el.innerHTML = `
    <div class="flex max-h-full flex-col gap-3 p-4 sm:max-h-[80vh]">
      <div class="flex items-center justify-between gap-2">
        <h2 id="search-dialog-title" class="text-xl font-bold"></h2>
        <button type="button" data-search-close class="min-h-target rounded-md border border-line px-3"></button>
      </div>
      <form role="search" class="flex flex-col gap-3">
        <label for="search-dialog-input" class="sr-only"></label>
        <input id="search-dialog-input" type="search" autocomplete="off" enterkeyhint="search"
          class="min-h-target w-full rounded-md border border-line bg-raised px-3 text-ink" />
      </form>
      <div class="flex min-h-0 flex-col gap-3 overflow-y-auto" data-search-area>
        <ul class="space-y-3"></ul>
      </div>
    </div>`;
  // The words go in as text, never as markup.
  el.querySelector('h2')!.textContent = words.dialogTitle;
  el.querySelector('[data-search-close]')!.textContent = words.close;
  el.querySelector('label')!.textContent = words.dialogInputLabel;
  document.body.appendChild(el);
  const input = el.querySelector<HTMLInputElement>('input')!;
  input.placeholder = words.placeholder;
  const form = el.querySelector('form')!;
  const filters = filterControls();
  form.appendChild(filters.row);
  const area = el.querySelector<HTMLElement>('[data-search-area]')!;
  const parts = resultArea(area.querySelector('ul')!);
  area.replaceChildren(...parts.nodes);
  runInDialog = connectSearch({ input, ...parts, part: filters.part, reader: filters.reader, partsBelow: false });
  el.querySelector('[data-search-close]')!.addEventListener('click', () => el.close());
  // Enter in the box opens the search page, whose address can be shared.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const page = document.querySelector<HTMLAnchorElement>('[data-search-open]')!.href;
    location.href = searchPageUrl(page, { query: input.value, part: filters.part.value, reader: filters.reader.value });
  });
  // A click on the backdrop (outside the panel) closes the dialog.
  el.addEventListener('click', (event) => {
    if (event.target === el) el.close();
  });
  return el;
}

/**
 * Opens the dialog. `typedAhead` is what the reader typed while this module
 * loaded: it becomes the search, with the cursor after it. Without it, the
 * last search is kept and selected, so typing replaces it.
 */
export function openSearch(typedAhead = ''): void {
  dialog ??= buildDialog();
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input')!;
  input.focus();
  if (typedAhead) input.value = typedAhead;
  else input.select();
  if (input.value) void runInDialog?.();
}

export function mountSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('#search-page-input');
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const target = document.querySelector<HTMLElement>('[data-search-results]');
  if (!input || !form || !target) return;
  const filters = filterControls();
  filters.row.classList.add('w-full');
  form.appendChild(filters.row);
  const list = document.createElement('ul');
  list.className = 'mt-4 space-y-3';
  const parts = resultArea(list);
  target.replaceChildren(...parts.nodes);

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  filters.part.value = params.get('part') ?? '';
  filters.reader.value = params.get('reader') ?? '';
  // Keep the address in step with the search, so it can be shared and the
  // back button returns to it; Enter submits the form as a new address.
  const run = connectSearch({ input, ...parts, part: filters.part, reader: filters.reader, partsBelow: true }, (state) => {
    history.replaceState(null, '', searchPageUrl(location.pathname, state));
  });
  void run();
}
