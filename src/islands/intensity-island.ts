/**
 * The intensity classifier's island on /behandlingsformer/: reads the week grid, classifies it with
 * src/domain/intensity/classify.ts and shows the level, the rule that decided it, the reasons and what follows,
 * from the rule data the page embeds. Wrong input gets an error summary with links to the fields.
 */
import { parseDecimal } from '../domain/intensity/decimal.ts';
import { classifyIntensity, IntensityInputError, intensityLevelNames, type IntensityLevel, type IntensityThresholds } from '../domain/intensity/classify.ts';

interface LevelData {
  name: string;
  definition: string;
  consequences: { text: string; laws: { href: string; label: string }[] }[];
}
interface IslandData {
  levels: Record<IntensityLevel, LevelData>;
  complaintsUrl: string;
  thresholds: IntensityThresholds;
}

const data = JSON.parse(document.getElementById('intensity-data')!.textContent!) as IslandData;
const section = document.getElementById('klassificering')!;
const form = document.getElementById('intensity-form') as HTMLFormElement;
const result = document.getElementById('intensity-result')!;
const errorBox = document.getElementById('intensity-errors')!;
const errorList = document.getElementById('intensity-error-list')!;
section.classList.add('is-ready');

const period = () => Number((form.querySelector('input[name="period"]:checked') as HTMLInputElement).value);
const weekSets = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset.week')];

function showWeeks() {
  for (const set of weekSets) set.hidden = Number(set.dataset.week) > period();
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

interface FieldError {
  input: HTMLInputElement;
  message: string;
}

/** Reads the grid: an empty field or 0 is a day without treatment. */
function readSchedule(): { weeks: number[][]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const weeks = weekSets.slice(0, period()).map((set) => {
    const hours: number[] = [];
    for (const input of set.querySelectorAll('input')) {
      const raw = input.value.trim();
      input.removeAttribute('aria-invalid');
      const value = parseDecimal(raw);
      if (raw === '' || value === 0) continue;
      const day = set.querySelector(`label[for="${input.id}"]`)!.textContent;
      if (value === undefined) errors.push({ input, message: `${set.querySelector('legend')!.textContent!.split(':')[0]}, ${day}: skriv et antal timer, fx 2 eller 1,5.` });
      else if (value > 24) errors.push({ input, message: `${set.querySelector('legend')!.textContent!.split(':')[0]}, ${day}: en dag har højst 24 timer.` });
      else hours.push(value);
    }
    return hours;
  });
  return { weeks, errors };
}

function showErrors(errors: FieldError[]) {
  errorList.replaceChildren(
    ...errors.map((e) => {
      e.input.setAttribute('aria-invalid', 'true');
      const item = el('li');
      const link = el('a', e.message);
      link.href = `#${e.input.id}`;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        e.input.focus();
      });
      item.append(link);
      return item;
    }),
  );
  errorBox.hidden = errors.length === 0;
  if (errors.length > 0) errorBox.focus();
}

function consequencesList(level: IntensityLevel): HTMLElement {
  const list = el('ul');
  for (const c of data.levels[level].consequences) {
    const item = el('li', `${c.text} `);
    c.laws.forEach((law, i) => {
      if (i > 0) item.append(', ');
      const link = el('a', law.label);
      link.href = law.href;
      item.append(link);
    });
    list.append(item);
  }
  return list;
}

function render() {
  const { weeks, errors } = readSchedule();
  showErrors(errors);
  if (errors.length > 0) {
    result.replaceChildren();
    return;
  }
  try {
    const r = classifyIntensity({ weeks, overnight: (form.elements.namedItem('overnight') as HTMLInputElement).checked }, data.thresholds);
    const outside = r.level === 'uden-for-definitionerne';
    const shown = (outside ? r.nearest : r.level) as IntensityLevel;
    const heading = el('h3', outside ? 'Skemaet passer ikke på definitionerne' : data.levels[shown].name);
    const parts: HTMLElement[] = [heading];
    if (outside) parts.push(el('p', `Det nærmeste er ${intensityLevelNames[shown]}. Kommunen må vurdere skemaet konkret.`, 'alert-text'));
    else parts.push(el('p', `Definitionen: ${data.levels[shown].definition}`));
    const reasons = el('ul');
    for (const reason of r.reasons) reasons.append(el('li', reason));
    parts.push(el('h4', 'Hvorfor'), reasons);
    if (data.levels[shown].consequences.length > 0) parts.push(el('h4', outside ? `Hvis det er ${intensityLevelNames[shown]}` : 'Hvad følger af det'), consequencesList(shown));
    const complaint = el('p', 'Er du uenig i en afgørelse om behandling? ');
    const link = el('a', 'Brug klagevejviseren');
    link.href = data.complaintsUrl;
    complaint.append(link, '.');
    parts.push(complaint);
    result.className = `classifier__result alert ${outside ? 'alert-warning' : 'alert-success'}`;
    result.replaceChildren(el('div', undefined, 'alert-body'));
    result.firstElementChild!.append(...parts);
    result.focus();
  } catch (error) {
    result.replaceChildren(el('p', error instanceof IntensityInputError ? error.messageDa : 'Skemaet kunne ikke vurderes. Tjek tallene og prøv igen.'));
  }
}

form.addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement).name === 'period') showWeeks();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  render();
});
showWeeks();
