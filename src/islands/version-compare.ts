/**
 * Compares any two versions of a standard, on the changes pages (progressive enhancement of the
 * form in src/pages/standarder/[kommune]/[standard]/aendringer/_compare-form.astro):
 * - on submit, a pair with its own page opens that page; two equal versions get an error message;
 *   versions chosen the wrong way round are swapped (the older always first);
 * - on the compare page (sammenlign/?fra=…&til=…), the two versions are read from versioner.json
 *   and compared here with the same rules and view as the static pages
 *   (src/domain/standards/compare.ts and diff-view.ts).
 * Without JavaScript the form still submits to the compare page, which lists the pages that exist.
 */
import { compareVersions, type ExtractedVersion } from '../domain/standards/compare.ts';
import { diffView, type ViewNode } from '../domain/standards/diff-view.ts';

interface VersionsData {
  versions: { url: string; data: ExtractedVersion }[];
  pages: Record<string, string>;
}

const form = document.getElementById('version-compare-form') as HTMLFormElement | null;
const result = document.getElementById('compare-result');

function build(node: ViewNode): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  for (const [k, v] of Object.entries(node.attrs ?? {})) element.setAttribute(k, v);
  for (const child of node.children ?? []) element.appendChild(build(child));
  return element;
}

const selectOf = (name: string) => form?.elements.namedItem(name) as HTMLSelectElement | null;

/** The labels in the form's order: newest first, as the selects list them. */
const labelsNewestFirst = () => [...(selectOf('fra')?.options ?? [])].map((o) => o.value);

/** The two labels ordered older, newer; undefined when they are the same or unknown. */
function ordered(a: string, b: string): [string, string] | undefined {
  const labels = labelsNewestFirst();
  const [i, j] = [labels.indexOf(a), labels.indexOf(b)];
  if (i < 0 || j < 0 || i === j) return undefined;
  return i > j ? [a, b] : [b, a];
}

function showError(message: string | undefined) {
  const group = selectOf('til')?.closest('.form-group');
  if (!group) return;
  group.classList.toggle('form-error', message !== undefined);
  let error = group.querySelector<HTMLElement>('.form-error-message');
  if (message === undefined) {
    error?.remove();
    selectOf('til')?.removeAttribute('aria-describedby');
    selectOf('til')?.removeAttribute('aria-invalid');
    return;
  }
  if (!error) {
    error = document.createElement('span');
    error.className = 'form-error-message';
    error.id = 'til-fejl';
    group.insertBefore(error, selectOf('til'));
  }
  error.textContent = message;
  selectOf('til')!.setAttribute('aria-describedby', 'til-fejl');
  selectOf('til')!.setAttribute('aria-invalid', 'true');
}

let dataPromise: Promise<VersionsData> | undefined;
function loadData(url: string): Promise<VersionsData> {
  dataPromise ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json() as Promise<VersionsData>;
  });
  return dataPromise;
}

function message(text: string) {
  const p = document.createElement('p');
  p.className = 'alert-text';
  p.textContent = text;
  const box = document.createElement('div');
  box.className = 'alert alert-error';
  const body = document.createElement('div');
  body.className = 'alert-body';
  body.appendChild(p);
  box.appendChild(body);
  return box;
}

/** Compares two versions on the compare page and shows the result in place of the explanation. */
async function render(container: HTMLElement, from: string, to: string, focus: boolean) {
  const pair = ordered(from, to);
  const heading = document.getElementById('compare-heading');
  if (!pair) {
    container.replaceChildren(message(from === to ? 'Du har valgt den samme version to gange. Vælg to forskellige versioner.' : 'Der findes ingen version med det nummer. Vælg versionerne i listerne nedenfor.'));
    return;
  }
  const [olderLabel, newerLabel] = pair;
  if (selectOf('fra')) selectOf('fra')!.value = olderLabel;
  if (selectOf('til')) selectOf('til')!.value = newerLabel;
  let data: VersionsData;
  try {
    data = await loadData(container.dataset.versions!);
  } catch {
    container.replaceChildren(message('Versionerne kunne ikke hentes. Prøv igen, eller læs ændringerne trin for trin nedenfor.'));
    return;
  }
  const older = data.versions.find((v) => v.data.version === olderLabel);
  const newer = data.versions.find((v) => v.data.version === newerLabel);
  if (!older || !newer) return;
  const title = `Ændringer fra version ${olderLabel} til ${newerLabel}`;
  if (heading) heading.textContent = title;
  document.title = document.title.replace(/^[^|–-]*/, `${title} `);
  const diff = compareVersions(older.data, newer.data);
  const view = diffView(diff, { olderUrl: older.url, newerUrl: newer.url });
  const own = data.pages[`${olderLabel}/${newerLabel}`];
  const nodes: Node[] = [];
  if (own) {
    const p = document.createElement('p');
    const a = document.createElement('a');
    a.href = own;
    a.textContent = 'Sammenligningen har også sin egen side';
    p.append(a, '.');
    nodes.push(p);
  }
  const wrap = document.createElement('div');
  wrap.className = 'version-diff';
  wrap.id = 'version-diff';
  view.forEach((n) => wrap.appendChild(build(n)));
  nodes.push(wrap);
  container.replaceChildren(...nodes);
  document.getElementById('compare-legend')?.removeAttribute('hidden');
  if (focus) container.focus();
}

if (form) {
  const pages = JSON.parse(form.dataset.pages ?? '{}') as Record<string, string>;
  form.addEventListener('submit', (event) => {
    const from = selectOf('fra')!.value;
    const to = selectOf('til')!.value;
    const pair = ordered(from, to);
    if (!pair) {
      event.preventDefault();
      showError('Vælg en anden version end i »Fra version«: de to versioner er de samme.');
      selectOf('til')!.focus();
      return;
    }
    showError(undefined);
    selectOf('fra')!.value = pair[0];
    selectOf('til')!.value = pair[1];
    const own = pages[`${pair[0]}/${pair[1]}`];
    if (own) {
      event.preventDefault();
      window.location.assign(own);
    } else if (result) {
      event.preventDefault();
      const query = new URLSearchParams({ fra: pair[0], til: pair[1] });
      history.pushState(null, '', `?${query}`);
      void render(result, pair[0], pair[1], true);
    }
  });
}

if (result) {
  const params = new URLSearchParams(window.location.search);
  const [from, to] = [params.get('fra'), params.get('til')];
  if (from !== null && to !== null) void render(result, from, to, false);
  else {
    const p = document.createElement('p');
    p.textContent = 'Vælg to versioner i formularen nedenfor, så vises ændringerne mellem dem her.';
    result.replaceChildren(p);
  }
  window.addEventListener('popstate', () => {
    const p = new URLSearchParams(window.location.search);
    const [f, t] = [p.get('fra'), p.get('til')];
    if (f !== null && t !== null) void render(result, f, t, false);
  });
}
