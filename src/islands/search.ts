/**
 * The search page's island: reads ?q= (the header's search field submits here), loads Pagefind's
 * JavaScript only now, and lists results with title, type, municipality and excerpt. Filters by
 * type and municipality, with pages stating today's rules weighted up. Without JavaScript the page
 * explains the A-Z and law indexes instead.
 */
import { currentRulesFilter, rankResults } from '../domain/search/ranking.ts';
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const filterBox = document.querySelector<HTMLElement>('#search-filters')!;
document.querySelector('#search-nojs')?.setAttribute('hidden', '');

/** Results shown at once, and added by "Vis flere": each costs its text fragment, so a first search stays light. */
const RESULTS_PER_STEP = 10;
/** The filter menus, by Pagefind filter name and label. */
const filterMenus = [['type', 'Type'], ['kommune', 'Kommune']] as const;

// The filters load every filter file of the index, so they are built when a reader asks for them
// (or arrives with one in the address), not on the first search.
const filterToggle = element('button', 'Afgræns efter type eller kommune', 'button button-secondary');
filterToggle.type = 'button';
filterToggle.setAttribute('aria-expanded', 'false');
filterToggle.setAttribute('aria-controls', 'search-filters');
filterToggle.addEventListener('click', async () => {
  await buildFilters(await loadPagefind());
  filterBox.querySelector('select')?.focus();
});
// After the search button: the search comes first, narrowing it second.
(form.querySelector('button[type="submit"]') ?? filterBox).after(filterToggle);

const moreButton = element('button', 'Vis flere resultater', 'button button-secondary');
moreButton.type = 'button';
moreButton.hidden = true;
list.after(moreButton);
let showMore: (() => Promise<void>) | undefined;
moreButton.addEventListener('click', () => void showMore?.());

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefindPromise ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 24 });
    return pf;
  });
  return pagefindPromise;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function buildFilters(pf: Pagefind) {
  if (filterBox.childElementCount > 0) return;
  const available = await pf.filters();
  filterToggle.hidden = true;
  filterToggle.setAttribute('aria-expanded', 'true');
  for (const [name, label] of filterMenus) {
    const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b, 'da'));
    if (values.length === 0) continue;
    const wrapper = element('div', undefined, 'form-group');
    const id = `filter-${name}`;
    const labelNode = element('label', label, 'form-label');
    labelNode.htmlFor = id;
    const select = element('select', undefined, 'form-select');
    select.id = id;
    select.name = name;
    select.append(new Option('Alle', ''), ...values.map((v) => new Option(v, v)));
    select.value = new URLSearchParams(location.search).get(name) ?? '';
    select.addEventListener('change', () => run());
    wrapper.append(labelNode, select);
    filterBox.append(wrapper);
  }
}

async function run() {
  const query = input.value.trim();
  const filters: Record<string, string> = {};
  for (const select of filterBox.querySelectorAll('select')) if (select.value) filters[select.name] = select.value;
  const params = new URLSearchParams({ q: query, ...filters });
  history.replaceState(null, '', `?${params}`);
  list.replaceChildren();
  moreButton.hidden = true;
  if (!query) {
    status.textContent = 'Skriv et eller flere ord, du vil søge efter.';
    return;
  }
  status.textContent = 'Søger …';
  const pf = await loadPagefind();
  // Pages stating today's rules are weighted up (src/domain/search/ranking.ts): a second, filtered search says which.
  const [{ results: all }, { results: current }] = await Promise.all([
    pf.search(query, { filters }),
    pf.search(query, { filters: { ...filters, [currentRulesFilter.name]: currentRulesFilter.value } }),
  ]);
  const results = rankResults(all, current);
  status.textContent = results.length === 0 ? `Ingen sider fundet for "${query}".` : `${results.length} ${results.length === 1 ? 'side' : 'sider'} fundet for "${query}".`;
  let shown = 0;
  showMore = async () => {
    const batch = await Promise.all(results.slice(shown, shown + RESULTS_PER_STEP).map((r) => r.data()));
    const items = batch.map(resultItem);
    list.append(...items);
    // After "Vis flere", the keyboard continues at the first new result.
    if (shown > 0) items[0]?.querySelector('a')?.focus();
    shown += batch.length;
    moreButton.hidden = shown >= results.length;
  };
  await showMore();
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = element('li', undefined, 'search-result');
  const heading = element('h2', undefined, 'h4 search-result__title');
  const link = element('a', result.meta.title ?? result.url);
  link.href = result.url;
  heading.append(link);
  const facts = [result.meta.type, result.meta.kommune].filter(Boolean).join(' · ');
  const excerpt = element('p');
  // Pagefind's excerpt marks the matched words with <mark>; its text is escaped by Pagefind.
  excerpt.innerHTML = result.excerpt;
  item.append(heading);
  if (facts) item.append(element('p', facts, 'entry-list__meta'));
  item.append(excerpt);
  return item;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
input.value = new URLSearchParams(location.search).get('q') ?? '';
// A filter in the address (a shared or bookmarked search) is built before the first search uses it.
const addressHasFilter = filterMenus.some(([name]) => new URLSearchParams(location.search).get(name));
if (input.value) void (addressHasFilter ? loadPagefind().then(buildFilters).then(run) : run());
