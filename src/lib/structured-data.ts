/**
 * schema.org data for search engines: each explainer is a MedicalWebPage
 * with its review date and readers, based on the source post.
 */
import { site } from '../site.config';
import type { Lang } from './i18n/languages';

const AUDIENCE_TYPES = { patient: 'Patient', family: 'Caregiver', clinic: 'Clinician' } as const;

export interface PageFacts {
  title: string;
  description: string;
  url: string;
  lastReviewed: Date;
  audience: (keyof typeof AUDIENCE_TYPES)[];
  lang: Lang;
}

export function medicalWebPage(page: PageFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: page.title,
    description: page.description,
    url: page.url,
    inLanguage: page.lang,
    lastReviewed: page.lastReviewed.toISOString().slice(0, 10),
    audience: page.audience.map((reader) => ({ '@type': 'MedicalAudience', audienceType: AUDIENCE_TYPES[reader] })),
    publisher: { '@type': 'Organization', name: site.publisher[page.lang] },
    isBasedOn: {
      '@type': 'BlogPosting',
      headline: site.attribution.title,
      author: { '@type': 'Organization', name: site.attribution.author },
      datePublished: site.attribution.isoDate,
    },
  };
}

/** JSON for a <script type="application/ld+json"> block; "<" is escaped so the data can never end the script early. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
