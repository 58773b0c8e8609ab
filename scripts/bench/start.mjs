// How fast a first visit starts: navigation → first editable field, and the JS it fetched.
import { readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { withProfile } from './profile.mjs';

/** Marks the moment the first enabled input or textarea inside <main> is laid out. */
function watchFirstField() {
  const seen = () => {
    const field = document.querySelector('main input:not([disabled]), main textarea:not([disabled])');
    if (field && field.getBoundingClientRect().height > 0) {
      window.__firstField = performance.now();
      return true;
    }
    return false;
  };
  new MutationObserver((_, observer) => seen() && observer.disconnect()).observe(document, { childList: true, subtree: true });
}

/** Milliseconds from navigation start to the first editable field, in a settled fresh profile. */
export async function firstFieldMs(url) {
  return withProfile(async (page, context) => {
    await context.addInitScript(watchFirstField);
    // Settled: the new profile has finished setting itself up, so the figure is the page's alone.
    await page.waitForTimeout(500);
    await page.goto(url);
    await page.waitForFunction(() => window.__firstField !== undefined);
    return page.evaluate(() => window.__firstField);
  });
}

/**
 * The JS a first visit fetches until the page is ready and the network is quiet, gzip, with
 * each file read from the build folder it was served from. The service worker's own precache
 * downloads are not the page's and are not counted.
 */
export async function firstLoadJs(url, distDir, ready) {
  return withProfile(async (page) => {
    const files = new Set();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (request.resourceType() === 'script' || path.endsWith('.js')) files.add(path);
    });
    await page.goto(url);
    await ready(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    let bytes = 0;
    const names = [];
    for (const path of files) {
      const file = join(distDir, path.replace(/^\//, ''));
      if (!existsSync(file)) continue;
      bytes += gzipSync(readFileSync(file), { level: 9 }).length;
      names.push(basename(path));
    }
    return { bytes, files: names.sort() };
  });
}
