/** What the journal page hands its script at build time: the dimensions, with their pages, and this copy's settings. */
import type { CrisisLine } from '../crisis';
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

/** What the journal's script needs of this copy's settings: its name for the printed summary, and whom to call. */
export interface JournalSettings {
  siteName: string;
  helpLines: CrisisLine[];
}

/**
 * Reads the settings back from the page (data-settings). They are written
 * into the page at build time because the browser cannot read the build's
 * environment, where a clinic's copy may set its name and lines.
 */
export function parseSettings(json: string | undefined): JournalSettings {
  const value = (JSON.parse(json ?? 'null') ?? {}) as Record<string, unknown>;
  const { siteName, helpLines } = value;
  if (typeof siteName !== 'string' || !Array.isArray(helpLines) || helpLines.length === 0) {
    throw new Error('data-settings should give siteName and helpLines');
  }
  for (const line of helpLines as Record<string, unknown>[]) {
    if (typeof line?.['action'] !== 'string' || typeof line['detail'] !== 'string' || typeof line['href'] !== 'string') {
      throw new Error(`data-settings has a bad help line: ${JSON.stringify(line)}`);
    }
  }
  return { siteName, helpLines: helpLines as CrisisLine[] };
}
