/**
 * Starts the journal on /journal/ and /es/diario/: reads the dimensions the
 * page was built with, loads what this browser has stored (one journal,
 * whatever the page's language), and wires each part of the page. It speaks
 * the words it is given: the page's starter (src/components/journal/start/)
 * passes its own language's, so no page carries another language's words.
 */
import { formatDay } from '../../lib/journal/model';
import { parseDimensions, parseSettings } from '../../lib/journal/page-data';
import { attribute, selector } from '../../lib/journal/dom-contract';
import type { JournalWords } from '../../lib/journal/words';
import { wireCheckInForm } from './checkin-form';
import { wireDataControls } from './data';
import { one } from './dom';
import { download } from './download';
import { wireGoals } from './goals';
import { renderProgress } from './progress';
import { say } from './status';
import { JournalStore } from './store';

function showStoredState(root: HTMLElement, store: JournalStore, words: JournalWords): void {
  const unreadable = one(root, selector.unreadable);
  const unavailable = one(root, selector.unavailable);
  unreadable.hidden = store.loaded.status !== 'unreadable';
  unavailable.hidden = store.loaded.status !== 'unavailable';
  if (store.loaded.status === 'unreadable') {
    one(unreadable, selector.unreadableReason).textContent = words.data.unreadable(store.loaded.problem);
  }
  // The forms cannot save while the stored data is unreadable or storage is off, so they are set aside.
  for (const part of root.querySelectorAll<HTMLElement>(`${selector.goalsForm}, ${selector.checkInForm}`)) {
    part.inert = store.locked;
  }
}

export function startJournal(words: JournalWords): void {
  const root = document.querySelector<HTMLElement>(selector.journal);
  if (!root) return;
  const day = (date: string) => formatDay(date, words.locale);
  const dimensions = parseDimensions(root.getAttribute(attribute.dimensions) ?? undefined);
  const settings = parseSettings(root.getAttribute(attribute.settings) ?? undefined);
  const store = new JournalStore(dimensions.map((d) => d.id), words);
  const progress = one(root, selector.progress);
  const progressStatus = one(root, selector.status('progress'));

  const deleteCheckIn = (checkIn: { id: string; date: string }) => {
    if (!window.confirm(words.progress.confirmDelete(day(checkIn.date)))) return;
    const saved = store.save({ ...store.journal, checkIns: store.journal.checkIns.filter((c) => c.id !== checkIn.id) });
    say(progressStatus, saved.ok ? words.progress.deleted(day(checkIn.date)) : saved.problem, saved.ok ? 'done' : 'problem');
  };
  const render = () => {
    showStoredState(root, store, words);
    renderProgress(progress, store.journal, dimensions, settings, words, deleteCheckIn);
  };

  wireGoals(root, store, dimensions, words);
  wireCheckInForm(root, store, dimensions, settings, words);
  wireDataControls(root, store, dimensions, words);
  store.onChange(render);
  render();

  one(root, selector.action('save-unreadable')).addEventListener('click', () => {
    const raw = store.loaded.status === 'unreadable' ? store.loaded.raw : '';
    download(words.files.unreadable, 'text/plain', raw);
  });
  root.hidden = false;
}
