/**
 * The browser editor's server: one local address that serves the editor page (Decap CMS from
 * node_modules, no CDN), its generated configuration, and Decap's local backend (decap-server's
 * middleware) writing to a git working tree. Before decap-server writes or deletes a content file,
 * the file is put back into its own layout (scripts/editor/keep-layout.ts) and the content check
 * runs on the files as they would be (scripts/editor/save-check.ts); a save that would add a
 * problem is refused with the check's Danish messages, which the editor shows.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { formatProblem, formatProblems, type ContentProblem } from '../../src/content-check/content-errors.ts';
import { collectionDefinitions } from '../../src/schemas/index.ts';
import { keepLayout } from './keep-layout.ts';
import { decapConfigText, editorFieldLabel, readElementsRule, requiredSwitches } from './decap-config.ts';
import { collectionOfPath, problemsWithSave, type EditorFile } from './save-check.ts';

export interface EditorOptions {
  /** The repository whose content/ folder the editor edits (the folder the paths in config.yml start from). */
  repoRoot: string;
  /** The port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** Commit each save to the current branch (decap-server's git mode) instead of only writing the file. */
  commit?: boolean;
  /** decap-server's log level (winston): "info" prints each request, "warn" only problems. */
  logLevel?: string;
}

export interface RunningEditor {
  url: string;
  close(): Promise<void>;
}

const projectRoot = resolve(import.meta.dirname, '../..');
const decapDist = join(projectRoot, 'node_modules/decap-cms/dist');
const page = join(projectRoot, 'scripts/editor/page');

/**
 * What the editor shows when a save is refused: the content check's lines (after "Filen er ikke
 * gemt."), each field also named by its label in the editor, such as »adoptedOn« (»Vedtaget den«).
 */
export function refusal(problems: readonly ContentProblem[], repoRoot = '.'): string {
  const lines = problems.map((p) => {
    const collection = collectionOfPath(repoRoot, join(repoRoot, 'content'), p.file)?.collection;
    const label = collection && editorFieldLabel(collection, p.field);
    return `  - ${label ? `${p.file}: feltet »${p.field}« (»${label}« i redigeringen) ${p.message}` : formatProblem(p)}`;
  });
  return [formatProblems(problems).split('\n')[0], ...lines, 'Intet er gemt. Ret fejlene, og gem igen.'].join('\n');
}

/** A file decap-server is asked to write; newPath when the entry moves (its path fields changed). */
type PersistedFile = EditorFile & { newPath?: string };

interface PersistParams {
  entry?: PersistedFile;
  dataFiles?: PersistedFile[];
}

/** The content check in front of decap-server: refuses a persistEntry or deleteFile(s) that would add a problem. */
function contentCheck(repoRoot: string) {
  const contentDir = join(repoRoot, 'content');
  return (request: Request, response: Response, next: NextFunction) => {
    const { action, params } = (request.body ?? {}) as { action?: string; params?: Record<string, unknown> };
    let written: EditorFile[] = [];
    let deleted: string[] = [];
    // Files the editor uploads would be published from public/ unchecked: the editor takes only text.
    const assets = (params as { assets?: unknown[] } | undefined)?.assets ?? [];
    if (action === 'persistMedia' || (action === 'persistEntry' && assets.length > 0)) {
      return response.status(422).json({ error: 'Billeder og andre filer kan ikke lægges op i redigeringen: siden viser kun tekst, der er tjekket. Intet er gemt.' });
    }
    if (action === 'persistEntry') {
      const { entry, dataFiles } = params as PersistParams;
      const files = dataFiles ?? (entry ? [entry] : []);
      // Decap's values in the file's own layout (comments, flow lists): what is checked is what is written.
      for (const file of files) {
        const where = collectionOfPath(repoRoot, contentDir, file.path);
        const onDisk = join(repoRoot, file.path);
        if (where && existsSync(onDisk)) file.raw = keepLayout(readFileSync(onDisk, 'utf8'), file.raw, collectionDefinitions[where.collection].extension);
      }
      written = files.map((f) => ({ path: f.newPath ?? f.path, raw: f.raw }));
      deleted = files.filter((f) => f.newPath && f.newPath !== f.path).map((f) => f.path);
    } else if (action === 'deleteFile') {
      deleted = [String(params?.path)];
    } else if (action === 'deleteFiles') {
      deleted = ((params?.paths as unknown[]) ?? []).map(String);
    } else {
      return next();
    }
    try {
      const problems = problemsWithSave(repoRoot, contentDir, written, deleted);
      if (problems.length === 0) return next();
      response.status(422).json({ error: refusal(problems, repoRoot), problems });
    } catch (error) {
      response.status(500).json({ error: `Tjekket af indholdet kunne ikke køre: ${(error as Error).message}. Intet er gemt.` });
    }
  };
}

export async function startEditor(options: EditorOptions): Promise<RunningEditor> {
  const repoRoot = resolve(options.repoRoot);
  if (!existsSync(join(repoRoot, 'content', 'municipalities'))) throw new Error(`${repoRoot} har ingen mappe content/municipalities: vælg projektets mappe`);
  // decap-server reads the repository from the environment when its middleware is registered.
  process.env.GIT_REPO_DIRECTORY = repoRoot;
  // A CommonJS bundle whose exports Node cannot name: they are on its default export.
  const { registerLocalFs, registerLocalGit } = (await import('decap-server/dist/middlewares.js')).default;

  const app = express();
  app.disable('x-powered-by');
  app.get('/', (_request, response) => response.sendFile(join(page, 'index.html')));
  // Generated on each request from the schemas and the content being edited, so it is never stale;
  // the committed scripts/editor/page/config.yml is the same text for the project's own content.
  app.get('/config.yml', (_request, response) => {
    response.type('text/yaml').send(decapConfigText({ elementsRule: readElementsRule(join(repoRoot, 'content')) }));
  });
  app.get('/editor.js', (_request, response) => response.sendFile(join(page, 'editor.js')));
  app.get('/required-switches.json', (_request, response) => response.json(requiredSwitches()));
  app.use('/decap', express.static(decapDist, { index: false, fallthrough: false }));
  app.post('/api/v1', express.json({ limit: '50mb' }), contentCheck(repoRoot));
  await (options.commit ? registerLocalGit : registerLocalFs)(app, { logLevel: options.logLevel ?? 'warn' });

  const server = app.listen(options.port, '127.0.0.1');
  await new Promise<void>((done, failed) => {
    server.once('listening', done);
    server.once('error', failed);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // Browsers and fetch keep connections open; close them so the server stops now.
        server.closeAllConnections();
      }),
  };
}
