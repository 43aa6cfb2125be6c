import { danishCollator } from '../format.ts';

/** "Serviceloven § 101, stk. 4": how a law reference is named in links and headings. */
export function lawLabel(law: { law: string; paragraph: string; subsection?: string }): string {
  return [`${law.law} ${law.paragraph}`, law.subsection].filter(Boolean).join(', ');
}

function numbersOf(text: string | undefined): number[] {
  return [...(text ?? '').matchAll(/\d+/g)].map((m) => Number(m[0]));
}

/** Orders references as the law does: by law, then paragraph, then subsection, numerically ("§ 101" before "§ 107", "stk. 4" before "stk. 10"). */
export function compareLawReferences(a: { law: string; paragraph: string; subsection?: string }, b: { law: string; paragraph: string; subsection?: string }): number {
  if (a.law !== b.law) return danishCollator.compare(a.law, b.law);
  const left = [...numbersOf(a.paragraph), ...numbersOf(a.subsection)];
  const right = [...numbersOf(b.paragraph), ...numbersOf(b.subsection)];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? -1) - (right[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return danishCollator.compare(a.paragraph, b.paragraph);
}
