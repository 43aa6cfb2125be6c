/**
 * The complaint wizard's island. On a question page it turns the answer links into DKFDS radio
 * buttons with a "Fortsæt" button and an error summary; the next page's address carries the
 * answers, so back and shared links keep working. On an outcome page it computes the deadline
 * date in the browser (kept in the address as ?modtaget=) and offers printing.
 */
import { addPeriod, isIsoDate } from '../lib/complaint-flow.ts';
import { formatDate } from '../lib/format.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** DKFDS error summary, shown when "Fortsæt" is pressed without an answer. */
function errorSummary(firstInputId: string): HTMLElement {
  const box = el('div', { id: 'complaint-errors', class: 'alert alert-error', role: 'alert', tabindex: '-1', hidden: '' });
  const body = el('div', { class: 'alert-body' });
  const list = el('ul', { class: 'alert-text' });
  const item = el('li');
  item.append(el('a', { href: `#${firstInputId}` }, 'Vælg et svar for at gå videre.'));
  list.append(item);
  body.append(el('p', { class: 'alert-heading' }, 'Der er et problem'), list);
  box.append(body);
  return box;
}

function enhanceQuestion(list: HTMLUListElement) {
  const hint = document.getElementById('question-hint');
  const form = el('form', { class: 'answer-form', novalidate: '' });
  const fieldset = el('fieldset', { 'aria-labelledby': 'question-heading', ...(hint ? { 'aria-describedby': 'question-hint' } : {}) });
  for (const item of list.querySelectorAll('li')) {
    const link = item.querySelector('a')!;
    const id = `svar-${link.dataset.option}`;
    const group = el('div', { class: 'form-group-radio' });
    const input = el('input', { class: 'form-radio-input', type: 'radio', name: 'svar', id, value: link.getAttribute('href')! });
    const label = el('label', { class: 'form-label', for: id }, link.textContent ?? '');
    group.append(input, label);
    const optionHint = item.querySelector('.form-hint');
    if (optionHint) {
      optionHint.id = `${id}-hint`;
      input.setAttribute('aria-describedby', optionHint.id);
      group.append(optionHint);
    }
    fieldset.append(group);
  }
  const button = el('button', { class: 'button button-primary', type: 'submit' }, 'Fortsæt');
  form.append(fieldset, button);
  const errors = errorSummary(fieldset.querySelector('input')!.id);
  list.replaceWith(errors, form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>('input[name="svar"]:checked');
    if (chosen) {
      location.assign(chosen.value);
      return;
    }
    errors.hidden = false;
    fieldset.classList.add('form-error');
    errors.focus();
  });
  errors.querySelector('a')?.addEventListener('click', (event) => {
    event.preventDefault();
    form.querySelector<HTMLInputElement>('input[name="svar"]')!.focus();
  });
}

function enhanceDeadline(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[type="date"]')!;
  const output = form.querySelector<HTMLElement>('.deadline-calculator__result')!;
  const period = form.dataset.weeks ? { weeks: Number(form.dataset.weeks) } : { years: Number(form.dataset.years) };
  form.hidden = false;
  const show = (value: string, remember: boolean) => {
    if (!isIsoDate(value)) {
      input.setAttribute('aria-invalid', 'true');
      output.textContent = 'Skriv datoen som dag, måned og år, fx 1. marts 2024.';
      return;
    }
    input.removeAttribute('aria-invalid');
    output.textContent = `Din frist er ${formatDate(addPeriod(value, period))}.`;
    if (remember) history.replaceState(null, '', `?modtaget=${value}`);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show(input.value, true);
  });
  const remembered = new URLSearchParams(location.search).get('modtaget');
  if (remembered) {
    input.value = remembered;
    show(remembered, false);
  }
}

const list = document.querySelector<HTMLUListElement>('.answer-links');
if (list) enhanceQuestion(list);
const calculator = document.querySelector<HTMLFormElement>('.deadline-calculator');
if (calculator) enhanceDeadline(calculator);
const printButton = document.querySelector<HTMLButtonElement>('.print-button');
if (printButton) {
  printButton.hidden = false;
  printButton.addEventListener('click', () => window.print());
}
