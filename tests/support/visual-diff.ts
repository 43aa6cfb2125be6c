/**
 * How much of a picture changed: the bounding box of the pixels that differ between two PNG
 * screenshots of the same size, computed in the browser's own canvas (no image library needed).
 */
import type { Browser } from 'playwright-core';

export interface ChangedBox {
  width: number;
  height: number;
  /** Pixels that differ. */
  pixels: number;
}

export async function changedBox(browser: Browser, before: Buffer, after: Buffer): Promise<ChangedBox> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ([a, b]) => {
        const load = async (base64: string) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.naturalWidth;
          canvas.height = image.naturalHeight;
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, canvas.width, canvas.height);
        };
        const [x, y] = await Promise.all([load(a), load(b)]);
        if (x.width !== y.width || x.height !== y.height) return { width: Math.max(x.width, y.width), height: Math.max(x.height, y.height), pixels: -1 };
        let [left, top, right, bottom, pixels] = [Infinity, Infinity, -1, -1, 0];
        for (let row = 0; row < x.height; row++) {
          for (let col = 0; col < x.width; col++) {
            const i = (row * x.width + col) * 4;
            const delta = Math.abs(x.data[i] - y.data[i]) + Math.abs(x.data[i + 1] - y.data[i + 1]) + Math.abs(x.data[i + 2] - y.data[i + 2]);
            if (delta > 48) {
              pixels++;
              left = Math.min(left, col);
              right = Math.max(right, col);
              top = Math.min(top, row);
              bottom = Math.max(bottom, row);
            }
          }
        }
        return pixels === 0 ? { width: 0, height: 0, pixels: 0 } : { width: right - left + 1, height: bottom - top + 1, pixels };
      },
      [before.toString('base64'), after.toString('base64')] as const,
    );
  } finally {
    await page.close();
  }
}
