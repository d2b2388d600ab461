/**
 * The addresses clinics may have put in emails: the list kept in
 * content/published-addresses.txt, and the addresses the clinic kit
 * (/clinics/) hands out. No imports, so that scripts/publish-addresses.mjs
 * can load this file with Node alone.
 */

/** The addresses of a published-addresses file: one a line, without the base path; "#" starts a comment. */
export function publishedAddresses(list: string): string[] {
  return list
    .split('\n')
    .map((line) => line.replace(/^\s*#.*$/, '').trim())
    .filter(Boolean);
}

/**
 * The page and section addresses that a built clinic kit (/clinics/, /es/clinicas/) lists in its
 * link table ("/basics/", "/basics/#what-to-ask"), without the base path the
 * site was built under, which is read from the page's canonical URL.
 */
export function kitAddresses(clinicsHtml: string, kitPath = 'clinics/'): string[] {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(clinicsHtml)?.[1];
  if (!canonical) throw new Error('The clinic kit page has no canonical link, so its base path is unknown.');
  const own = new URL(canonical).pathname;
  if (!own.endsWith(kitPath)) throw new Error(`The clinic kit page's address ${own} does not end with ${kitPath}.`);
  const base = own.slice(0, own.length - kitPath.length);
  // Each row's first link is the page or section itself; the second is its copy button.
  return [...clinicsHtml.matchAll(/<tr\b[^>]*\bdata-section-row\b[^>]*>.*?<a href="([^"]+)"/gs)].map((m) => {
    const href = m[1] ?? '';
    if (!href.startsWith(base)) throw new Error(`The clinic kit links to ${href}, outside the site's base path ${base}.`);
    return `/${href.slice(base.length)}`;
  });
}
