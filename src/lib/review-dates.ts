import { site } from '../site.config';
import { DEFAULT_LANG, type Lang } from './i18n/languages';

/** How each language writes a date: "November 29, 2026", "29 de noviembre de 2026". */
const DATE_LOCALES: Readonly<Record<Lang, string>> = { en: 'en-US', es: 'es-US' };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Why a page's review dates are wrong, or null when they are fine. The next
 * review must come after the last one and within the site's review period, so
 * that no page can promise a review it will never get.
 */
export function reviewWindowProblem(lastReviewed: Date, nextReview: Date): string | null {
  if (Number.isNaN(lastReviewed.getTime()) || Number.isNaN(nextReview.getTime())) {
    return 'lastReviewed and nextReview must be dates like 2026-11-28';
  }
  if (nextReview.getTime() <= lastReviewed.getTime()) {
    return 'nextReview must come after lastReviewed';
  }
  const limit = new Date(lastReviewed);
  limit.setUTCMonth(limit.getUTCMonth() + site.reviewPeriodMonths);
  if (nextReview.getTime() > limit.getTime() + DAY_MS) {
    return `nextReview must be within ${site.reviewPeriodMonths} months of lastReviewed`;
  }
  return null;
}

/** Dates as readers expect them on a review line: "November 28, 2026". */
export function formatReviewDate(date: Date, lang: Lang = DEFAULT_LANG): string {
  return date.toLocaleDateString(DATE_LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
