/** Serves /search-highlight.js, imported only by a page opened from a search result, to mark the searched words. */
import { clientModule } from '../integrations/client-bundle';

export async function GET(): Promise<Response> {
  return new Response(await clientModule('search-highlight.ts'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
