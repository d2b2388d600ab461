/**
 * Serves the search module as one small file, /search-ui.js, that pages
 * import only when a reader opens search. It is bundled here rather than by
 * Astro's script pipeline because Astro would either inline it into every
 * page or load it up front; content pages must fetch no JavaScript until
 * search is opened.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';

export async function GET(): Promise<Response> {
  const result = await build({
    entryPoints: [resolve('src/client/search.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
