/**
 * The header test serves the built site with Debian's nginx and docs/nginx.conf, the server block
 * a host deploys. Installs nginx with apt-get when it is missing, and says so.
 */
import { ensureDebianProgram } from './ensure-debian-package.ts';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

ensureDebianProgram({ name: 'nginx', packageName: 'nginx', path: nginxPath, pathVariable: 'NGINX_PATH' });
