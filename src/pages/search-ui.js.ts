/** Serves the search module as one small file, /search-ui.js, imported only when a reader opens search. */
import { clientModule } from '../integrations/client-bundle';

export async function GET(): Promise<Response> {
  return new Response(await clientModule('search.ts'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
