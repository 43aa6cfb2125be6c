/**
 * `npm run screenshot -- /path/ [width] [height]`: a PNG of a built page in Debian's Chromium,
 * written to test-results/, to look at a page as a reader does. Without height, the full page.
 */
import { mkdirSync } from 'node:fs';
import { serveDirectory } from './static-server.ts';
import { launchChromium } from './launch.ts';

const [path = '/', width = '1280', height] = process.argv.slice(2);
const server = await serveDirectory('dist');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height ?? 900) } });
  await page.goto(server.url + path);
  mkdirSync('test-results', { recursive: true });
  const file = `test-results/screenshot${path.replaceAll('/', '_')}${width}.png`;
  await page.screenshot({ path: file, fullPage: height === undefined });
  console.log(file);
} finally {
  await browser.close();
  await server.close();
}
