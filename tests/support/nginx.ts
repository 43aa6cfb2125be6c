/**
 * Runs Debian's nginx with a server block (docs/nginx.conf) as the current user: a temporary prefix
 * holds the main configuration, pid, logs and temp folders; it listens on 127.0.0.1 on a free port.
 * `npm test` installs nginx first (scripts/setup/ensure-nginx.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface RunningNginx {
  url: string;
  /** nginx's error log so far, for failure messages. */
  errorLog: () => string;
  close: () => Promise<void>;
}

/** Points the server block's one `listen` and one `root` line at this port and folder. */
export function withListenAndRoot(serverBlock: string, port: number, root: string): string {
  let text = serverBlock;
  for (const [directive, value] of [['listen', `127.0.0.1:${port}`], ['root', root]] as const) {
    const pattern = new RegExp(`^(\\s*)${directive}\\s+[^;]+;`, 'gm');
    const found = text.match(pattern)?.length ?? 0;
    if (found !== 1) throw new Error(`docs/nginx.conf: expected exactly one "${directive} ...;" line to replace, found ${found}`);
    text = text.replace(pattern, `$1${directive} ${value};`);
  }
  return text;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('Could not find a free port for nginx');
  return address.port;
}

async function waitForPort(url: string, exited: () => string | undefined, errorLog: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const exit = exited();
    if (exit !== undefined) throw new Error(`nginx stopped (${exit}) before it served ${url}:\n${errorLog()}`);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer at ${url} within 10 seconds:\n${errorLog()}`);
}

export async function serveWithNginx(root: string, serverBlock: string): Promise<RunningNginx> {
  if (!existsSync(nginxPath)) throw new Error(`nginx is missing at ${nginxPath}: run "node scripts/setup/ensure-nginx.ts" (npm test does this) or set NGINX_PATH.`);
  const prefix = mkdtempSync(join(tmpdir(), 'rusmiddelguiden-nginx-'));
  const port = await freePort();
  const errorLogFile = join(prefix, 'error.log');
  const errorLog = () => (existsSync(errorLogFile) ? readFileSync(errorLogFile, 'utf8') : '');
  writeFileSync(join(prefix, 'site.conf'), withListenAndRoot(serverBlock, port, root));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(prefix, kind)};`);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      // As root, nginx would hand its workers to "nobody", who cannot read the temporary copy.
      ...(process.getuid?.() === 0 ? ['user root root;'] : []),
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${errorLogFile} warn;`,
      'events { worker_connections 64; }',
      'http {',
      `  access_log ${join(prefix, 'access.log')};`,
      ...temp,
      `  include ${join(prefix, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(nginxPath, ['-p', `${prefix}/`, '-e', errorLogFile, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] });
  let exit: string | undefined;
  const exited = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exit = signal ? `signal ${signal}` : `exit code ${code}`;
      resolve();
    });
    child.on('error', (error) => {
      exit = error.message;
      resolve();
    });
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForPort(url, () => exit, errorLog);
  } catch (error) {
    if (exit === undefined) child.kill('SIGTERM');
    rmSync(prefix, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    errorLog,
    close: async () => {
      // SIGQUIT: nginx finishes open requests, then stops its worker and itself.
      if (exit === undefined) child.kill('SIGQUIT');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
