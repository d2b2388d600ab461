import { describe, expect, it } from 'vitest';
import { STORAGE_KEY, deleteJournal, loadJournal, saveJournal, type KeyValueStore } from '../../src/lib/journal/storage';
import { emptyJournal, type Journal } from '../../src/lib/journal/model';
import { dictionaryFor } from '../../src/lib/i18n/dictionary';

const DIMENSIONS = ['hope'];
const english = dictionaryFor('en').journal.script;

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const journal: Journal = {
  schemaVersion: 1,
  goals: [{ dimension: 'hope', better: 'More good days' }],
  checkIns: [{ id: 'x1', date: '2026-11-01', ratings: { hope: 4 }, phq9: null, gad7: null, note: 'ok' }],
};

describe('journal storage', () => {
  it('saves under one key and loads the same journal back', () => {
    const store = memoryStore();
    expect(saveJournal(store, journal, english)).toEqual({ ok: true });
    expect([...store.data.keys()]).toEqual([STORAGE_KEY]);
    expect(loadJournal(store, DIMENSIONS, english)).toEqual({ status: 'ok', journal });
  });

  it('reports an empty browser as empty', () => {
    expect(loadJournal(memoryStore(), DIMENSIONS, english)).toEqual({ status: 'empty' });
  });

  it('reports unreadable data with its text, and leaves it where it is', () => {
    const store = memoryStore({ [STORAGE_KEY]: '{"schemaVersion":7}' });
    const loaded = loadJournal(store, DIMENSIONS, english);
    expect(loaded).toMatchObject({ status: 'unreadable', raw: '{"schemaVersion":7}' });
    expect(loaded.status === 'unreadable' && loaded.problem).toBe('the saved journal was made by a newer version of the journal (version 7); this page reads version 1 and older');
    expect(store.data.get(STORAGE_KEY)).toBe('{"schemaVersion":7}');
    expect(loadJournal(memoryStore({ [STORAGE_KEY]: 'not json' }), DIMENSIONS, english)).toMatchObject({ status: 'unreadable' });
  });

  it('says when the browser will not store anything', () => {
    const blocked: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(loadJournal(blocked, DIMENSIONS, english)).toEqual({ status: 'unavailable' });
    expect(loadJournal(null, DIMENSIONS, english)).toEqual({ status: 'unavailable' });
    const saved = saveJournal(blocked, emptyJournal(), english);
    expect(saved.ok).toBe(false);
    expect(!saved.ok && saved.problem).toMatch(/full or turned off/);
  });

  it('deletes only its own key', () => {
    const store = memoryStore({ [STORAGE_KEY]: JSON.stringify(journal), theme: 'dark' });
    expect(deleteJournal(store, english)).toEqual({ ok: true });
    expect(Object.fromEntries(store.data)).toEqual({ theme: 'dark' });
  });
});
