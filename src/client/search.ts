/**
 * The search module, fetched only when a reader opens search. `openSearch`
 * shows the dialog on any page; `mountSearchPage` runs the /search/ page.
 */
import { connectSearch } from './search-controller';

let dialog: HTMLDialogElement | null = null;
let runInDialog: ((query: string) => Promise<void>) | null = null;

function buildDialog(): HTMLDialogElement {
  const el = document.createElement('dialog');
  el.setAttribute('aria-labelledby', 'search-dialog-title');
  el.className =
    'm-0 h-full max-h-none w-full max-w-none bg-surface p-0 text-ink backdrop:bg-black/50 sm:mx-auto sm:mt-[8vh] sm:h-auto sm:max-h-[80vh] sm:max-w-2xl sm:rounded-xl sm:border sm:border-line';
  el.innerHTML = `
    <div class="flex flex-col gap-3 p-4">
      <div class="flex items-center justify-between gap-2">
        <h2 id="search-dialog-title" class="text-xl font-bold">Search the guide</h2>
        <button type="button" data-search-close class="min-h-target rounded-md border border-line px-3">Close</button>
      </div>
      <form role="search" data-search-dialog-form>
        <label for="search-dialog-input" class="sr-only">Search words or a question</label>
        <input id="search-dialog-input" type="search" autocomplete="off" placeholder="Ask in your own words"
          class="min-h-target w-full rounded-md border border-line bg-raised px-3 text-ink" />
      </form>
      <p role="status" aria-live="polite" class="text-sm text-muted" data-search-status></p>
      <ul class="space-y-3 overflow-y-auto" data-search-list></ul>
    </div>`;
  document.body.appendChild(el);
  const input = el.querySelector<HTMLInputElement>('input')!;
  runInDialog = connectSearch({
    input,
    status: el.querySelector<HTMLElement>('[data-search-status]')!,
    results: el.querySelector<HTMLElement>('[data-search-list]')!,
  });
  el.querySelector('[data-search-close]')!.addEventListener('click', () => el.close());
  // Enter in the box opens the full search page, whose address can be shared.
  el.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    const page = document.querySelector<HTMLAnchorElement>('[data-search-open]')!.href;
    location.href = `${page}?q=${encodeURIComponent(input.value)}`;
  });
  // A click on the backdrop (outside the panel) closes the dialog.
  el.addEventListener('click', (event) => {
    if (event.target === el) el.close();
  });
  return el;
}

export function openSearch(query = ''): void {
  dialog ??= buildDialog();
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input')!;
  if (query) input.value = query;
  input.focus();
  input.select();
  void runInDialog?.(input.value);
}

export function mountSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('#search-page-input');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  if (!input || !results) return;
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.className = 'text-muted';
  const list = document.createElement('ul');
  list.className = 'mt-4 space-y-3';
  results.replaceChildren(status, list);
  const run = connectSearch({ input, status, results: list });
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  // Keep the address in step with the box, so the search can be shared.
  input.addEventListener('input', () => {
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
  });
  void run(query);
}
