// Lighthouse (mobile, its default) on Debian's Chromium, through the lighthouse npm package.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium-path.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Scores 0–100 per category and the metrics behind performance. `userDataDir` keeps a profile's
 * stored worksheets (and then storage is not reset), so a filled worksheet can be audited.
 */
export async function audit(url, { userDataDir } = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    ...(userDataDir ? { userDataDir } : {}),
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      disableStorageReset: Boolean(userDataDir),
    });
    const { categories, audits } = result.lhr;
    const metric = (id) => Math.round(audits[id]?.numericValue ?? NaN);
    return {
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])),
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: audits['cumulative-layout-shift']?.numericValue,
      failing: Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    };
  } finally {
    await chrome.kill();
  }
}
