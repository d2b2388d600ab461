/**
 * The change since the first check-in, said in words. Questionnaire scores
 * fall as things get better; dimension ratings rise. The words use the
 * research terms only as defined in our references: a "response" is a drop of
 * at least half from the first score, and "remission" is a PHQ-9 score below 5.
 * Nothing here is a diagnosis; the page says so next to every result.
 */
import { PHQ9, type Questionnaire } from './questionnaires';

const points = (n: number) => (n === 1 ? '1 point' : `${n} points`);

/** What changed between the first and the latest score of one questionnaire. */
export function scoreChangeInWords(q: Questionnaire, first: number, latest: number, count: number): string {
  if (count < 2) return `This is your first ${q.name} score. Later scores will be compared with it.`;
  if (latest === first) return `The same as your first score (${first}).`;
  if (latest > first) {
    return `Up by ${points(latest - first)} since your first score (from ${first} to ${latest}). A higher score means more signs of ${q.topic}. It is worth talking about with your care team.`;
  }
  const words = [`Down by ${points(first - latest)} since your first score (from ${first} to ${latest}).`];
  // From a first score in the lowest band, halving says little (4 to 2), so "response" is kept for real starting symptoms.
  if (first >= 5) {
    const halved = (first - latest) * 2 >= first;
    words.push(halved ? 'That is down by half or more: studies call this a response.' : 'Studies call a drop of half or more a response.');
  }
  if (q.id === PHQ9.id && first >= 5 && latest < 5) words.push('A PHQ-9 score below 5 is what studies call remission.');
  return words.join(' ');
}

/** What changed between the first and the latest 0–10 rating of one dimension (higher is better). */
export function ratingChangeInWords(first: number, latest: number, count: number): string {
  if (count < 2) return 'This is your first rating. Later ones will be compared with it.';
  if (latest === first) return `The same as your first rating (${first}).`;
  if (latest > first) return `Up by ${points(latest - first)} since your first rating (from ${first} to ${latest}).`;
  return `Down by ${points(first - latest)} since your first rating (from ${first} to ${latest}).`;
}
