/* One link-preview PNG per page, drawn at build time (see src/lib/preview-image.ts). */
import { createRequire } from 'node:module';
import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { site } from '../../site.config';
import { getCollection } from 'astro:content';
import { toPageRef } from '../../collections/content';
import { partOf, pathOf, PARTS } from '../../lib/navigation';
import { previewImagePath, previewSvg, PREVIEW_WIDTH } from '../../lib/preview-image';

const require = createRequire(import.meta.url);
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`));

export const getStaticPaths = (async () => {
  const entries = (await Promise.all([getCollection('pages'), getCollection('dimensions'), getCollection('factors')])).flat();
  return entries.map((entry) => {
    const path = pathOf(toPageRef(entry));
    return { params: { image: previewImagePath(path).replace(/^\/og\/|\.png$/g, '') }, props: { title: entry.data.title, path } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { title, path } = props as { title: string; path: string };
  const part = partOf(path);
  const svg = previewSvg({ title, part: part ? PARTS[part] : site.tagline, siteName: site.name });
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: PREVIEW_WIDTH },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
