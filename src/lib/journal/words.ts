/**
 * The journal's words, as types. The dictionary (src/lib/i18n/) keeps them in
 * two parts: `page`, the words of the forms and questionnaires built into the
 * HTML, and `script`, everything the script says in the browser. A page's
 * script carries `script` in its own language only
 * (src/components/journal/start/), so neither the page's words nor another
 * language's cost a reader any JavaScript.
 */
import type { Dictionary } from '../i18n/dictionary';

/** What the journal's script says: messages, results, charts, exports. */
export type JournalWords = Dictionary['journal']['script'];

/** The words of the built page: forms, questionnaires, worksheet. */
export type JournalPageWords = Dictionary['journal']['page'];
