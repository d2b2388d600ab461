/**
 * How to get help now: the lines a copy of the guide shows, and the words
 * made from them. Every place that tells a reader whom to call (the help
 * strip, the pages' own text, the journal's safety note, the clinic kit's
 * emails) takes its numbers from here, filled from site.config.ts, so that a
 * clinic outside the US never hands its patients a number that does not work
 * where they live.
 */
import { isLang, LANGUAGES, type Lang } from './i18n/languages';

export interface CrisisLine {
  /** What the reader does, in a few words: "Call 988". */
  action: string;
  /** Who answers, shown after the action. */
  detail: string;
  /** A `tel:`, `sms:` or `https:` link that starts the action on a phone. */
  href: string;
  /** Shown in the strip under the header of every page, not only in full lists. */
  strip?: boolean | undefined;
  /** The language the line's words are in, when it is not the page's: "es". */
  lang?: string | undefined;
}

export interface CrisisSettings {
  heading: string;
  /** The number for an ambulance or the police, written into pages as `{{emergency-number}}`. */
  emergencyNumber: string;
  lines: CrisisLine[];
}

/** The lines short enough for the strip under the header, and for one sentence. */
export function stripLines(crisis: CrisisSettings): CrisisLine[] {
  return crisis.lines.filter((line) => line.strip);
}

/**
 * The strip's lines as one plain sentence, for text that cannot hold links
 * (an email, a screen reader's alert): "Call 988 (…); Text 988 (…); Call 911 (…)."
 */
export function helpSentence(lines: readonly CrisisLine[]): string {
  return `${lines.map((line) => `${line.action} (${line.detail})`).join('; ')}.`;
}

const SCHEMES = /^(?:tel:|sms:|https:\/\/)/;

/**
 * Reads crisis settings given as JSON (the SITE_CRISIS setting), naming the
 * field that is wrong, so that a build with a broken override stops rather
 * than publishing a page with no way to get help.
 */
export function parseCrisisSettings(json: string): CrisisSettings {
  return crisisSettingsFrom(parseJson(json));
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new Error(`SITE_CRISIS is not valid JSON: ${(error as Error).message}`);
  }
}

/** One language's settings, from SITE_CRISIS once parsed. */
function crisisSettingsFrom(value: unknown): CrisisSettings {
  const fail = (field: string, want: string): never => {
    throw new Error(`SITE_CRISIS: ${field} should be ${want}`);
  };
  const text = (v: unknown, field: string): string => (typeof v === 'string' && v.trim() !== '' ? v.trim() : fail(field, 'some text'));
  if (typeof value !== 'object' || value === null) return fail('the value', 'an object with heading, emergencyNumber and lines');
  const { heading, emergencyNumber, lines } = value as Record<string, unknown>;
  if (!Array.isArray(lines) || lines.length === 0) return fail('lines', 'a list of at least one line');
  const parsed = lines.map((line: unknown, i): CrisisLine => {
    const l = (line ?? {}) as Record<string, unknown>;
    const href = text(l['href'], `lines[${i}].href`);
    if (!SCHEMES.test(href)) fail(`lines[${i}].href`, 'a tel:, sms: or https:// link');
    return {
      action: text(l['action'], `lines[${i}].action`),
      detail: text(l['detail'], `lines[${i}].detail`),
      href,
      strip: l['strip'] === true,
      lang: typeof l['lang'] === 'string' ? l['lang'] : undefined,
    };
  });
  if (!parsed.some((line) => line.strip)) fail('lines', 'a list with at least one line marked "strip": true');
  return { heading: text(heading, 'heading'), emergencyNumber: text(emergencyNumber, 'emergencyNumber'), lines: parsed };
}

/**
 * SITE_CRISIS for every language: one set of lines for all of them (JSON
 * with `lines`), or a set per language (`{"en": {...}, "es": {...}}`); a
 * language left out takes the first set given, never the US lines.
 */
export function parseCrisisByLang(json: string): Record<Lang, CrisisSettings> {
  const value = parseJson(json);
  const keyed = typeof value === 'object' && value !== null && !('lines' in value);
  if (!keyed) {
    const settings = crisisSettingsFrom(value);
    return Object.fromEntries(LANGUAGES.map((lang) => [lang, settings])) as Record<Lang, CrisisSettings>;
  }
  const given = Object.entries(value as Record<string, unknown>).map(([lang, settings]) => {
    if (!isLang(lang)) throw new Error(`SITE_CRISIS: "${lang}" is not a language of this guide (${LANGUAGES.join(', ')})`);
    return [lang, crisisSettingsFrom(settings)] as const;
  });
  const first = given[0]?.[1];
  if (!first) throw new Error('SITE_CRISIS: give the lines, or a set of lines for at least one language');
  const byLang = new Map(given);
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, byLang.get(lang) ?? first])) as Record<Lang, CrisisSettings>;
}
