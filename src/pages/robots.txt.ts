/* robots.txt, pointing crawlers at the sitemap under whatever base the site is built for. */
import type { APIRoute } from 'astro';
import { withTrailingSlash } from '../lib/paths';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${withTrailingSlash(import.meta.env.BASE_URL)}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
