/**
 * Checks journal data that comes from outside this page's own code (a file to
 * import, or what is stored in the browser) field by field, and rebuilds it
 * from the checked values only. Anything unexpected is refused with a message
 * that names it, so that a bad file never half-loads. Notes are kept as plain
 * text: the page shows them with textContent, so markup in a note is shown,
 * never run.
 */
import { ANSWER_COUNT, GAD7, PHQ9 } from './questionnaires';
import { isPlainObject, type About, type RawData } from './migrate';
import { LIMITS, RATING_MAX, SCHEMA_VERSION, isIsoDate, type CheckIn, type Goal, type Journal } from './model';
import type { JournalWords } from './words';

export type Validated = { ok: true; journal: Journal } | { ok: false; problem: string };

class Invalid extends Error {}

function fail(problem: string): never {
  throw new Invalid(problem);
}

/** A value from the file, quoted in a message: cut short, so that a huge one cannot flood the page. */
function quote(value: string): string {
  return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
}

type Say = JournalWords['problems'];

function onlyKeys(value: RawData, allowed: readonly string[], where: string, say: Say): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(say.unknownField(where, quote(key)));
  }
  for (const key of allowed) {
    if (!(key in value)) fail(say.missingField(where, key));
  }
}

function text(value: unknown, max: number, where: string, say: Say): string {
  if (typeof value !== 'string') fail(say.notText(where));
  if (value.length > max) fail(say.tooLong(where, max));
  return value;
}

function answers(value: unknown, count: number, where: string, say: Say): number[] | null {
  if (value === null) return null;
  if (!Array.isArray(value) || value.length !== count) fail(say.answerList(where, count));
  return value.map((answer: unknown, i) => {
    if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 0 || answer >= ANSWER_COUNT) {
      fail(say.answerRange(where, i + 1, ANSWER_COUNT - 1));
    }
    return answer;
  });
}

function goal(value: unknown, index: number, dimensionIds: readonly string[], say: Say): Goal {
  const where = say.goal(index + 1);
  if (!isPlainObject(value)) fail(say.notGoal(where));
  onlyKeys(value, ['dimension', 'better'], where, say);
  const dimension = text(value['dimension'], 100, say.fieldOf(where, 'dimension'), say);
  if (!dimensionIds.includes(dimension)) fail(say.unknownGoal(where, quote(dimension)));
  return { dimension, better: text(value['better'], LIMITS.better, say.fieldOf(where, 'better'), say) };
}

function checkIn(value: unknown, index: number, dimensionIds: readonly string[], say: Say): CheckIn {
  const where = say.checkIn(index + 1);
  if (!isPlainObject(value)) fail(say.notCheckIn(where));
  onlyKeys(value, ['id', 'date', 'ratings', 'phq9', 'gad7', 'note'], where, say);
  const id = text(value['id'], LIMITS.id, say.fieldOf(where, 'id'), say);
  if (!/^[A-Za-z0-9_-]+$/.test(id)) fail(say.badId(where));
  const date = text(value['date'], 10, say.fieldOf(where, 'date'), say);
  if (!isIsoDate(date)) fail(say.badDate(where));
  const rawRatings = value['ratings'];
  if (!isPlainObject(rawRatings)) fail(say.ratingsNotList(where));
  const ratings: Record<string, number> = {};
  for (const [dimension, rating] of Object.entries(rawRatings)) {
    if (!dimensionIds.includes(dimension)) fail(say.unknownRating(where, quote(dimension)));
    if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 0 || rating > RATING_MAX) {
      fail(say.ratingRange(where, quote(dimension), RATING_MAX));
    }
    ratings[dimension] = rating;
  }
  return {
    id,
    date,
    ratings,
    phq9: answers(value['phq9'], PHQ9.itemCount, say.fieldOf(where, 'PHQ-9'), say),
    gad7: answers(value['gad7'], GAD7.itemCount, say.fieldOf(where, 'GAD-7'), say),
    note: text(value['note'], LIMITS.note, say.fieldOf(where, 'note'), say),
  };
}

/** Checks data that migrate() has brought to the current version. */
export function validateJournal(data: RawData, dimensionIds: readonly string[], { words, source }: About): Validated {
  const say = words.problems;
  try {
    onlyKeys(data, ['schemaVersion', 'goals', 'checkIns'], source, say);
    if (data['schemaVersion'] !== SCHEMA_VERSION) fail(say.wrongVersion(source, SCHEMA_VERSION));
    const rawGoals = data['goals'];
    const rawCheckIns = data['checkIns'];
    if (!Array.isArray(rawGoals)) fail(say.goalsNotList(source));
    if (!Array.isArray(rawCheckIns)) fail(say.checkInsNotList(source));
    if (rawGoals.length > dimensionIds.length) fail(say.tooManyGoals(source, dimensionIds.length));
    if (rawCheckIns.length > LIMITS.checkIns) fail(say.tooManyCheckIns(source, LIMITS.checkIns));
    const goals = rawGoals.map((g, i) => goal(g, i, dimensionIds, say));
    const seenGoals = new Set<string>();
    for (const g of goals) {
      if (seenGoals.has(g.dimension)) fail(say.twoGoals(source, quote(g.dimension)));
      seenGoals.add(g.dimension);
    }
    const checkIns = rawCheckIns.map((c, i) => checkIn(c, i, dimensionIds, say));
    const seenIds = new Set<string>();
    for (const c of checkIns) {
      if (seenIds.has(c.id)) fail(say.sameId(quote(c.id)));
      seenIds.add(c.id);
    }
    return { ok: true, journal: { schemaVersion: SCHEMA_VERSION, goals, checkIns } };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, problem: error.message };
    throw error;
  }
}
