/** Serves the English pages' search module, /search-ui.js, imported only when a reader opens search. */
import { searchModule } from '../integrations/client-bundle';
import { DEFAULT_LANG } from '../lib/i18n/languages';

export async function GET(): Promise<Response> {
  return new Response(await searchModule(DEFAULT_LANG), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
