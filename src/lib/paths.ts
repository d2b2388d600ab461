/**
 * A base path as a folder: "/guide" and "/guide/" both become "/guide/", so
 * that a path can be put after it. Astro's config may give the base either
 * way; every place that builds an address from it goes through here.
 *
 * No imports, so that Node runs this file as it is (scripts/serve.mjs).
 */
export function withTrailingSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * Joins the site's base path and a root-relative path, so that every link
 * works whether the site is served from `/` or from a sub-path like `/guide/`.
 * Hashes, queries, external URLs and `mailto:`/`tel:` links pass through.
 */
export function joinBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path}`;
}

/** A root-relative path under the base this build was made for. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/**
 * The full address of a page, as a clinic pastes it into an email or a QR
 * code: the site's URL, the base path and the page's path (the same rule as
 * the canonical link).
 */
export function absoluteUrl(siteUrl: string, base: string, path: string): string {
  return new URL(joinBase(base, path), siteUrl).href;
}

/** A `tel:` link for a phone number written for people: "(503) 555-0142" → "tel:5035550142" (digits and a leading + only). */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('+') ? `+${digits.slice(1).replace(/\+/g, '')}` : digits.replace(/\+/g, '')}`;
}
