/**
 * Wording the content guide rules out, found in a page's text. Safe-messaging
 * and stigma rules come from suicide-prevention and mental-health style
 * guidance; the FDA rule stops a common factual error (only esketamine nasal
 * spray is approved; every other form of ketamine is off-label). The last
 * rules keep the guide's promises to what the site really has.
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
  {
    pattern: /\bhelp (?:box|panel)\b/i,
    why: 'an article page has no help box beside its words: write the help lines where a crisis is mentioned ({{help-lines}})',
  },
  { pattern: /\bstreaks?\b/i, why: 'the journal counts no streaks: describe the journal as it is' },
];

const FDA_APPROVAL = /\bFDA[- ]approv|\bapproved by the (?:US |U\.S\. )?(?:FDA|Food and Drug Administration)|\bFDA approval/i;
/** Ketamine in a form other than the approved one: the word on its own (not "esketamine"), a drip, a lozenge... */
const UNAPPROVED_FORM = /\bketamine\b|\b(?:IV|intravenous|infusions?|troches?|lozenges?|compounded)\b/i;
/** A sentence about approval that names the approved form is about that form. */
const APPROVED_FORM = /\b(?:esketamine|Spravato)\b/i;
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
    // A question ("Is ketamine FDA-approved?") asks; it does not claim.
    const claims = approval && !sentence.endsWith('?') && !NEGATED.test(sentence);
    if (claims && UNAPPROVED_FORM.test(sentence) && !APPROVED_FORM.test(sentence)) {
      problems.push({ phrase: approval[0], why: 'only esketamine nasal spray (Spravato) is FDA-approved; every other form of ketamine is off-label', sentence });
    }
  }
  return problems;
}
