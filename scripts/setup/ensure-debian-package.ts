/**
 * Tests use programs from Debian's packages (Chromium, nginx), never ones downloaded by a test tool.
 * Installs the package with apt-get when its program is missing, and says so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface DebianProgram {
  /** What the program is called in messages, such as "Chromium". */
  name: string;
  /** The Debian package that installs it. */
  packageName: string;
  /** Where the program is expected. */
  path: string;
  /** The environment variable that can point elsewhere. */
  pathVariable: string;
}

export function ensureDebianProgram({ name, packageName, path, pathVariable }: DebianProgram): void {
  if (existsSync(path)) {
    console.log(`${name} found at ${path}.`);
    return;
  }
  console.log(`${name} is missing at ${path}: installing Debian's package with "apt-get install -y ${packageName}" (needs root) ...`);
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args: string[]) => execFileSync(asRoot[0] ?? args[0], asRoot.length ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', packageName]);
  if (!existsSync(path)) {
    console.error(`apt-get finished, but ${path} still does not exist. Set ${pathVariable} to the ${name} executable.`);
    process.exit(1);
  }
  console.log(`${name} installed at ${path}.`);
}
