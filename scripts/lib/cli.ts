/**
 * What every command-line tool needs the same way: reading its options (with --help and the usage
 * text on a mistake), stopping with a message and an exit code but no stack trace (also for an
 * error nobody expected: installCrashHandler), naming paths as the user typed them, and writing a
 * file so that it is either whole or untouched. Every message is in Danish: editors read them.
 */
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Prints the message to stderr and ends the process with the exit code. */
export function fail(code: number, message: string): never {
  console.error(message);
  process.exit(code);
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Where an editor reports an error the tools did not expect. */
export const reportTo = 'Meld fejlen til dem, der udvikler Rusmiddelguiden, og send denne besked og den kommando, du kørte, med.';

/** The line printed for an error nobody expected: its message's first line, what happened to the files, and where to report it. */
export function unexpectedErrorMessage(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0].trim().replace(/[.:;,]+$/, '');
  return `Der skete en uventet fejl: ${message || 'ingen besked'}. Intet er gemt.\n${reportTo} Kør kommandoen med DEBUG=1 foran for at se detaljerne.`;
}

let crashHandlerInstalled = false;

/**
 * Makes an error nobody expected (a thrown error or a rejected promise that nothing caught) end the
 * process with exit code 1 and one Danish line instead of Node's stack trace; the stack only when
 * the environment variable DEBUG is set. The tools write files whole or not at all, so nothing is
 * half-written when this happens. Installed by readCommandLine; idempotent.
 */
export function installCrashHandler(): void {
  if (crashHandlerInstalled) return;
  crashHandlerInstalled = true;
  const handle = (error: unknown) => {
    console.error(unexpectedErrorMessage(error));
    if (process.env.DEBUG) console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  };
  process.on('uncaughtException', handle);
  process.on('unhandledRejection', handle);
}

/** "a", "a og b", "a, b og c" (or "a, b eller c"): a list as a Danish sentence writes it. */
export function danishList(items: readonly string[], conjunction: 'og' | 'eller' = 'og'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** The option an error of parseArgs names, such as "--title" in "Option '-t, --title <value>' argument missing". */
function optionIn(message: string): string {
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  return /--[^\s,<=]+/.exec(quoted)?.[0] ?? /-[^\s,<=]+/.exec(quoted)?.[0] ?? quoted;
}

/** What parseArgs says is wrong with the command line (its messages are English), in Danish, by the error's code. */
function commandLineProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const option = optionIn(message);
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Kommandoen kender ikke tilvalget ${option}. Tjek stavningen: tilvalgene står herunder.${/positional argument/.test(message) ? ` Er ${option} navnet på en fil, så skriv det sidst på linjen efter --, sådan: -- "${option}".` : ''}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(message)) return `${option} skal stå uden en værdi. Skriv kun ${option}.`;
      if (/ambiguous/.test(message)) return `${option} mangler en værdi. Skriv værdien lige efter ${option}. Begynder værdien med en bindestreg, så skriv ${option}=-værdi.`;
      return `${option} mangler en værdi. Skriv værdien lige efter ${option}.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Kommandoen ved ikke, hvad den skal gøre med "${/argument '([\s\S]*)'\. This command/.exec(message)?.[1] ?? option}". Har en værdi mellemrum i sig, så sæt anførselstegn om den, fx "Kvalitetsstandard for social behandling".`;
    default:
      return 'Kommandolinjen kan ikke læses. Tjek den mod listen herunder.';
  }
}

/**
 * The command line parsed by node:util's parseArgs, strictly, with -h/--help added: --help prints
 * the usage and exits 0; an unknown or malformed option prints what is wrong (in Danish) and the
 * usage and exits 2. Installs the crash handler (installCrashHandler) first.
 */
export function readCommandLine<O extends Options>(usage: string, options: O, { positionals = false } = {}) {
  installCrashHandler();
  type Parsed = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>>;
  let parsed: Parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), strict: true, allowPositionals: positionals, options: { ...options, help: { type: 'boolean', short: 'h', default: false } } }) as unknown as Parsed;
  } catch (error) {
    fail(2, `${commandLineProblem(error)}\n\n${usage}`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}

/** A path as messages name it: from the working folder when it is inside it, else in full. */
export function shown(path: string): string {
  const fromHere = relative(process.cwd(), resolve(path)).split('\\').join('/');
  return fromHere.startsWith('..') ? resolve(path) : fromHere || '.';
}

/** Why a file could not be written, in words, for the errors a full disk or a locked folder give. */
export function writeFailure(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    ENOSPC: 'disken er fuld',
    EDQUOT: 'din plads på disken er brugt op',
    EACCES: 'du har ikke lov til at gemme filer der',
    EPERM: 'du har ikke lov til at gemme filer der',
    EROFS: 'disken er skrivebeskyttet',
    EEXIST: 'filen findes allerede',
    EISDIR: 'der er en mappe med det navn',
    ENOTDIR: 'en del af stien er en fil, ikke en mappe',
  };
  const reason = (code && reasons[code]) ?? (code ? `systemet meldte fejlen ${code}` : 'en ukendt fejl');
  return `${shown(path)}: kunne ikke gemmes (${reason})`;
}

/**
 * Writes text to `path` so that the file is either the whole new text or as it was: the text goes
 * to a temporary file in the same folder, which is flushed to disk and then moved into place. With
 * `overwrite: false` an existing file is never replaced (the move fails instead). Throws an Error
 * whose message is writeFailure's; the temporary file is removed.
 */
export function writeFileAtomically(path: string, text: string, { overwrite, writeText = (fd, t) => void writeSync(fd, t) }: { overwrite: boolean; /** For tests: how the text is written to the open temporary file. */ writeText?: (fd: number, text: string) => void }): void {
  const folder = dirname(resolve(path));
  const temporary = join(folder, `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(folder, { recursive: true });
    const fd = openSync(temporary, 'wx');
    try {
      writeText(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (overwrite) renameSync(temporary, path);
    else linkSync(temporary, path); // fails with EEXIST instead of replacing
  } catch (error) {
    throw new Error(writeFailure(path, error), { cause: error });
  } finally {
    rmSync(temporary, { force: true });
  }
}
