// npm run bench: builds, serves on loopback and prints the app's size and speed as JSON.
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';

const PROFILES = 5;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

execSync('npx vite build', { stdio: 'ignore' });

// Sizes: the entry chunk named by index.html, and every JS file the build emitted.
const html = readFileSync('dist/index.html', 'utf8');
const entry = html.match(/<script type="module"[^>]*src="\.?\/?([^"]+)"/)?.[1];
if (!entry) throw new Error('No entry script in dist/index.html');
const jsFiles = readdirSync('dist/assets').filter((name) => name.endsWith('.js'));
const totalJs = jsFiles.reduce((sum, name) => sum + gzipSize(join('dist/assets', name)), 0);

const server = await preview({ preview: { host: '127.0.0.1', port: 4319, strictPort: false }, logLevel: 'silent' });
const base = server.resolvedUrls.local[0].replace(/\/$/, '');

/** Time from navigation start until the first editable field of a new worksheet is on screen. */
async function firstFieldMs(settleMs) {
  const profile = mkdtempSync(join(tmpdir(), 'cpm-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    await context.addInitScript(() => {
      const seen = () => {
        const field = document.querySelector('main input:not([disabled]), main textarea:not([disabled])');
        if (field && field.getBoundingClientRect().height > 0) {
          window.__firstField = performance.now();
          return true;
        }
        return false;
      };
      new MutationObserver((_, observer) => seen() && observer.disconnect()).observe(document, {
        childList: true,
        subtree: true,
      });
    });
    const page = context.pages()[0] ?? (await context.newPage());
    // Settled: the new profile has finished setting itself up, so the figure is the app's alone.
    if (settleMs) await page.waitForTimeout(settleMs);
    await page.goto(`${base}/#/new`);
    await page.waitForFunction(() => window.__firstField !== undefined);
    return await page.evaluate(() => window.__firstField);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const LATIN = 'Engage families early, listen for strengths, and team with partners so that every plan is shared.';
const MIXED = 'Nguyễn Thị Minh Khai nói: gia đình là trên hết. 儿童福利工作以家庭为中心。';
const EXPORTS = 8;

/** Fills every text field, then times Export PDF from click to download, in the page's own clock. */
async function exportTimes(sample) {
  const profile = mkdtempSync(join(tmpdir(), 'cpm-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, acceptDownloads: true });
  try {
    await context.addInitScript(() => {
      window.__downloads = [];
      document.addEventListener('click', (event) => {
        if (event.target instanceof Element && event.target.closest('button')?.textContent?.trim() === 'Export PDF') window.__clickAt = performance.now();
      }, true);
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        if (this.download) window.__downloads.push(performance.now() - window.__clickAt);
        return click.call(this);
      };
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}/#/new`);
    await page.getByRole('textbox', { name: 'Participant name' }).waitFor();
    await page.getByRole('button', { name: '+ Add another audience' }).click();
    for (const field of await page.locator('main input:not([type=date]), main textarea').all()) await field.fill(sample);
    await page.getByText(/^Saved at/).waitFor();
    let size = 0;
    for (let i = 0; i < EXPORTS; i++) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
      const file = await download;
      size = statSync(await file.path()).size;
      await page.getByText('PDF downloaded.').waitFor();
    }
    const times = await page.evaluate(() => window.__downloads);
    const [first, ...warm] = times;
    return { firstMs: Math.round(first), warmMedianMs: Math.round(median(warm)), warmRuns: warm.map(Math.round), pdfKB: kb(size) };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const runs = [];
const launchRuns = [];
for (let i = 0; i < PROFILES; i++) runs.push(await firstFieldMs(500));
for (let i = 0; i < PROFILES; i++) launchRuns.push(await firstFieldMs(0));
const pdfLatin = await exportTimes(LATIN);
const pdfVietnameseChinese = await exportTimes(MIXED);
await server.close();

console.log(
  JSON.stringify(
    {
      entryChunkGzipKB: kb(gzipSize(join('dist', entry))),
      totalJsGzipKB: kb(totalJs),
      jsFiles: jsFiles.length,
      firstEditableFieldMs: { median: Math.round(median(runs)), runs: runs.map(Math.round), profiles: PROFILES },
      // The same, navigating the instant the browser has launched, while it is still busy starting.
      firstEditableFieldAtLaunchMs: { median: Math.round(median(launchRuns)), runs: launchRuns.map(Math.round) },
      pdfExport: { latin: pdfLatin, vietnameseAndChinese: pdfVietnameseChinese, runsEach: EXPORTS },
      targets: { entryChunkGzipKB: 40, firstEditableFieldMs: 200, pdfLatinWarmMs: 150, pdfVietnameseWarmMs: 300, pdfWithCjkKB: 400 },
    },
    null,
    2,
  ),
);
