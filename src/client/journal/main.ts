/**
 * Starts the journal on /journal/: reads the dimensions the page was built
 * with, loads what this browser has stored, and wires each part of the page.
 */
import { formatDay } from '../../lib/journal/model';
import { parseDimensions, parseSettings } from '../../lib/journal/page-data';
import { STORAGE_KEY } from '../../lib/journal/storage';
import { wireCheckInForm } from './checkin-form';
import { wireDataControls } from './data';
import { one } from './dom';
import { download } from './download';
import { wireGoals } from './goals';
import { renderProgress } from './progress';
import { say } from './status';
import { JournalStore } from './store';

function showStoredState(root: HTMLElement, store: JournalStore): void {
  const unreadable = one(root, '[data-journal-unreadable]');
  const unavailable = one(root, '[data-journal-unavailable]');
  unreadable.hidden = store.loaded.status !== 'unreadable';
  unavailable.hidden = store.loaded.status !== 'unavailable';
  if (store.loaded.status === 'unreadable') {
    one(unreadable, '[data-unreadable-reason]').textContent = `What is wrong: ${store.loaded.problem}.`;
  }
  // The forms cannot save while the stored data is unreadable or storage is off, so they are set aside.
  for (const part of root.querySelectorAll<HTMLElement>('[data-goals-form], [data-checkin-form]')) {
    part.inert = store.locked;
  }
}

export function startJournal(): void {
  const root = document.querySelector<HTMLElement>('[data-journal]');
  if (!root) return;
  const dimensions = parseDimensions(root.dataset['dimensions']);
  const settings = parseSettings(root.dataset['settings']);
  const store = new JournalStore(dimensions.map((d) => d.id));
  const progress = one(root, '[data-progress]');
  const progressStatus = one(root, '[data-status="progress"]');

  const deleteCheckIn = (checkIn: { id: string; date: string }) => {
    if (!window.confirm(`Delete the check-in of ${formatDay(checkIn.date)}? This cannot be undone.`)) return;
    const saved = store.save({ ...store.journal, checkIns: store.journal.checkIns.filter((c) => c.id !== checkIn.id) });
    say(progressStatus, saved.ok ? `Deleted the check-in of ${formatDay(checkIn.date)}.` : saved.problem, saved.ok ? 'done' : 'problem');
  };
  const render = () => {
    showStoredState(root, store);
    renderProgress(progress, store.journal, dimensions, settings, deleteCheckIn);
  };

  wireGoals(root, store, dimensions);
  wireCheckInForm(root, store, dimensions, settings);
  wireDataControls(root, store, dimensions);
  store.onChange(render);
  render();

  one(root, '[data-action="save-unreadable"]').addEventListener('click', () => {
    const raw = store.loaded.status === 'unreadable' ? store.loaded.raw : '';
    download(`${STORAGE_KEY}-unreadable.txt`, 'text/plain', raw);
  });
  root.hidden = false;
}
