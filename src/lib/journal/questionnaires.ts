/**
 * The two standard questionnaires the journal offers, the PHQ-9 (depression)
 * and the GAD-7 (anxiety), as numbers: how many questions, how they score,
 * and the published cut points of their bands. The scoring is the same in
 * every language. Their wording is the published wording, word for word, in
 * each language's dictionary (src/lib/i18n/en/journal.ts, es/journal.ts),
 * because a changed question gives a score that cannot be compared with the
 * care team's. Both were released by Pfizer for anyone to use without
 * permission or charge. The bands are named by codes that the dictionaries
 * turn into the published names, so a score reads the same here as in the
 * clinic's notes.
 */
import type { JournalWords } from './words';

export type QuestionnaireId = 'phq9' | 'gad7';

/** The published band names, as codes (the words are in the dictionaries). */
export type BandCode = 'minimal' | 'mild' | 'moderate' | 'moderatelySevere' | 'severe';

export interface Band {
  min: number;
  max: number;
  code: BandCode;
}

export interface Questionnaire {
  id: QuestionnaireId;
  /** The short name care teams use in every language: "PHQ-9". */
  name: string;
  itemCount: number;
  /** The highest possible total: 3 points for each item. */
  max: number;
  bands: readonly Band[];
}

/** Each question has four standard answers, scored 0 to 3 in the order the form lists them. */
export const ANSWER_COUNT = 4;

/** A questionnaire from its published parts; the highest total follows from its items. */
function questionnaire(parts: Omit<Questionnaire, 'max'>): Questionnaire {
  return { ...parts, max: parts.itemCount * (ANSWER_COUNT - 1) };
}

export const PHQ9 = questionnaire({
  id: 'phq9',
  name: 'PHQ-9',
  itemCount: 9,
  bands: [
    { min: 0, max: 4, code: 'minimal' },
    { min: 5, max: 9, code: 'mild' },
    { min: 10, max: 14, code: 'moderate' },
    { min: 15, max: 19, code: 'moderatelySevere' },
    { min: 20, max: 27, code: 'severe' },
  ],
});

export const GAD7 = questionnaire({
  id: 'gad7',
  name: 'GAD-7',
  itemCount: 7,
  bands: [
    { min: 0, max: 4, code: 'minimal' },
    { min: 5, max: 9, code: 'mild' },
    { min: 10, max: 14, code: 'moderate' },
    { min: 15, max: 21, code: 'severe' },
  ],
});

export const QUESTIONNAIRES: readonly Questionnaire[] = [PHQ9, GAD7];

/** The PHQ-9 item about thoughts of death or self-harm (index 8): any answer but "Not at all" needs help offered at once. */
export const PHQ9_SAFETY_ITEM = 8;

/** True when a PHQ-9 answer set says the person has had such thoughts on any day. */
export function needsHelpNow(phq9: readonly number[] | null): boolean {
  return phq9 !== null && (phq9[PHQ9_SAFETY_ITEM] ?? 0) > 0;
}

/** The total score: the sum of the answers (each 0 to 3). */
export function totalScore(answers: readonly number[]): number {
  return answers.reduce((sum, answer) => sum + answer, 0);
}

export function bandOf(questionnaire: Questionnaire, score: number): Band {
  const band = questionnaire.bands.find((b) => score >= b.min && score <= b.max);
  if (!band) throw new RangeError(`${questionnaire.name} score ${score} is outside 0–${questionnaire.max}`);
  return band;
}

/** "12 out of 27: moderate (10–14)", in the page's language. */
export function describeScore(questionnaire: Questionnaire, score: number, words: JournalWords): string {
  const band = bandOf(questionnaire, score);
  return words.score(score, questionnaire.max, words.bands[band.code], band.min, band.max);
}
