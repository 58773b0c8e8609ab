// npm run bench: builds, serves on loopback and prints the app's size and speed as JSON.
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
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
// The floor's own jsPDF bundle, served beside the app (not part of the app: index.html never loads it).
await build({
  configFile: false,
  logLevel: 'silent',
  build: { outDir: 'dist/bench', emptyOutDir: true, lib: { entry: 'scripts/bench-floor.js', formats: ['es'], fileName: () => 'floor.js' }, minify: true },
});

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

const round2 = (n) => Math.round(n * 100) / 100;

/** The text of a PDF as runs with their page, place and size, read with pdf.js. */
async function textRuns(bytes) {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.getViewport({ scale: 1 }).height;
    const { items } = await page.getTextContent();
    pages.push(items.filter((i) => 'str' in i && i.str.trim()).map((i) => ({ text: i.str, x: i.transform[4], y: height - i.transform[5], size: Math.abs(i.transform[0]) })));
  }
  const paper = Math.round((await doc.getPage(1)).getViewport({ scale: 1 }).width) === 612 ? 'letter' : 'a4';
  await doc.destroy();
  return { pages, paper, strokes: strokes(bytes) };
}

/** The rules and filled boxes of a jsPDF file's page streams ("x y m x y l S", "x y w h re f"), for the floor to draw too. */
function strokes(bytes) {
  const text = bytes.toString('latin1');
  const found = { lines: [], boxes: [] };
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    let body;
    try {
      body = inflateSync(bytes.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const [, x1, y1, x2, y2] of body.matchAll(/([\d.-]+) ([\d.-]+) m\s+([\d.-]+) ([\d.-]+) l/g)) found.lines.push([+x1, +y1, +x2, +y2]);
    for (const [, x, y, w, h] of body.matchAll(/([\d.-]+) ([\d.-]+) ([\d.-]+) ([\d.-]+) re/g)) found.boxes.push([+x, +y, +w, +h]);
  }
  return found;
}

/**
 * The floor in the same page: plain jsPDF and Helvetica drawing the export's text runs. The first
 * run includes loading jsPDF; the others are warm.
 */
async function floorTimes(page, { pages, paper, strokes }) {
  const times = await page.evaluate(
    async ({ pages, paper, strokes, runs }) => {
      const out = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const floor = await import(/* @vite-ignore */ `${location.origin}/bench/floor.js`);
        floor.drawFloor(pages, paper, strokes);
        out.push(performance.now() - start);
      }
      return out;
    },
    { pages, paper, strokes, runs: EXPORTS },
  );
  const [first, ...warm] = times;
  return { firstMs: Math.round(first), warmMedianMs: Math.round(median(warm) * 10) / 10, textLines: pages.flat().length, rules: strokes.lines.length, boxes: strokes.boxes.length };
}

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
    let lastPath = '';
    for (let i = 0; i < EXPORTS; i++) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
      const file = await download;
      lastPath = await file.path();
      size = statSync(lastPath).size;
      await page.getByText('PDF downloaded.').waitFor();
    }
    const times = await page.evaluate(() => window.__downloads);
    const [first, ...warm] = times;
    const floor = await floorTimes(page, await textRuns(readFileSync(lastPath)));
    return {
      firstMs: Math.round(first),
      warmMedianMs: Math.round(median(warm)),
      warmRuns: warm.map(Math.round),
      pdfKB: kb(size),
      floor,
      warmOverFloor: round2(median(warm) / floor.warmMedianMs),
      firstOverFloorFirst: round2(first / floor.firstMs),
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

// BENCH_ONLY=pdf measures the PDF export alone.
const pdfOnly = process.env.BENCH_ONLY === 'pdf';
const runs = [];
const launchRuns = [];
for (let i = 0; i < (pdfOnly ? 0 : PROFILES); i++) runs.push(await firstFieldMs(500));
for (let i = 0; i < (pdfOnly ? 0 : PROFILES); i++) launchRuns.push(await firstFieldMs(0));
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
      targets: { entryChunkGzipKB: 40, firstEditableFieldMs: 200, pdfLatinWarmMs: 150, pdfVietnameseWarmMs: 300, pdfWithCjkKB: 400, pdfWarmOverFloor: 2, pdfFirstOverFloorFirst: 3 },
    },
    null,
    2,
  ),
);
