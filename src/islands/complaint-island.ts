/**
 * The complaint wizard's island. On a question page it turns the answer links into DKFDS radio
 * buttons with a "Fortsæt" button and an error summary; the next page's address carries the
 * answers, so back and shared links keep working. On an outcome page it computes the deadline (or
 * the date the law promises) from a date the citizen types, kept in the address as ?dato=, says
 * what to do when a deadline falls on a day that is not a working day, carries the date on to the
 * complaint letter, and offers printing. Nothing is sent anywhere.
 */
import { isIsoDate } from '../domain/dates.ts';
import { calculatorData, describeDate } from './date-result.ts';

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
  const group = el('div', { class: 'form-group' });
  const fieldset = el('fieldset', { 'aria-labelledby': 'question-heading', ...(hint ? { 'aria-describedby': 'question-hint' } : {}) });
  const message = el('span', { class: 'form-error-message', id: 'svar-fejl', hidden: '' }, 'Vælg et svar');
  for (const item of list.querySelectorAll('li')) {
    const link = item.querySelector('a')!;
    const id = `svar-${link.dataset.option}`;
    const choice = el('div', { class: 'form-group-radio' });
    const input = el('input', { class: 'form-radio', type: 'radio', name: 'svar', id, value: link.getAttribute('href')! });
    const label = el('label', { for: id }, link.textContent ?? '');
    choice.append(input, label);
    const optionHint = item.querySelector('.form-hint');
    if (optionHint) {
      optionHint.id = `${id}-hint`;
      input.setAttribute('aria-describedby', optionHint.id);
      choice.append(optionHint);
    }
    fieldset.append(choice);
  }
  const button = el('button', { class: 'button button-primary', type: 'submit' }, 'Fortsæt');
  fieldset.prepend(message);
  group.append(fieldset);
  form.append(group, button);
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
    message.hidden = false;
    group.classList.add('form-error');
    fieldset.setAttribute('aria-describedby', ['svar-fejl', hint ? 'question-hint' : ''].filter(Boolean).join(' '));
    errors.focus();
  });
  errors.querySelector('a')?.addEventListener('click', (event) => {
    event.preventDefault();
    form.querySelector<HTMLInputElement>('input[name="svar"]')!.focus();
  });
}

function enhanceCalculator(form: HTMLFormElement) {
  const data = calculatorData(form)!;
  const input = form.querySelector<HTMLInputElement>('input[type="date"]')!;
  const output = form.querySelector<HTMLElement>('.date-calculator__result')!;
  const letterLink = document.querySelector<HTMLAnchorElement>('.write-complaint__link');
  const letterBase = letterLink?.getAttribute('href');
  form.classList.add('is-ready');
  const show = (value: string, remember: boolean) => {
    if (!isIsoDate(value)) {
      input.setAttribute('aria-invalid', 'true');
      output.replaceChildren(el('p', { class: 'form-error-message' }, 'Skriv datoen som dag, måned og år, fx 1. marts 2024.'));
      return;
    }
    input.removeAttribute('aria-invalid');
    output.replaceChildren(...describeDate(data, value));
    if (letterLink && letterBase) letterLink.href = `${letterBase}?dato=${value}`;
    if (remember) history.replaceState(null, '', `?dato=${value}`);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show(input.value, true);
  });
  const remembered = new URLSearchParams(location.search).get('dato');
  if (remembered) {
    input.value = remembered;
    show(remembered, false);
  }
}

const list = document.querySelector<HTMLUListElement>('.answer-links');
if (list) enhanceQuestion(list);
const calculator = document.querySelector<HTMLFormElement>('.date-calculator');
if (calculator) enhanceCalculator(calculator);
const printButton = document.querySelector<HTMLButtonElement>('.print-button');
printButton?.addEventListener('click', () => window.print());
