/**
 * The browser tests drive Debian's Chromium (never a browser downloaded by a test tool).
 * Installs it with apt-get when it is missing, and says so.
 */
import { ensureDebianProgram } from './ensure-debian-package.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

ensureDebianProgram({ name: 'Chromium', packageName: 'chromium', path: chromiumPath, pathVariable: 'CHROMIUM_PATH' });
