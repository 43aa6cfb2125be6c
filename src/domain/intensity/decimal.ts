/**
 * Reads a number as people type it on a Danish or an English keyboard: "2,5" and "2.5" are both two
 * and a half. Only digits with at most one decimal separator are accepted, so a typo such as
 * "2,5,1" or "1.000,5" is reported instead of being read as another number.
 */
const decimalPattern = /^(\d+)(?:[.,](\d+))?$|^[.,](\d+)$/;

/** The number written in `text`, or undefined when it is not a plain decimal number. Surrounding spaces are ignored. */
export function parseDecimal(text: string): number | undefined {
  const m = decimalPattern.exec(text.trim());
  if (!m) return undefined;
  const whole = m[1] ?? '0';
  const fraction = m[2] ?? m[3];
  return Number(fraction === undefined ? whole : `${whole}.${fraction}`);
}
