/**
 * Every page of the guide in one language with its h2 and h3 sections, read
 * from the collections at build time, in reading order: what the clinic
 * kit's link table lists. Nothing here is kept by hand, so a new page or
 * heading shows up on the next build.
 */
import { render } from 'astro:content';
import { explainerEntries, guideReadingOrder, pathOfEntry } from './content';
import { inReadingOrder, type GuidePage } from '../lib/clinic-kit';
import { DEFAULT_LANG, langRoot, type Lang } from '../lib/i18n/languages';
import { pageSections } from '../lib/page-sections';

export async function guidePages(lang: Lang = DEFAULT_LANG): Promise<GuidePage[]> {
  const [pages, dimensions, factors] = await explainerEntries(lang);
  const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;
  // Pages still being written (draft) are not offered to clinics.
  const entries = [...pages.sort(byOrder), ...dimensions.sort(byOrder), ...factors.sort(byOrder)].filter((entry) => !entry.data.draft);
  const all = await Promise.all(
    entries.map(async (entry) => {
      const { headings } = await render(entry);
      return { path: pathOfEntry(entry), title: entry.data.title, headings: pageSections(entry.id, lang, headings) };
    }),
  );
  const order = [langRoot(lang), ...(await guideReadingOrder(lang)).map((link) => link.href)];
  return inReadingOrder(all, order);
}
