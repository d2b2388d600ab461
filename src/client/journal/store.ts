/**
 * The journal in memory and in localStorage. Every change is saved first and
 * only then shown, so the page never shows something that was not kept.
 */
import { emptyJournal, type Journal } from '../../lib/journal/model';
import { deleteJournal, loadJournal, saveJournal, STORAGE_KEY, type KeyValueStore, type Loaded, type Saved } from '../../lib/journal/storage';
import type { JournalWords } from '../../lib/journal/words';

function browserStorage(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export class JournalStore {
  private readonly storage = browserStorage();
  private listeners: ((journal: Journal) => void)[] = [];
  journal: Journal = emptyJournal();
  /** How the stored journal was found when the page opened (or after another tab changed it). */
  loaded: Loaded = { status: 'empty' };

  constructor(
    private readonly dimensionIds: readonly string[],
    private readonly words: JournalWords,
  ) {
    this.reload();
    // Another tab with the journal open saved a change: show it here too.
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY && event.key !== null) return;
      this.reload();
      this.notify();
    });
  }

  private reload(): void {
    this.loaded = loadJournal(this.storage, this.dimensionIds, this.words);
    this.journal = this.loaded.status === 'ok' ? this.loaded.journal : emptyJournal();
  }

  /** Saved data could not be read: the page must not write over it until the reader deletes it. */
  get locked(): boolean {
    return this.loaded.status === 'unreadable' || this.loaded.status === 'unavailable';
  }

  onChange(listener: (journal: Journal) => void): void {
    this.listeners.push(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.journal);
  }

  save(next: Journal): Saved {
    if (this.locked) return { ok: false, problem: this.words.storage.locked };
    const saved = saveJournal(this.storage, next, this.words);
    if (saved.ok) {
      this.journal = next;
      this.loaded = { status: 'ok', journal: next };
      this.notify();
    }
    return saved;
  }

  deleteAll(): Saved {
    const deleted = deleteJournal(this.storage, this.words);
    if (deleted.ok) {
      this.journal = emptyJournal();
      this.loaded = this.storage ? { status: 'empty' } : { status: 'unavailable' };
      this.notify();
    }
    return deleted;
  }
}
