/**
 * Link-preview images (Open Graph): a calm card with the page's title and the
 * site's name, drawn as SVG at build time and rendered to PNG, since link
 * previews in chat and mail apps do not show SVG. No outside service is used.
 */

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** Where a page's preview image is served (without base): /og/home.png, /og/success/hope.png. */
export function previewImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/|\/$/g, '');
  return `/og/${trimmed === '' ? 'home' : trimmed}.png`;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Breaks a title into lines of at most `width` characters, at spaces. */
export function wrapTitle(title: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s.,;:]+$/, '')}…`;
    return kept;
  }
  return lines;
}

export function previewSvg({ title, part, siteName }: { title: string; part: string; siteName: string }): string {
  const lines = wrapTitle(title, 26, 3);
  const titleText = lines
    .map((line, i) => `<text x="80" y="${250 + i * 84}" font-size="68" font-weight="bold" fill="#1d2628">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}" font-family="DejaVu Sans">
<rect width="100%" height="100%" fill="#fbfaf7"/>
<rect x="0" y="0" width="24" height="100%" fill="#0a6560"/>
<rect x="80" y="90" width="${PREVIEW_WIDTH - 160}" height="4" fill="#8fbfb6"/>
<text x="80" y="160" font-size="32" fill="#0a6560">${escapeXml(part)}</text>
${titleText}
<text x="80" y="${PREVIEW_HEIGHT - 70}" font-size="34" fill="#48585c">${escapeXml(siteName)}</text>
</svg>`;
}
