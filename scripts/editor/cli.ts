/**
 * `npm run editor [-- --port <n>] [--root <folder>] [--commit]`: starts the browser editor on this
 * machine (scripts/editor/server.ts) and prints its address in Danish.
 * `npm run editor -- --write-config` writes scripts/editor/page/config.yml from the schemas instead.
 *
 * Exit codes: 0 stopped with Ctrl+C (or the configuration written); 1 the editor could not start;
 * 2 wrong options.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fail, readCommandLine, shown, writeFileAtomically } from '../lib/cli.ts';
import { configFile, decapConfigText } from './decap-config.ts';
import { startEditor } from './server.ts';

const usage = `Brug: npm run editor [-- --port <nummer>] [--root <mappe>] [--commit]
     npm run editor -- --write-config

Starter redigeringen i browseren på denne computer. Åbn adressen, den skriver, i en browser.
Redigeringen gemmer filerne i content/ som kommandoerne npm run new:standard og npm run import:hoering
gør, og tjekker dem som npm run check:content, før den gemmer.

  --port          portnummeret (standard: 8080)
  --root          projektets mappe, som har mappen content/ (standard: mappen over CONTENT_ROOT, når
                  den er sat og hedder content, ellers den mappe, du står i)
  --commit        gem hver ændring som en commit i git (standard: filen gemmes, og du committer selv)
  --write-config  skriv ${configFile} forfra ud fra skemaerne i src/schemas/ (for udviklere)`;

const { values } = readCommandLine(usage, {
  port: { type: 'string', default: '8080' },
  root: { type: 'string' },
  commit: { type: 'boolean', default: false },
  'write-config': { type: 'boolean', default: false },
});

if (values['write-config']) {
  const text = decapConfigText();
  const same = existsSync(configFile) && readFileSync(configFile, 'utf8') === text;
  if (!same) writeFileAtomically(configFile, text, { overwrite: true });
  console.log(same ? `${configFile} er allerede opdateret.` : `Skrev ${configFile}.`);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(2, `--port skal være et helt tal fra 0 til 65535; der står "${values.port}".\n\n${usage}`);

// The editor's paths (config.yml) start at the project's folder, so CONTENT_ROOT must be its content/ folder.
const contentRoot = process.env.CONTENT_ROOT;
if (!values.root && contentRoot && basename(resolve(contentRoot)) !== 'content') {
  fail(2, `CONTENT_ROOT er "${contentRoot}": redigeringen kan kun bruge en mappe, der hedder content. Brug --root <mappen over den> i stedet.`);
}
const root = values.root ?? (contentRoot ? dirname(resolve(contentRoot)) : '.');

try {
  const editor = await startEditor({ repoRoot: resolve(root), port, commit: values.commit });
  console.log(
    [
      `Redigeringen kører nu på ${editor.url}`,
      'Åbn adressen i en browser og tryk »Log ind« (der er ingen adgangskode: den virker kun på denne computer).',
      values.commit ? 'Hver gang du gemmer, bliver ændringen gemt som en commit i git.' : `Når du gemmer, skrives filen i ${shown(join(resolve(root), 'content'))}/. Husk at committe ændringerne i git bagefter.`,
      'Luk redigeringen med Ctrl+C.',
    ].join('\n'),
  );
  const stop = () => editor.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(1, code === 'EADDRINUSE' ? `Port ${port} er optaget af et andet program. Vælg en anden, fx npm run editor -- --port 8090` : `Redigeringen kunne ikke starte: ${(error as Error).message}`);
}
