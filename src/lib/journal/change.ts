/**
 * The change since the first check-in, said in words. Questionnaire scores
 * fall as things get better; dimension ratings rise. The words use the
 * research terms only as defined in our references: a "response" is a drop of
 * at least half from the first score, and "remission" is a PHQ-9 score below 5.
 * Nothing here is a diagnosis; the page says so next to every result.
 */
import { PHQ9, type Questionnaire } from './questionnaires';
import type { JournalWords } from './words';

/** What changed between the first and the latest score of one questionnaire. */
export function scoreChangeInWords(q: Questionnaire, first: number, latest: number, count: number, words: JournalWords): string {
  const say = words.change;
  if (count < 2) return say.firstScore(q.name);
  if (latest === first) return say.sameScore(first);
  if (latest > first) return say.scoreUp(latest - first, first, latest, words.topics[q.id]);
  const sentences: string[] = [say.scoreDown(first - latest, first, latest)];
  // From a first score in the lowest band, halving says little (4 to 2), so "response" is kept for real starting symptoms.
  if (first >= 5) {
    const halved = (first - latest) * 2 >= first;
    sentences.push(halved ? say.halved : say.notHalved);
  }
  if (q.id === PHQ9.id && first >= 5 && latest < 5) sentences.push(say.remission);
  return sentences.join(' ');
}

/** What changed between the first and the latest 0–10 rating of one dimension (higher is better). */
export function ratingChangeInWords(first: number, latest: number, count: number, words: JournalWords): string {
  const say = words.change;
  if (count < 2) return say.firstRating;
  if (latest === first) return say.sameRating(first);
  if (latest > first) return say.ratingUp(latest - first, first, latest);
  return say.ratingDown(first - latest, first, latest);
}
