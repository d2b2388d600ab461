/**
 * Wording the content guide rules out, found in a page's text. Safe-messaging
 * and stigma rules come from suicide-prevention and mental-health style
 * guidance; the FDA rule stops a common factual error (only esketamine nasal
 * spray is approved; IV ketamine for depression is off-label).
 */

export interface LanguageProblem {
  phrase: string;
  why: string;
  sentence: string;
}

interface Rule {
  pattern: RegExp;
  why: string;
  /** The rule is about a claim, so "does not cure depression" is fine. */
  claim?: true;
}

const FORBIDDEN: Rule[] = [
  { pattern: /\bcommit(?:s|ted|ting)? suicide\b/i, why: 'say "died by suicide"' },
  { pattern: /\b(?:successful|failed|unsuccessful) (?:suicide )?attempts?\b/i, why: 'say "suicide attempt" without judging it' },
  { pattern: /\bsuffer(?:s|ed|ing)? (?:from|with)\b/i, why: 'say "living with"' },
  { pattern: /\b(?:crazy|insane|psycho|lunatic|nuts)\b/i, why: 'stigmatising word' },
  { pattern: /\b(?:a|the) depressives?\b/i, why: 'say "a person living with depression"' },
  { pattern: /\bepidemic\b/i, why: 'alarming framing' },
  { pattern: /\b(?:miracle|magic) (?:cure|drug)\b|\bcures? depression\b/i, why: 'overclaims: ketamine is not a cure', claim: true },
];

const FDA_APPROVAL = /\bFDA[- ]approv|\bapproved by the (?:US |U\.S\. )?(?:FDA|Food and Drug Administration)|\bFDA approval/i;
const IV_KETAMINE = /\b(?:IV|intravenous|infusions?)\b/i;
const NEGATED = /\bnot\b|n't\b|\bno\b|\boff-label\b|\bonly\b/i;

/** Sentences of plain text, split at full stops, question and exclamation marks. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/u).map((s) => s.trim()).filter(Boolean);
}

export function languageProblems(text: string): LanguageProblem[] {
  const problems: LanguageProblem[] = [];
  for (const sentence of sentences(text)) {
    for (const { pattern, why, claim } of FORBIDDEN) {
      const match = sentence.match(pattern);
      if (match && !(claim && NEGATED.test(sentence))) problems.push({ phrase: match[0], why, sentence });
    }
    const approval = sentence.match(FDA_APPROVAL);
    if (approval && IV_KETAMINE.test(sentence) && !NEGATED.test(sentence)) {
      problems.push({ phrase: approval[0], why: 'IV ketamine is not FDA-approved for depression (only esketamine nasal spray is)', sentence });
    }
  }
  return problems;
}
