/**
 * A whole number written out in Spanish words, as a reader says it aloud:
 * 2026 is "dos mil veintiséis", 988 "novecientos ochenta y ocho". The
 * Spanish reading score counts the syllables a reader speaks, and a figure
 * is spoken, not spelled.
 */

const UNITS = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
/** 10 to 29 are one word each: "once", "dieciséis", "veintitrés". */
const TEENS_AND_TWENTIES = [
  'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve',
  'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve',
];
const TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const HUNDREDS = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos', 'ochocientos', 'novecientos'];

/** The largest number read as a quantity; longer runs of digits (phone numbers, codes) are read digit by digit. */
export const LARGEST_SPOKEN_NUMBER = 999_999;

function belowHundred(n: number): string {
  if (n < 10) return UNITS[n]!;
  if (n < 30) return TEENS_AND_TWENTIES[n - 10]!;
  const unit = n % 10;
  return unit === 0 ? TENS[Math.floor(n / 10)]! : `${TENS[Math.floor(n / 10)]} y ${UNITS[unit]}`;
}

function belowThousand(n: number): string {
  if (n === 100) return 'cien';
  const rest = n % 100;
  const hundreds = HUNDREDS[Math.floor(n / 100)]!;
  if (!hundreds) return belowHundred(rest);
  return rest === 0 ? hundreds : `${hundreds} ${belowHundred(rest)}`;
}

/**
 * The words a reader says for a run of digits: a quantity up to
 * LARGEST_SPOKEN_NUMBER ("2026", "12"), and digit by digit for a longer run
 * or one with a leading zero ("0800", "5551234567").
 */
export function spanishNumberWords(digits: string): string {
  if (!/^\d+$/.test(digits)) throw new Error(`not a run of digits: "${digits}"`);
  const n = Number(digits);
  if ((digits.length > 1 && digits.startsWith('0')) || n > LARGEST_SPOKEN_NUMBER) {
    return [...digits].map((digit) => UNITS[Number(digit)]).join(' ');
  }
  if (n < 1000) return belowThousand(n);
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  // "mil", not "uno mil"; before "mil", "uno" is said "un" ("treinta y un mil", "veintiún mil").
  const lead = thousands === 1 ? 'mil' : `${belowThousand(thousands).replace(/veintiuno$/, 'veintiún').replace(/uno$/, 'un')} mil`;
  return rest === 0 ? lead : `${lead} ${belowThousand(rest)}`;
}
