/**
 * "Print, save or move your journal": print, export (JSON and CSV), import
 * and delete-all. Files are made and read in the browser; nothing is uploaded.
 */
import { journalToCsv } from '../../lib/journal/csv';
import { importMessage, importSizeProblem, parseJournalText } from '../../lib/journal/import';
import { dimensionsInUse, formatDay, inDateOrder, isEmpty, localToday, type Journal } from '../../lib/journal/model';
import type { JournalDimension } from '../../lib/journal/page-data';
import { one } from './dom';
import { download } from './download';
import { say } from './status';
import type { JournalStore } from './store';

function describe(journal: Journal): string {
  const ordered = inDateOrder(journal.checkIns);
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  const goals = `${journal.goals.length} chosen part${journal.goals.length === 1 ? '' : 's'} of success`;
  if (!first || !last) return `This copy has ${goals} and no check-ins.`;
  const count = ordered.length === 1 ? '1 check-in' : `${ordered.length} check-ins`;
  return `This copy has ${goals} and ${count}, from ${formatDay(first.date)} to ${formatDay(last.date)}.`;
}

export function wireDataControls(root: HTMLElement, store: JournalStore, dimensions: readonly JournalDimension[]): void {
  const status = one(root, '[data-status="data"]');
  const fileInput = one<HTMLInputElement>(root, '#journal-import');
  const importConfirm = one(root, '[data-import-confirm]');
  const deleteConfirm = one(root, '[data-delete-confirm]');
  const dimensionIds = dimensions.map((d) => d.id);
  let pending: Journal | null = null;
  const action = (name: string) => one<HTMLButtonElement>(root, `[data-action="${name}"]`);

  const html = document.documentElement;
  action('print').addEventListener('click', () => {
    delete html.dataset['printing']; // the summary, even if a worksheet print is still being set up
    window.print();
  });
  action('print-worksheet').addEventListener('click', () => {
    html.dataset['printing'] = 'worksheet';
    // Some browsers, on phones especially, return from print() before the page is printed: the worksheet stays until printing is over.
    window.addEventListener('afterprint', () => delete html.dataset['printing'], { once: true });
    window.print();
  });

  // An empty journal has nothing worth a file; when the saved data cannot be read, the box above offers its own copy.
  const nothingToSave = () => {
    if (!isEmpty(store.journal)) return false;
    say(status, store.loaded.status === 'unreadable' ? 'Use “Save a copy of the saved data” above: the saved journal cannot be read here.' : 'There is nothing to save yet.', 'problem');
    return true;
  };
  action('export-json').addEventListener('click', () => {
    if (nothingToSave()) return;
    download(`success-journal-${localToday()}.json`, 'application/json', `${JSON.stringify(store.journal, null, 2)}\n`);
    say(status, 'Your copy is saved to your downloads. Keep it somewhere private.');
  });
  action('export-csv').addEventListener('click', () => {
    if (nothingToSave()) return;
    // A byte-order mark tells spreadsheet programs the file is UTF-8.
    download(`success-journal-${localToday()}.csv`, 'text/csv', `\uFEFF${journalToCsv(store.journal, dimensionsInUse(store.journal, dimensions))}`);
    say(status, 'Your table is saved to your downloads.');
  });

  const applyImport = (journal: Journal) => {
    const saved = store.save(journal);
    pending = null;
    importConfirm.hidden = true;
    say(status, saved.ok ? `Done. ${describe(journal).replace('This copy has', 'Your journal now has')}` : saved.problem, saved.ok ? 'done' : 'problem');
  };

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    pending = null;
    importConfirm.hidden = true;
    if (!file) return;
    const tooBig = importSizeProblem(file.size);
    if (tooBig) return say(status, importMessage(tooBig), 'problem');
    const parsed = parseJournalText(await file.text(), dimensionIds);
    if (!parsed.ok) return say(status, importMessage(parsed.problem), 'problem');
    // Over unreadable saved data the save is refused, and applyImport says why.
    if (isEmpty(store.journal) || store.locked) return applyImport(parsed.journal);
    // There is a journal here already: ask before replacing it.
    pending = parsed.journal;
    one(importConfirm, '[data-import-summary]').textContent = describe(parsed.journal);
    say(status, '');
    importConfirm.hidden = false;
    action('import-replace').focus();
  });
  action('import-replace').addEventListener('click', () => {
    if (pending) applyImport(pending);
  });
  action('import-cancel').addEventListener('click', () => {
    pending = null;
    importConfirm.hidden = true;
    say(status, 'Nothing was imported. Your journal has not changed.');
    fileInput.focus();
  });

  action('delete').addEventListener('click', () => {
    deleteConfirm.hidden = false;
    action('delete-cancel').focus();
  });
  action('delete-cancel').addEventListener('click', () => {
    deleteConfirm.hidden = true;
    action('delete').focus();
  });
  action('delete-confirm').addEventListener('click', () => {
    const deleted = store.deleteAll();
    deleteConfirm.hidden = true;
    action('delete').focus();
    say(status, deleted.ok ? 'Your journal has been deleted from this browser.' : deleted.problem, deleted.ok ? 'done' : 'problem');
  });
}
