// The PDF part of `npm run bench`: export times beside a floor of plain jsPDF with its built-in
// Helvetica drawing the same text lines, rules and boxes, in the same page.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium-path.mjs';
import { kb, median } from './profile.mjs';

/** Builds the floor's own jsPDF bundle beside the app (index.html never loads it). */
export async function buildPdfFloor() {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: 'dist/bench',
      emptyOutDir: true,
      lib: { entry: 'scripts/bench-floor.js', formats: ['es'], fileName: () => 'floor.js' },
      minify: true,
    },
  });
}

let base = '';
/** Where the app is served. */
export function pdfBenchAt(url) {
  base = url;
}

export const LATIN = 'Engage families early, listen for strengths, and team with partners so that every plan is shared.';
export const MIXED = 'Nguyễn Thị Minh Khai nói: gia đình là trên hết. 儿童福利工作以家庭为中心。';
export const EXPORTS = 8;

const round2 = (n) => Math.round(n * 100) / 100;

/** The text of a PDF as runs with their page, place and size, read with pdf.js. */
async function textRuns(bytes) {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.getViewport({ scale: 1 }).height;
    const { items } = await page.getTextContent();
    pages.push(
      items
        .filter((i) => 'str' in i && i.str.trim())
        .map((i) => ({ text: i.str, x: i.transform[4], y: height - i.transform[5], size: Math.abs(i.transform[0]) })),
    );
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
    for (const [, x1, y1, x2, y2] of body.matchAll(/([\d.-]+) ([\d.-]+) m\s+([\d.-]+) ([\d.-]+) l/g))
      found.lines.push([+x1, +y1, +x2, +y2]);
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
  return {
    firstMs: Math.round(first),
    warmMedianMs: Math.round(median(warm) * 10) / 10,
    textLines: pages.flat().length,
    rules: strokes.lines.length,
    boxes: strokes.boxes.length,
  };
}

/** Fills every text field, then times Export PDF from click to download, in the page's own clock. */
export async function exportTimes(sample) {
  const profile = mkdtempSync(join(tmpdir(), 'cpm-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
  });
  try {
    await context.addInitScript(() => {
      window.__downloads = [];
      document.addEventListener(
        'click',
        (event) => {
          if (event.target instanceof Element && event.target.closest('button')?.textContent?.trim() === 'Export PDF')
            window.__clickAt = performance.now();
        },
        true,
      );
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
