/**
 * The complaint letter's island on /klage/<outcome>/brev/: the fields above the letter fill it in as
 * the citizen types (the date from ?dato= when the outcome page computed one), and the letter can be
 * copied as plain text or printed. Everything stays in the browser: nothing is stored or sent.
 */
import { isIsoDate } from '../domain/dates.ts';
import { formatDate } from '../domain/format.ts';
import { calculatorData, describeDate } from './date-result.ts';

const form = document.querySelector<HTMLElement>('.letter-form');
const letter = document.querySelector<HTMLElement>('.letter');

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The text a field puts in the letter: a date in words, or what was typed. */
function valueOf(field: HTMLInputElement | HTMLTextAreaElement): string {
  const value = field.value.trim();
  if (field.type === 'date') return isIsoDate(value) ? formatDate(value) : '';
  return value;
}

function fill(name: string, text: string) {
  for (const target of letter!.querySelectorAll<HTMLElement>(`[data-fill="${name}"]`)) {
    target.textContent = text;
    target.classList.toggle('is-filled', text !== '');
    target.closest('.letter__part')?.classList.toggle('is-filled', text !== '');
  }
}

/** The letter as plain text, with a line for each part the citizen has not written yet. */
function letterText(): string {
  const lines: string[] = [];
  for (const node of letter!.children) {
    if (node.id === 'letter-heading') continue;
    if (node.classList.contains('letter__part')) {
      const heading = node.querySelector('h3')!.textContent!.trim();
      const answer = node.querySelector('.letter__answer')!.textContent!.trim();
      lines.push('', heading, answer || '[Skriv her]');
    } else {
      lines.push((node.textContent ?? '').replace(/\s+/g, ' ').trim());
    }
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without clipboard permission: select the text in a temporary field and copy that.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'sr-only';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

if (form && letter) {
  form.classList.add('is-ready');
  letter.classList.add('is-live');
  fill('idag', formatDate(today()));
  const fields = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-fills]')];
  const date = new URLSearchParams(location.search).get('dato');
  const dateField = fields.find((f) => f.type === 'date');
  if (date && dateField && isIsoDate(date)) dateField.value = date;
  const data = calculatorData(document);
  const deadline = document.querySelector<HTMLElement>('.letter-deadline');
  const showDeadline = () => {
    if (!data || !deadline || !dateField) return;
    deadline.replaceChildren(...(isIsoDate(dateField.value) ? describeDate(data, dateField.value) : []));
  };
  for (const field of fields) {
    fill(field.dataset.fills!, valueOf(field));
    field.addEventListener('input', () => {
      fill(field.dataset.fills!, valueOf(field));
      if (field === dateField) showDeadline();
    });
  }
  showDeadline();
  const status = form.querySelector<HTMLElement>('.letter-form__status')!;
  form.querySelector('.letter-form__copy')!.addEventListener('click', async () => {
    status.textContent = (await copy(letterText()))
      ? 'Klagen er kopieret. Sæt den ind i en e-mail, et brev eller et klageskema.'
      : 'Klagen kunne ikke kopieres. Markér teksten i udkastet, og kopiér den selv.';
  });
  form.querySelector('.letter-form__print')!.addEventListener('click', () => window.print());
}
