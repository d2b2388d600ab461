/* One link-preview PNG per page, drawn at build time (see src/lib/preview-image.ts). */
import { createRequire } from 'node:module';
import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { site } from '../../site.config';
import { explainerEntries, toPageRef } from '../../collections/content';
import { siteLanguages } from '../../collections/translations';
import { partOf, pathOf, type PageKey } from '../../lib/navigation';
import { dictionaryFor } from '../../lib/i18n/dictionary';
import { DEFAULT_LANG, type Lang } from '../../lib/i18n/languages';
import { previewImagePath, previewSvg, PREVIEW_WIDTH } from '../../lib/preview-image';

const require = createRequire(import.meta.url);
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`));

export const getStaticPaths = (async () => {
  const entries = (await Promise.all(siteLanguages.map((lang) => explainerEntries(lang)))).flat(2);
  return entries.map((entry) => {
    const ref = toPageRef(entry);
    const path = pathOf(ref);
    return { params: { image: previewImagePath(path).replace(/^\/og\/|\.png$/g, '') }, props: { title: entry.data.title, page: ref, lang: ref.lang ?? DEFAULT_LANG } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { title, page, lang } = props as { title: string; page: PageKey; lang: Lang };
  const words = dictionaryFor(lang).site;
  const part = partOf(page);
  const svg = previewSvg({ title, part: part ? words.parts[part] : words.tagline, siteName: site.name });
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: PREVIEW_WIDTH },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
