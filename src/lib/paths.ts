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
