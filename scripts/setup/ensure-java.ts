/**
 * The W3C Nu HTML Checker (npm vnu-jar) runs on Debian's headless Java, never on a Java downloaded
 * by a package's install script. Installs it with apt-get when it is missing, and says so.
 */
import { ensureDebianProgram } from './ensure-debian-package.ts';

export const javaPath = process.env.JAVA_PATH ?? '/usr/bin/java';

ensureDebianProgram({ name: 'Java', packageName: 'default-jre-headless', path: javaPath, pathVariable: 'JAVA_PATH' });
