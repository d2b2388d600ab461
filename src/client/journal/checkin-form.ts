/** The "Add a check-in" form: date, a rating for each chosen dimension, the optional questionnaires and a note. */
import { buildCheckIn, type CheckInDraft } from '../../lib/journal/checkin';
import { formatDay, localToday, newCheckInId, type Journal } from '../../lib/journal/model';
import { helpSentence } from '../../lib/crisis';
import type { JournalDimension, JournalSettings } from '../../lib/journal/page-data';
import { GAD7, PHQ9, PHQ9_SAFETY_ITEM, needsHelpNow, type Questionnaire } from '../../lib/journal/questionnaires';
import { attribute, field, selector } from '../../lib/journal/dom-contract';
import type { JournalWords } from '../../lib/journal/words';
import { one } from './dom';
import { say } from './status';
import type { JournalStore } from './store';

export function wireCheckInForm(
  root: HTMLElement,
  store: JournalStore,
  dimensions: readonly JournalDimension[],
  settings: JournalSettings,
  words: JournalWords,
): void {
  const form = one<HTMLFormElement>(root, selector.checkInForm);
  const status = one(root, selector.status('checkin'));
  const date = one<HTMLInputElement>(form, selector.date);
  const safety = one(form, selector.safety);
  const safetyAlert = one(form, selector.safetyAlert);

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
      const row = one(form, selector.ratingFor(id));
      row.hidden = goal === undefined;
      one(row, selector.betterText).textContent = goal?.better ? words.checkIn.betterWouldBe(goal.better) : '';
      if (!goal) one<HTMLSelectElement>(row, 'select').value = '';
    }
    one(form, selector.noGoals).hidden = journal.goals.length > 0;
  };
  showRatings(store.journal);
  store.onChange(showRatings);

  const answers = (q: Questionnaire): (number | null)[] =>
    Array.from({ length: q.itemCount }, (_, i) => {
      const checked = form.querySelector<HTMLInputElement>(`${selector.answer(q.id, i)}:checked`);
      return checked ? Number(checked.value) : null;
    });

  // Any answer but the first ("Not at all") to the PHQ-9 question on thoughts of death or self-harm shows the help box at once.
  const showSafety = (show: boolean) => {
    safety.hidden = !show;
    safetyAlert.textContent = show ? words.checkIn.helpNow(helpSentence(settings.helpLines)) : '';
  };
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === field.answer(PHQ9.id, PHQ9_SAFETY_ITEM)) showSafety(target.value !== '0');
  });

  for (const details of form.querySelectorAll<HTMLElement>(selector.questionnaire)) {
    one(details, selector.clearAnswers).addEventListener('click', () => {
      for (const radio of details.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = false;
      if (details.getAttribute(attribute.questionnaire) === PHQ9.id) showSafety(false);
    });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ratings: Record<string, number> = {};
    for (const goal of store.journal.goals) {
      const value = one<HTMLSelectElement>(form, selector.rating(goal.dimension)).value;
      if (value !== '') ratings[goal.dimension] = Number(value);
    }
    const draft: CheckInDraft = {
      date: date.value,
      ratings,
      phq9: answers(PHQ9),
      gad7: answers(GAD7),
      note: one<HTMLTextAreaElement>(form, selector.note).value,
    };
    const built = buildCheckIn(draft, { today: localToday(), id: newCheckInId() }, words);
    if (!built.ok) return say(status, built.problem, 'problem');
    const saved = store.save({ ...store.journal, checkIns: [...store.journal.checkIns, built.checkIn] });
    if (!saved.ok) return say(status, saved.problem, 'problem');
    form.reset();
    setToday();
    // After a check-in that needed it, the help box stays in view.
    showSafety(needsHelpNow(built.checkIn.phq9));
    say(status, words.checkIn.saved(formatDay(built.checkIn.date, words.locale)));
  });
}
