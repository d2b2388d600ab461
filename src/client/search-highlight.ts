/**
 * Runs on a page opened from a search result (its address carries
 * ?highlight=word&highlight=...): Pagefind's highlight script marks those
 * words in the page's text, whole words only, as the page spells them (the
 * search passes the page's own forms). Focus then moves to the first mark,
 * so keyboard and screen reader users land on it; a link to a section keeps
 * the browser's jump to that heading instead.
 */
import { HIGHLIGHT_PARAM, siteBase } from './pagefind';

interface HighlightModule {
  default: new (options: object) => unknown;
}

/** Characters that end a word, besides spaces, so that "infusion." is marked as "infusion". */
const WORD_ENDS = [...',.;:!?()[]"\'“”‘’'];

const url = `${siteBase()}pagefind/pagefind-highlight.js`;
const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as HighlightModule;
// Marks get the site's own colours (global.css), not Pagefind's inline style.
new PagefindHighlight({
  highlightParam: HIGHLIGHT_PARAM,
  addStyles: false,
  markOptions: { accuracy: { value: 'exactly', limiters: WORD_ENDS } },
});
const first = document.querySelector<HTMLElement>('mark.pagefind__highlight');
if (first && !location.hash) {
  first.tabIndex = -1;
  first.focus({ preventScroll: true });
  first.scrollIntoView({ block: 'center' });
}
