/**
 * The paragraphs that show a computed date in an island: the date with its weekday and, for a
 * deadline on a Saturday, Sunday or public holiday, what that means and the day to send by.
 */
import { calculateDate, type DateCalculation } from '../domain/complaints/flow.ts';
import type { HolidayDefinitions } from '../domain/dates.ts';
import { formatDateWithWeekday } from '../domain/format.ts';

/** The rule data a page embeds for its date calculation: no legal text lives in the script. */
export interface CalculatorData {
  calculation: DateCalculation;
  holidays: HolidayDefinitions;
  holidayRule: { confirmed: boolean; text: string };
}

function paragraph(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}

export function describeDate(data: CalculatorData, from: string): HTMLParagraphElement[] {
  const result = calculateDate(data.calculation, from, data.holidays, data.holidayRule);
  const lines = [paragraph(`${data.calculation.resultLabel} ${formatDateWithWeekday(result.date)}.`, 'date-calculator__date')];
  if (result.nonWorkingDay) {
    const day = /^(lørdag|søndag)$/.test(result.nonWorkingDay) ? `en ${result.nonWorkingDay}` : `en helligdag (${result.nonWorkingDay})`;
    lines.push(paragraph(`Datoen er ${day}. ${data.holidayRule.text}`));
    if (result.sendBy) lines.push(paragraph(`Send klagen, så den er fremme senest ${formatDateWithWeekday(result.sendBy)}.`));
  }
  return lines;
}

/** Reads the rule data a page embeds in a <script type="application/json"> inside `root`. */
export function calculatorData(root: ParentNode): CalculatorData | undefined {
  const script = root.querySelector('.date-calculator__data');
  return script?.textContent ? (JSON.parse(script.textContent) as CalculatorData) : undefined;
}
