/**
 * Checks journal data that comes from outside this page's own code (a file to
 * import, or what is stored in the browser) field by field, and rebuilds it
 * from the checked values only. Anything unexpected is refused with a message
 * that names it, so that a bad file never half-loads. Notes are kept as plain
 * text: the page shows them with textContent, so markup in a note is shown,
 * never run.
 */
import { ANSWERS, GAD7, PHQ9 } from './questionnaires';
import { isPlainObject, type RawData } from './migrate';
import { LIMITS, RATING_MAX, SCHEMA_VERSION, isIsoDate, type CheckIn, type Goal, type Journal } from './model';

export type Validated = { ok: true; journal: Journal } | { ok: false; problem: string };

class Invalid extends Error {}

function fail(problem: string): never {
  throw new Invalid(problem);
}

/** A value from the file, quoted in a message: cut short, so that a huge one cannot flood the page. */
function quote(value: string): string {
  return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
}

function onlyKeys(value: RawData, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(`${where} has a field this journal does not use: ${quote(key)}`);
  }
  for (const key of allowed) {
    if (!(key in value)) fail(`${where} is missing the field "${key}"`);
  }
}

function text(value: unknown, max: number, where: string): string {
  if (typeof value !== 'string') fail(`${where} should be text`);
  if (value.length > max) fail(`${where} is longer than ${max} characters`);
  return value;
}

function answers(value: unknown, count: number, where: string): number[] | null {
  if (value === null) return null;
  if (!Array.isArray(value) || value.length !== count) fail(`${where} should be null or a list of ${count} answers`);
  return value.map((answer: unknown, i) => {
    if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 0 || answer >= ANSWERS.length) {
      fail(`${where}, answer ${i + 1}, should be a whole number from 0 to ${ANSWERS.length - 1}`);
    }
    return answer;
  });
}

function goal(value: unknown, index: number, dimensionIds: readonly string[]): Goal {
  const where = `goal ${index + 1}`;
  if (!isPlainObject(value)) fail(`${where} is not a goal`);
  onlyKeys(value, ['dimension', 'better'], where);
  const dimension = text(value['dimension'], 100, `${where}'s dimension`);
  if (!dimensionIds.includes(dimension)) fail(`${where} is about ${quote(dimension)}, which is not one of the dimensions of success`);
  return { dimension, better: text(value['better'], LIMITS.better, `${where}'s "better" text`) };
}

function checkIn(value: unknown, index: number, dimensionIds: readonly string[]): CheckIn {
  const where = `check-in ${index + 1}`;
  if (!isPlainObject(value)) fail(`${where} is not a check-in`);
  onlyKeys(value, ['id', 'date', 'ratings', 'phq9', 'gad7', 'note'], where);
  const id = text(value['id'], LIMITS.id, `${where}'s id`);
  if (!/^[A-Za-z0-9_-]+$/.test(id)) fail(`${where}'s id should be letters, digits, - or _`);
  const date = text(value['date'], 10, `${where}'s date`);
  if (!isIsoDate(date)) fail(`${where}'s date should be a real date written as YYYY-MM-DD`);
  const rawRatings = value['ratings'];
  if (!isPlainObject(rawRatings)) fail(`${where}'s ratings should be a list of dimension ratings`);
  const ratings: Record<string, number> = {};
  for (const [dimension, rating] of Object.entries(rawRatings)) {
    if (!dimensionIds.includes(dimension)) fail(`${where} rates ${quote(dimension)}, which is not one of the dimensions of success`);
    if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 0 || rating > RATING_MAX) {
      fail(`${where}'s rating for ${quote(dimension)} should be a whole number from 0 to ${RATING_MAX}`);
    }
    ratings[dimension] = rating;
  }
  return {
    id,
    date,
    ratings,
    phq9: answers(value['phq9'], PHQ9.items.length, `${where}'s PHQ-9`),
    gad7: answers(value['gad7'], GAD7.items.length, `${where}'s GAD-7`),
    note: text(value['note'], LIMITS.note, `${where}'s note`),
  };
}

/** Checks data that migrate() has brought to the current version. */
export function validateJournal(data: RawData, dimensionIds: readonly string[]): Validated {
  try {
    onlyKeys(data, ['schemaVersion', 'goals', 'checkIns'], 'the file');
    if (data['schemaVersion'] !== SCHEMA_VERSION) fail(`the file's schemaVersion should be ${SCHEMA_VERSION}`);
    const rawGoals = data['goals'];
    const rawCheckIns = data['checkIns'];
    if (!Array.isArray(rawGoals)) fail('the goals in the file should be a list');
    if (!Array.isArray(rawCheckIns)) fail('the check-ins in the file should be a list');
    if (rawGoals.length > dimensionIds.length) fail(`the file has more goals than there are dimensions (${dimensionIds.length})`);
    if (rawCheckIns.length > LIMITS.checkIns) fail(`the file has more than ${LIMITS.checkIns} check-ins`);
    const goals = rawGoals.map((g, i) => goal(g, i, dimensionIds));
    const seenGoals = new Set<string>();
    for (const g of goals) {
      if (seenGoals.has(g.dimension)) fail(`the file has two goals for ${quote(g.dimension)}`);
      seenGoals.add(g.dimension);
    }
    const checkIns = rawCheckIns.map((c, i) => checkIn(c, i, dimensionIds));
    const seenIds = new Set<string>();
    for (const c of checkIns) {
      if (seenIds.has(c.id)) fail(`two check-ins have the same id (${quote(c.id)})`);
      seenIds.add(c.id);
    }
    return { ok: true, journal: { schemaVersion: SCHEMA_VERSION, goals, checkIns } };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, problem: error.message };
    throw error;
  }
}
