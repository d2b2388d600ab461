/**
 * Copy buttons on every page (see src/components/copy-links/CopyLinks.astro),
 * inlined minified into every page. A control is a real link, so without this
 * script it still leads to its section; with it, a click (or Enter) copies instead:
 *
 * - a link to "#id" copies this page's address with that #id (without any
 *   query the page was opened with);
 * - any other link with data-copy-link copies its own address;
 * - a button with data-copy-from="<element id>" copies that element's text.
 *
 * The live region [data-copy-status] then says so, in the words it carries
 * (data-link-copied, data-text-copied: the page's language, so that this
 * script is the same on every page). If the clipboard refuses, a link is
 * followed as usual.
 */
document.addEventListener('click', (event) => {
  const control = (event.target as Element).closest?.<HTMLElement>('[data-copy-link],[data-copy-from]');
  if (!control || !navigator.clipboard || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  const from = control.dataset['copyFrom'];
  const href = control.getAttribute('href') ?? '';
  const text = from
    ? (document.getElementById(from)?.textContent ?? '')
    : href.startsWith('#')
      ? location.href.replace(/[?#].*/, '') + href
      : (control as HTMLAnchorElement).href;
  navigator.clipboard.writeText(text).then(
    () => {
      const status = document.querySelector<HTMLElement>('[data-copy-status]')!;
      // Emptied first, so that a second copy is announced again.
      status.textContent = '';
      setTimeout(() => (status.textContent = status.dataset[from ? 'textCopied' : 'linkCopied'] ?? ''), 50);
    },
    () => {
      if (!from) location.href = text;
    },
  );
});
