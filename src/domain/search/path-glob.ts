/**
 * A glob that matches exactly a given set of file paths, for Pagefind's `addDirectory`, which takes
 * one glob: the build hands it only the pages marked for the index, so Pagefind does not read and
 * parse the pages it would ignore. The paths share their folders, so the glob is written as a tree
 * (`standarder/{koebenhavn/{a/index.html,b/index.html},...}`), far shorter than a flat list.
 */

/** Characters a path may hold in the glob: letters, digits and the few that are not glob syntax. */
const plainPath = /^[\p{L}\p{N}._/-]+$/u;

interface Folder {
  files: Set<string>;
  folders: Map<string, Folder>;
}

const emptyFolder = (): Folder => ({ files: new Set(), folders: new Map() });

function alternatives(folder: Folder): string[] {
  const parts = [...folder.files].sort();
  for (const [name, child] of [...folder.folders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const inner = alternatives(child);
    parts.push(inner.length === 1 ? `${name}/${inner[0]}` : `${name}/{${inner.join(',')}}`);
  }
  return parts;
}

/**
 * The glob matching exactly `paths` (relative, with "/" between folders). Throws on a path with a
 * character that is glob syntax, since it could match other files, and on an empty list, which no
 * glob expresses.
 */
export function globOfPaths(paths: readonly string[]): string {
  if (paths.length === 0) throw new Error('globOfPaths needs at least one path.');
  const root = emptyFolder();
  for (const path of paths) {
    if (!plainPath.test(path) || path.startsWith('/') || path.split('/').some((s) => s === '' || s === '.' || s === '..')) {
      throw new Error(`Søgeindekset kan ikke bygges: stien "${path}" indeholder tegn, som ikke kan bruges i et filnavn på sitet (kun bogstaver, tal, punktum, bindestreg og understregning).`);
    }
    const segments = path.split('/');
    let folder = root;
    for (const name of segments.slice(0, -1)) {
      let child = folder.folders.get(name);
      if (!child) folder.folders.set(name, (child = emptyFolder()));
      folder = child;
    }
    folder.files.add(segments.at(-1)!);
  }
  const top = alternatives(root);
  return top.length === 1 ? top[0] : `{${top.join(',')}}`;
}
