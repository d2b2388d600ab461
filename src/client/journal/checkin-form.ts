/** The "Add a check-in" form: date, a rating for each chosen dimension, the optional questionnaires and a note. */
import { buildCheckIn, type CheckInDraft } from '../../lib/journal/checkin';
import { formatDay, localToday, newCheckInId, type Journal } from '../../lib/journal/model';
import { helpSentence } from '../../lib/crisis';
import type { JournalDimension, JournalSettings } from '../../lib/journal/page-data';
import { GAD7, PHQ9, PHQ9_SAFETY_ITEM, needsHelpNow, type Questionnaire } from '../../lib/journal/questionnaires';
import { one } from './dom';
import { say } from './status';
import type { JournalStore } from './store';

export function wireCheckInForm(root: HTMLElement, store: JournalStore, dimensions: readonly JournalDimension[], settings: JournalSettings): void {
  const form = one<HTMLFormElement>(root, '[data-checkin-form]');
  const status = one(root, '[data-status="checkin"]');
  const date = one<HTMLInputElement>(form, 'input[name="date"]');
  const safety = one(form, '[data-safety]');
  const safetyAlert = one(form, '[data-safety-alert]');

  const setToday = () => {
    const today = localToday();
    date.value = today;
    date.max = today;
  };
  setToday();

  // Only the dimensions the reader follows are offered for rating, each with their own words for "better".
  const showRatings = (journal: Journal) => {
    for (const { id } of dimensions) {
      const goal = journal.goals.find((g) => g.dimension === id);
      const row = one(form, `[data-rating-for="${id}"]`);
      row.hidden = goal === undefined;
      one(row, '[data-better-text]').textContent = goal?.better ? `Better would be: ${goal.better}` : '';
      if (!goal) one<HTMLSelectElement>(row, 'select').value = '';
    }
    one(form, '[data-no-goals]').hidden = journal.goals.length > 0;
  };
  showRatings(store.journal);
  store.onChange(showRatings);

  const answers = (q: Questionnaire): (number | null)[] =>
    q.items.map((_, i) => {
      const checked = form.querySelector<HTMLInputElement>(`input[name="${q.id}-${i}"]:checked`);
      return checked ? Number(checked.value) : null;
    });

  // Any answer but "Not at all" to the PHQ-9 question on thoughts of death or self-harm shows the help box at once.
  const showSafety = (show: boolean) => {
    safety.hidden = !show;
    safetyAlert.textContent = show ? `Help is there for you now. ${helpSentence(settings.helpLines)}` : '';
  };
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === `${PHQ9.id}-${PHQ9_SAFETY_ITEM}`) showSafety(target.value !== '0');
  });

  for (const details of form.querySelectorAll<HTMLElement>('[data-questionnaire]')) {
    one(details, '[data-clear-answers]').addEventListener('click', () => {
      for (const radio of details.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = false;
      if (details.dataset['questionnaire'] === PHQ9.id) showSafety(false);
    });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ratings: Record<string, number> = {};
    for (const goal of store.journal.goals) {
      const value = one<HTMLSelectElement>(form, `#rating-${goal.dimension}`).value;
      if (value !== '') ratings[goal.dimension] = Number(value);
    }
    const draft: CheckInDraft = {
      date: date.value,
      ratings,
      phq9: answers(PHQ9),
      gad7: answers(GAD7),
      note: one<HTMLTextAreaElement>(form, 'textarea[name="note"]').value,
    };
    const built = buildCheckIn(draft, { today: localToday(), id: newCheckInId() });
    if (!built.ok) return say(status, built.problem, 'problem');
    const saved = store.save({ ...store.journal, checkIns: [...store.journal.checkIns, built.checkIn] });
    if (!saved.ok) return say(status, saved.problem, 'problem');
    form.reset();
    setToday();
    // After a check-in that needed it, the help box stays in view.
    showSafety(needsHelpNow(built.checkIn.phq9));
    say(status, `Saved your check-in for ${formatDay(built.checkIn.date)}. Your progress is below.`);
  });
}
