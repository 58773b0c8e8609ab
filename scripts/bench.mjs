// npm run bench: builds the app and a floor page (bare Solid, one input, same Vite), serves both
// on loopback, and prints JSON: every figure beside the same figure for the floor, measured in
// the same run with floor and app runs interleaved, and their ratio. Absolute times drift on a
// shared machine; the ratios are what to compare.
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { serveFloor } from './bench/floor.mjs';
import { audit } from './bench/lighthouse.mjs';
import { backupText, floorStoreMs, libraryFigures, manyWorksheets, restoreMs, savedRecord } from './bench/library.mjs';
import { kb, median, ratio, withProfile } from './bench/profile.mjs';
import { roomFigures } from './bench/room.mjs';
import { firstFieldMs, firstLoadJs } from './bench/start.mjs';
import { buildPdfFloor, COLD_PROFILES, EXPORTS, exportTimes, LATIN, MIXED, pdfBenchAt } from './bench/pdf.mjs';

// Fresh profiles per figure; the machine is shared, so the fastest run is reported beside the median.
const PROFILES = 7;
// BENCH_ONLY=start,lighthouse runs only those parts (start, library, lighthouse, pdf, contributions,
// room); the sizes are always reported.
const PARTS = ['start', 'library', 'lighthouse', 'pdf', 'contributions', 'room'];
const only = process.env.BENCH_ONLY?.split(',').map((part) => part.trim());
const unknown = only?.filter((part) => !PARTS.includes(part)) ?? [];
if (unknown.length) throw new Error(`BENCH_ONLY: unknown part ${unknown.join(', ')}; parts are ${PARTS.join(', ')}`);
const wants = (part) => !only || only.includes(part);
const when = async (part, run) => (wants(part) ? run() : undefined);
const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

execSync('npx vite build', { stdio: 'ignore' });
// The room part runs the built room server (dist-server/room.js) as a child process of its own.
if (wants('room')) execSync('npx vite build --config vite.server.config.ts', { stdio: 'ignore' });
if (wants('pdf')) await buildPdfFloor();

// Sizes: the entry chunk named by index.html, every JS file the build emitted, and what the
// service worker downloads on a first visit (its precache manifest).
const html = readFileSync('dist/index.html', 'utf8');
const entry = html.match(/<script type="module"[^>]*src="\.?\/?([^"]+)"/)?.[1];
if (!entry) throw new Error('No entry script in dist/index.html');
const jsFiles = readdirSync('dist/assets').filter((name) => name.endsWith('.js'));
const totalJs = jsFiles.reduce((sum, name) => sum + gzipSize(join('dist/assets', name)), 0);
const precached = [...readFileSync('dist/sw.js', 'utf8').matchAll(/url:"([^"]+)"/g)].map((match) => match[1]);
const precacheBytes = precached.reduce((sum, url) => sum + statSync(join('dist', url)).size, 0);

const server = await preview({ preview: { host: '127.0.0.1', port: 4319, strictPort: false }, logLevel: 'silent' });
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
pdfBenchAt(base);

const floor = await serveFloor();

/** Floor and app runs (and any others) taken in turns, so all see the same machine load; one list of results per run. */
async function interleaved(rounds, ...runs) {
  const results = runs.map(() => []);
  for (let i = 0; i < rounds; i++) for (const [index, run] of runs.entries()) results[index].push(await run());
  return results;
}

const figure = (app, floorValue) => ({ app: Math.round(app), floor: Math.round(floorValue), ratio: ratio(app, floorValue) });

/**
 * Navigation → first editable field: the floor's one input against a new worksheet's first field,
 * and beside them the stack floor (the same input behind the router), in the same rounds.
 */
async function startFigures() {
  const [floorRuns, appRuns, stackRuns] = await interleaved(
    PROFILES,
    () => firstFieldMs(`${floor.url}/`),
    () => firstFieldMs(`${base}/#/new`),
    () => firstFieldMs(`${floor.url}/router.html#/`),
  );
  return { floorRuns, appRuns, stackRuns, floorFieldMs: median(floorRuns) };
}

/** First-load JS, gzip, per route, against the floor page's. */
async function firstLoadFigures() {
  const heading = (page) => page.locator('main h1').first().waitFor();
  const floorJs = await firstLoadJs(`${floor.url}/`, floor.outDir, heading);
  const stackJs = await firstLoadJs(`${floor.url}/router.html#/`, floor.outDir, heading);
  const routes = { library: '#/', newWorksheet: '#/new', worksheet: '#/worksheets/00000000-0000-4000-8000-000000000000' };
  const firstLoad = {};
  for (const [name, hash] of Object.entries(routes)) {
    const { bytes, files } = await firstLoadJs(`${base}/${hash}`, 'dist', heading);
    firstLoad[name] = { gzipKB: kb(bytes), floorKB: kb(floorJs.bytes), ratio: ratio(bytes, floorJs.bytes), files };
  }
  return { ...firstLoad, stackFloorKB: kb(stackJs.bytes) };
}

/* ---------- Room answers: 200 contribution files dropped on the presenter ---------- */

const CONTRIBUTIONS = 200;
const CONTRIBUTION_RUNS = 3;

/** 200 contribution files as participants would save them: every room exercise, varied wording. */
function generateContributions(run) {
  const pick = (list, n) => list[n % list.length];
  const vary = (text, n) => [text, text.toLowerCase(), `The ${text}`, `${text}s`, `${text}.`, `  ${text} `][n % 6];
  const improvements = [
    'Safety Organized Practice',
    'Child and Family Team meeting',
    'Continuum of Care Reform',
    'Family First Prevention',
    'ICWA compliance',
    'Integrated Core Practice Model',
    'Family finding',
    'Resource family approval',
    'Trauma-informed practice',
    'Parent partner program',
  ];
  const principles = [
    'Family voice and choice',
    'Solution-focused question',
    'Shared safety plan',
    'Cultural humility',
    'Strength-based assessment',
    'Youth engagement',
    'Natural supports',
    'Court partnership',
    'Data-informed decision',
    'Transparent communication',
    'Harm and danger statement',
    'Coaching and mentoring',
  ];
  const factors = [
    'Coaching time for supervisors',
    'Manageable caseloads',
    'Data dashboards',
    'Leadership modeling',
    'Training on the practice behaviors',
    'Community partnerships',
    'Feedback loops with staff',
    'Fidelity reviews',
    'Peer learning circles',
    'Clear policy guidance',
  ];
  const sentence = (n) =>
    `${pick(['Families feel heard and respected', 'Staff share one language for practice', 'Plans are made with families, not for them', 'Fewer re-entries into care', 'Decisions are more transparent'], n)} because ${pick(['we team early', 'we ask better questions', 'we follow up together', 'partners join the plan'], n + 1)}.`;
  return Array.from({ length: CONTRIBUTIONS }, (_, i) => {
    const n = i * 7 + run;
    const crosswalks = Array.from({ length: 1 + (i % 2) }, (_, c) => ({
      initiative: vary(pick(improvements, n + c), n),
      cells: Object.fromEntries(
        ['engagement', 'inquiry', 'teaming', 'advocacy', 'accountability'].map((id, k) => [
          id,
          Array.from({ length: 1 + ((n + k) % 3) }, (_, l) => vary(pick(principles, n + k + l), n + l)).join('\n'),
        ]),
      ),
    }));
    const contribution = {
      format: 'cpm-workshop-contribution',
      formatVersion: 1,
      app: 'CPM Workshop',
      templateId: 'cpm-two-level',
      templateVersion: 1,
      contributionId: `bench-${run}-${String(i).padStart(4, '0')}-${Math.random().toString(36).slice(2, 10)}`,
      sharedAt: new Date(Date.UTC(2026, 10, 23, 14, i % 60)).toISOString(),
      ...(i % 5 === 0 ? { name: `Participant ${i + 1}` } : {}),
      exercises: ['levels', 'elements', 'improvements', 'crosswalk', 'benefits', 'org-factors', 'saying-doing', 'messages'],
      answers: {
        text: {
          'benefits.families': [sentence(n), sentence(n + 1)].join('\n'),
          'benefits.staff': sentence(n + 2),
          'saying-doing': `${sentence(n + 3)} ${sentence(n + 4)}`,
          'messages.team': sentence(n + 5),
          'messages.social-workers': sentence(n + 6),
        },
        blanks: {
          levels: i % 4 === 0 ? ['Family', 'Community'] : ['Family', 'System'],
          elements:
            i % 3 === 0
              ? ['Engagement', 'Teaming', 'Advocacy', 'Voice', '']
              : ['engagement', 'inquiry/exploration', 'Teaming', 'advocacy', 'accountability'],
        },
        lists: {
          improvements: Array.from({ length: 3 + (i % 4) }, (_, k) => vary(pick(improvements, n + k), n + k)),
          'org-factors': Array.from({ length: 6 }, (_, k) => vary(pick(factors, n + k), n + k)),
        },
        crosswalks: { crosswalk: crosswalks },
        more: i % 3 === 0 ? { 'messages.more': [{ name: 'community partners', text: sentence(n + 7) }] } : {},
      },
    };
    return { name: `CPM-contribution-anonymous-${run}-${i}.json`, text: JSON.stringify(contribution, null, 2) };
  });
}

/**
 * Drop to screen: the files dropped on a new session's room answers, on the crosswalk (the largest
 * synthesis), until "200 contributions added." and the grouped answers are painted. The floor is
 * reading the same files and JSON.parse alone, in the same page.
 */
async function contributionsDropToScreen() {
  const profile = mkdtempSync(join(tmpdir(), 'cpm-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const runs = [];
    let bytes = 0;
    for (let run = 0; run < CONTRIBUTION_RUNS; run++) {
      const files = generateContributions(run);
      bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
      await page.goto(`${base}/#/`);
      await page.getByRole('button', { name: 'Facilitate a session' }).click();
      await page.getByRole('heading', { name: 'Room answers' }).waitFor();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await page.getByText('4 of 9', { exact: false }).first().waitFor();
      runs.push(
        await page.evaluate(async (list) => {
          const made = list.map((file) => new File([file.text], file.name, { type: 'application/json' }));
          const transfer = new DataTransfer();
          for (const file of made) transfer.items.add(file);
          const target = document.querySelector('.room-answers');
          const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          const start = performance.now();
          target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
          while (!(target.textContent.includes(`${list.length} contributions added.`) && target.querySelector('.room-groups li')))
            await new Promise((r) => requestAnimationFrame(r));
          await painted();
          const dropToScreenMs = performance.now() - start;
          const floorStart = performance.now();
          for (const file of made) JSON.parse(await file.text());
          const jsonParseFloorMs = performance.now() - floorStart;
          return { dropToScreenMs, jsonParseFloorMs };
        }, files),
      );
    }
    return {
      files: CONTRIBUTIONS,
      totalKB: kb(bytes),
      averageFileKB: kb(bytes / CONTRIBUTIONS),
      dropToScreenMs: {
        median: Math.round(median(runs.map((r) => r.dropToScreenMs))),
        runs: runs.map((r) => Math.round(r.dropToScreenMs)),
      },
      jsonParseFloorMs: {
        median: Math.round(median(runs.map((r) => r.jsonParseFloorMs)) * 10) / 10,
        runs: runs.map((r) => Math.round(r.jsonParseFloorMs * 10) / 10),
      },
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** 1,000 worksheets: library, delete and restore, beside bare IndexedDB in the floor page. */
async function libraryPart(floorFieldMs) {
  const seedRecord = await withProfile((page) => savedRecord(page, base));
  const backup = backupText(manyWorksheets(seedRecord));
  const library = await libraryFigures(base);
  const [floorRuns, appRuns] = await interleaved(
    3,
    () => floorStoreMs(floor.url, backup),
    () => restoreMs(base, backup),
  );
  const floorStore = {
    restoreMs: median(floorRuns.map((r) => r.restoreMs)),
    deleteMs: median(floorRuns.map((r) => r.deleteMs)),
  };
  return {
    showMs: figure(library.showMs, floorFieldMs),
    domNodes: library.domNodes,
    deleteMs: figure(library.deleteMs, floorStore.deleteMs),
    restoreMs: { ...figure(median(appRuns), floorStore.restoreMs), appRuns: appRuns.map(Math.round) },
  };
}

/** Lighthouse, mobile: the floor, the library, a new worksheet, and a filled worksheet. */
async function lighthousePart() {
  const filled = await withProfile(
    async (page, _context, profile) => {
      await page.goto(`${base}/#/new`);
      await page.getByRole('textbox', { name: 'Participant name' }).waitFor();
      for (const field of await page.locator('main input:not([type=date]), main textarea').all()) await field.fill(LATIN);
      await page.getByText(/^Saved at/).waitFor();
      return { url: page.url(), profile };
    },
    { keep: true },
  );
  const scores = {
    floor: await audit(`${floor.url}/`),
    library: await audit(`${base}/#/`),
    newWorksheet: await audit(`${base}/#/new`),
    filledWorksheet: await audit(filled.url, { userDataDir: filled.profile }),
  };
  rmSync(filled.profile, { recursive: true, force: true });
  return scores;
}

// The library's show time is set beside the floor's first field, so it needs the start part's floor.
const start = wants('start') || wants('library') ? await startFigures() : undefined;
const firstLoad = await when('start', firstLoadFigures);
const library = await when('library', () => libraryPart(start.floorFieldMs));
const lighthouse = await when('lighthouse', lighthousePart);
const pdfExport = await when('pdf', async () => ({
  latin: await exportTimes(LATIN),
  vietnameseAndChinese: await exportTimes(MIXED),
  runsEach: { warm: EXPORTS, first: COLD_PROFILES },
}));
const contributions = await when('contributions', contributionsDropToScreen);
const room = await when('room', roomFigures);
await server.close();
await floor.server.close();
rmSync(floor.outDir, { recursive: true, force: true });

const firstEditableFieldMs = start && {
  ...figure(median(start.appRuns), start.floorFieldMs),
  fastest: figure(Math.min(...start.appRuns), Math.min(...start.floorRuns)),
  stackFloor: figure(median(start.stackRuns), start.floorFieldMs),
  stackRuns: start.stackRuns.map(Math.round),
  appRuns: start.appRuns.map(Math.round),
  floorRuns: start.floorRuns.map(Math.round),
};

console.log(
  JSON.stringify(
    {
      entryChunkGzipKB: kb(gzipSize(join('dist', entry))),
      totalJsGzipKB: kb(totalJs),
      jsFiles: jsFiles.length,
      precache: { entries: precached.length, KB: kb(precacheBytes) },
      firstLoadJs: firstLoad,
      firstEditableFieldMs,
      library1000: library,
      lighthouse,
      pdfExport,
      contributions,
      room,
      targets: {
        precacheKB: 3072,
        firstLoadJsGzipKB: 40,
        firstEditableFieldRatio: 1.5,
        lighthouse: 100,
        libraryShowMs: 300,
        deleteMs: 100,
        restoreMs: 1500,
        pdfLatinWarmMs: 150,
        pdfVietnameseWarmMs: 300,
        pdfWithCjkKB: 400,
        contributionsDropToScreenMs: 1000,
        roomP99MsAt200: 250,
        roomServerRssMB: 200,
      },
    },
    null,
    2,
  ),
);
