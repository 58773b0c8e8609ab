import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// Reads the built service worker (npm test builds before the e2e files run).
const manifest = () => [...readFileSync('dist/sw.js', 'utf8').matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);

test('a first visit precaches at most 3 MB: the app and the Latin, Vietnamese and Cyrillic fonts, not the Chinese or Korean', () => {
  const urls = manifest();
  const bytes = urls.reduce((sum, url) => sum + statSync(join('dist', url)).size, 0);
  expect(bytes).toBeLessThanOrEqual(3 * 1024 * 1024);
  expect(urls.filter((url) => /NotoSans/.test(url))).toEqual([]);
  const fonts = urls.filter((url) => url.endsWith('.ttf'));
  expect(fonts.some((url) => /DejaVuSans-[\w-]+\.ttf$/.test(url) && !/Bold/.test(url))).toBe(true);
  expect(fonts.some((url) => /DejaVuSans-Bold-/.test(url))).toBe(true);
  expect(urls).toContain('index.html');
});
