/**
 * Turns what the reader entered in the check-in form into a check-in, or
 * says plainly what is missing. A questionnaire counts only when every
 * question is answered, because a part-filled one gives a score that means
 * nothing; leaving it out completely is fine.
 */
import { GAD7, PHQ9, type Questionnaire } from './questionnaires';
import { LIMITS, RATING_MAX, isIsoDate, type CheckIn } from './model';
import type { JournalWords } from './words';

export interface CheckInDraft {
  date: string;
  /** Dimension id to the chosen rating; unrated dimensions are left out. */
  ratings: Record<string, number>;
  /** One entry per question: the answer 0–3, or null when not answered. */
  phq9: (number | null)[];
  gad7: (number | null)[];
  note: string;
}

export type Built = { ok: true; checkIn: CheckIn } | { ok: false; problem: string };

function complete(q: Questionnaire, answers: (number | null)[], words: JournalWords): number[] | null | string {
  const answered = answers.filter((a): a is number => a !== null);
  if (answered.length === 0) return null;
  if (answered.length < q.itemCount) return words.checkIn.answerAll(q.itemCount, q.name, q.itemCount - answered.length);
  return answered;
}

export function buildCheckIn(draft: CheckInDraft, { today, id }: { today: string; id: string }, words: JournalWords): Built {
  const say = words.checkIn;
  if (!isIsoDate(draft.date)) return { ok: false, problem: say.chooseDate };
  if (draft.date > today) return { ok: false, problem: say.dateAfterToday };
  for (const [dimension, rating] of Object.entries(draft.ratings)) {
    if (!Number.isInteger(rating) || rating < 0 || rating > RATING_MAX) {
      return { ok: false, problem: say.ratingRange(dimension, RATING_MAX) };
    }
  }
  const phq9 = complete(PHQ9, draft.phq9, words);
  if (typeof phq9 === 'string') return { ok: false, problem: phq9 };
  const gad7 = complete(GAD7, draft.gad7, words);
  if (typeof gad7 === 'string') return { ok: false, problem: gad7 };
  const note = draft.note.trim();
  if (note.length > LIMITS.note) return { ok: false, problem: say.noteTooLong(LIMITS.note) };
  if (Object.keys(draft.ratings).length === 0 && !phq9 && !gad7 && note === '') {
    return { ok: false, problem: say.nothingToSave };
  }
  return { ok: true, checkIn: { id, date: draft.date, ratings: { ...draft.ratings }, phq9, gad7, note } };
}
