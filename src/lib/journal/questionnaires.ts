/**
 * The two standard questionnaires the journal offers: the PHQ-9 (depression)
 * and the GAD-7 (anxiety). Their items and answers are the published wording,
 * word for word, because a changed question gives a score that cannot be
 * compared with the care team's. Both were released by Pfizer for anyone to
 * use without permission or charge. The bands are the published cut points
 * with their published names, so a score reads the same here as in the
 * clinic's notes.
 */

export type QuestionnaireId = 'phq9' | 'gad7';

export interface Band {
  min: number;
  max: number;
  /** How the band is said in a sentence: "moderate", "moderately severe". */
  name: string;
}

export interface Questionnaire {
  id: QuestionnaireId;
  /** The short name care teams use: "PHQ-9". */
  name: string;
  /** What it asks about, in plain words. */
  topic: string;
  /** The standard question that comes before the items. */
  stem: string;
  items: readonly string[];
  /** The highest possible total: 3 points for each item. */
  max: number;
  bands: readonly Band[];
}

/** The four standard answers, scored 0 to 3 in this order. */
export const ANSWERS = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'] as const;

/** A questionnaire from its published parts; the highest total follows from its items. */
function questionnaire(parts: Omit<Questionnaire, 'max'>): Questionnaire {
  return { ...parts, max: parts.items.length * (ANSWERS.length - 1) };
}

export const PHQ9 = questionnaire({
  id: 'phq9',
  name: 'PHQ-9',
  topic: 'depression',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
  bands: [
    { min: 0, max: 4, name: 'minimal' },
    { min: 5, max: 9, name: 'mild' },
    { min: 10, max: 14, name: 'moderate' },
    { min: 15, max: 19, name: 'moderately severe' },
    { min: 20, max: 27, name: 'severe' },
  ],
});

export const GAD7 = questionnaire({
  id: 'gad7',
  name: 'GAD-7',
  topic: 'anxiety',
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    'Feeling nervous, anxious, or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid as if something awful might happen',
  ],
  bands: [
    { min: 0, max: 4, name: 'minimal' },
    { min: 5, max: 9, name: 'mild' },
    { min: 10, max: 14, name: 'moderate' },
    { min: 15, max: 21, name: 'severe' },
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

/** "12 out of 27: moderate (10–14)". */
export function describeScore(questionnaire: Questionnaire, score: number): string {
  const band = bandOf(questionnaire, score);
  return `${score} out of ${questionnaire.max}: ${band.name} (${band.min}–${band.max})`;
}
