/** The "What matters to you?" form: which dimensions to follow, and what "better" would look like for each. */
import type { Goal, Journal } from '../../lib/journal/model';
import type { JournalDimension } from '../../lib/journal/page-data';
import { selector } from '../../lib/journal/dom-contract';
import type { JournalWords } from '../../lib/journal/words';
import { one } from './dom';
import type { JournalStore } from './store';
import { say } from './status';

export function wireGoals(root: HTMLElement, store: JournalStore, dimensions: readonly JournalDimension[], words: JournalWords): void {
  const form = one<HTMLFormElement>(root, selector.goalsForm);
  const status = one(root, selector.status('goals'));
  const item = (id: string) => one(form, selector.goal(id));
  const box = (id: string) => one<HTMLInputElement>(item(id), 'input[type="checkbox"]');
  const better = (id: string) => one<HTMLTextAreaElement>(item(id), 'textarea');
  const showDetail = (id: string) => {
    one(item(id), selector.goalDetail).hidden = !box(id).checked;
  };

  // The form shows the saved goals; it is refreshed only when they change, so that unsaved typing is never lost.
  let shown = '';
  const show = (journal: Journal) => {
    const goals = JSON.stringify(journal.goals);
    if (goals === shown) return;
    shown = goals;
    for (const { id } of dimensions) {
      const goal = journal.goals.find((g) => g.dimension === id);
      box(id).checked = goal !== undefined;
      better(id).value = goal?.better ?? '';
      showDetail(id);
    }
  };
  show(store.journal);
  store.onChange(show);

  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.type === 'checkbox') showDetail(target.value);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const goals: Goal[] = dimensions
      .filter(({ id }) => box(id).checked)
      .map(({ id }) => ({ dimension: id, better: better(id).value.trim() }));
    const saved = store.save({ ...store.journal, goals });
    if (!saved.ok) return say(status, saved.problem, 'problem');
    say(status, goals.length === 0 ? words.goals.savedNone : words.goals.saved(goals.length, dimensions.length));
  });
}
