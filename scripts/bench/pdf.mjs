// The PDF part of `npm run bench`: export times beside a floor of plain jsPDF with its built-in
// Helvetica drawing the same text lines, rules and boxes, in the same page.
import { readFileSync, statSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { build } from 'vite';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { kb, median, openProfile } from './profile.mjs';

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
export const EXPORTS = 15;
/** Fresh profiles for the first export, each with its own floor's first run. */
export const COLD_PROFILES = 3;

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

/** Times the floor's drawing of `runs` in the page: the import of its jsPDF bundle (the first time, its load) and the drawing. */
function floorMs(page, { pages, paper, strokes }) {
  return page.evaluate(
    async ({ pages, paper, strokes }) => {
      const start = performance.now();
      const floor = await import(/* @vite-ignore */ `${location.origin}/bench/floor.js`);
      floor.drawFloor(pages, paper, strokes);
      return performance.now() - start;
    },
    { pages, paper, strokes },
  );
}

/** Records, in the page's own clock, each Export PDF from click to download, with the export's steps (src/pdf/timing.ts). */
function recordExports() {
  window.__exports = [];
  document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('button')?.textContent?.trim() === 'Export PDF') {
        performance.clearMarks();
        window.__clickAt = performance.now();
      }
    },
    true,
  );
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download) {
      const end = performance.now();
      const steps = {};
      let last = window.__clickAt;
      for (const mark of performance.getEntriesByType('mark').filter((m) => m.name.startsWith('pdf:'))) {
        steps[mark.name.slice(4)] = mark.startTime - last;
        last = mark.startTime;
      }
      steps.save = end - last;
      window.__exports.push({ ms: end - window.__clickAt, steps });
    }
    return click.call(this);
  };
}

/** A new profile with a worksheet whose every text field holds `sample`. */
async function filledWorksheet(sample) {
  const { context, page, close } = await openProfile();
  await context.addInitScript(recordExports);
  await page.goto(`${base}/#/new`);
  await page.getByRole('textbox', { name: 'Participant name' }).waitFor();
  await page.getByRole('button', { name: '+ Add another audience' }).click();
  for (const field of await page.locator('main input:not([type=date]), main textarea').all()) await field.fill(sample);
  await page.getByText(/^Saved at/).waitFor();
  return { page, close };
}

/** Clicks Export PDF and waits for the file; returns its path and the page's timing of it. */
async function exportOnce(page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
  const path = await (await download).path();
  await page.getByText('PDF downloaded.').waitFor();
  const timing = await page.evaluate(() => window.__exports.at(-1));
  return { path, ...timing };
}

const medianSteps = (runs) =>
  Object.fromEntries(Object.keys(runs[0].steps).map((step) => [step, Math.round(median(runs.map((r) => r.steps[step])) * 10) / 10]));

/**
 * First export (loading jsPDF and the fonts) in COLD_PROFILES fresh profiles, each followed by
 * the floor's first run (loading its jsPDF) in the same page; then, in the first profile, warm
 * exports and warm floor runs in turns. Medians of each, and the fastest runs beside them.
 */
export async function exportTimes(sample) {
  const cold = [];
  const warm = [];
  let floorInput;
  let size = 0;
  for (let p = 0; p < COLD_PROFILES; p++) {
    const { page, close } = await filledWorksheet(sample);
    try {
      const first = await exportOnce(page);
      floorInput ??= await textRuns(readFileSync(first.path));
      cold.push({ app: first, floor: await floorMs(page, floorInput) });
      if (p > 0) continue;
      for (let i = 0; i < EXPORTS; i++) {
        const run = await exportOnce(page);
        size = statSync(run.path).size;
        warm.push({ app: run, floor: await floorMs(page, floorInput) });
      }
    } finally {
      await close();
    }
  }
  const summary = (runs) => {
    const app = median(runs.map((r) => r.app.ms));
    const floor = median(runs.map((r) => r.floor));
    return {
      appMs: Math.round(app),
      floorMs: Math.round(floor * 10) / 10,
      ratio: round2(app / floor),
      fastest: round2(Math.min(...runs.map((r) => r.app.ms)) / Math.min(...runs.map((r) => r.floor))),
      appRuns: runs.map((r) => Math.round(r.app.ms)),
      floorRuns: runs.map((r) => Math.round(r.floor)),
      stepsMs: medianSteps(runs.map((r) => r.app)),
    };
  };
  return {
    first: summary(cold),
    warm: summary(warm),
    pdfKB: kb(size),
    floorDraws: {
      textLines: floorInput.pages.flat().length,
      rules: floorInput.strokes.lines.length,
      boxes: floorInput.strokes.boxes.length,
    },
  };
}
