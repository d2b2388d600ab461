/** Serves the Spanish pages' search module, /es/search-ui.js, imported only when a reader opens search. */
import { searchModule } from '../../integrations/client-bundle';

export async function GET(): Promise<Response> {
  return new Response(await searchModule('es'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
