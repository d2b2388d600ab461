/** What the journal page hands its script at build time: the dimensions, with their pages. */
import type { Dimension } from './model';

export interface JournalDimension extends Dimension {
  /** The dimension's page, with the base path. */
  href: string;
}

/** Reads the dimensions back from the page (data-dimensions); throws if the page was built wrongly. */
export function parseDimensions(json: string | undefined): JournalDimension[] {
  const value: unknown = JSON.parse(json ?? 'null');
  if (!Array.isArray(value) || value.length === 0) throw new Error('data-dimensions should list the dimensions');
  return value.map((d: unknown) => {
    const { id, title, href } = (d ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || typeof title !== 'string' || typeof href !== 'string') {
      throw new Error(`data-dimensions has a bad entry: ${JSON.stringify(d)}`);
    }
    return { id, title, href };
  });
}
