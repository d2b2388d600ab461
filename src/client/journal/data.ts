/**
 * "Print, save or move your journal": print, export (JSON and CSV), import
 * and delete-all. Files are made and read in the browser; nothing is uploaded.
 * The JSON is the stored journal itself, the same in every language; the CSV's
 * headers and the files' names are in the page's language.
 */
import { journalToCsv } from '../../lib/journal/csv';
import { importMessage, importSizeProblem, parseJournalText } from '../../lib/journal/import';
import { dimensionsInUse, formatDay, inDateOrder, isEmpty, localToday, type Journal } from '../../lib/journal/model';
import type { JournalDimension } from '../../lib/journal/page-data';
import { attribute, selector, type Action } from '../../lib/journal/dom-contract';
import type { JournalWords } from '../../lib/journal/words';
import { one } from './dom';
import { download } from './download';
import { say } from './status';
import type { JournalStore } from './store';

/** What a journal holds, in words: "2 chosen parts of success and 3 check-ins, from … to …". */
function contents(journal: Journal, words: JournalWords): string {
  const ordered = inDateOrder(journal.checkIns);
  const day = (date = '') => (date ? formatDay(date, words.locale) : '');
  return words.data.contents(journal.goals.length, ordered.length, day(ordered[0]?.date), day(ordered[ordered.length - 1]?.date));
}

export function wireDataControls(root: HTMLElement, store: JournalStore, dimensions: readonly JournalDimension[], words: JournalWords): void {
  const status = one(root, selector.status('data'));
  const fileInput = one<HTMLInputElement>(root, selector.importFile);
  const importConfirm = one(root, selector.importConfirm);
  const deleteConfirm = one(root, selector.deleteConfirm);
  const dimensionIds = dimensions.map((d) => d.id);
  let pending: Journal | null = null;
  const action = (name: Action) => one<HTMLButtonElement>(root, selector.action(name));

  const html = document.documentElement;
  const stopPrintingWorksheet = () => html.removeAttribute(attribute.printing);
  action('print').addEventListener('click', () => {
    stopPrintingWorksheet(); // the summary, even if a worksheet print is still being set up
    window.print();
  });
  action('print-worksheet').addEventListener('click', () => {
    html.setAttribute(attribute.printing, 'worksheet');
    // Some browsers, on phones especially, return from print() before the page is printed: the worksheet stays until printing is over.
    window.addEventListener('afterprint', stopPrintingWorksheet, { once: true });
    window.print();
  });

  // An empty journal has nothing worth a file; when the saved data cannot be read, the box above offers its own copy.
  const nothingToSave = () => {
    if (!isEmpty(store.journal)) return false;
    say(status, store.loaded.status === 'unreadable' ? words.data.nothingReadable : words.data.nothingToSave, 'problem');
    return true;
  };
  action('export-json').addEventListener('click', () => {
    if (nothingToSave()) return;
    download(words.files.json(localToday()), 'application/json', `${JSON.stringify(store.journal, null, 2)}\n`);
    say(status, words.data.jsonSaved);
  });
  action('export-csv').addEventListener('click', () => {
    if (nothingToSave()) return;
    // A byte-order mark tells spreadsheet programs the file is UTF-8.
    download(words.files.csv(localToday()), 'text/csv', `\uFEFF${journalToCsv(store.journal, dimensionsInUse(store.journal, dimensions), words)}`);
    say(status, words.data.csvSaved);
  });

  const applyImport = (journal: Journal) => {
    const saved = store.save(journal);
    pending = null;
    importConfirm.hidden = true;
    say(status, saved.ok ? words.data.imported(contents(journal, words)) : saved.problem, saved.ok ? 'done' : 'problem');
  };

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    pending = null;
    importConfirm.hidden = true;
    if (!file) return;
    const tooBig = importSizeProblem(file.size, words);
    if (tooBig) return say(status, importMessage(tooBig, words), 'problem');
    const parsed = parseJournalText(await file.text(), dimensionIds, words);
    if (!parsed.ok) return say(status, importMessage(parsed.problem, words), 'problem');
    // Over unreadable saved data the save is refused, and applyImport says why.
    if (isEmpty(store.journal) || store.locked) return applyImport(parsed.journal);
    // There is a journal here already: ask before replacing it.
    pending = parsed.journal;
    one(importConfirm, selector.importSummary).textContent = words.data.copyHas(contents(parsed.journal, words));
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
    say(status, words.data.importCancelled);
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
    say(status, deleted.ok ? words.data.deleted : deleted.problem, deleted.ok ? 'done' : 'problem');
  });
}
