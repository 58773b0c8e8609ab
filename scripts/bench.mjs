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

/* ---------- Room answers: 200 contribution files dropped on the presenter ---------- */

const CONTRIBUTIONS = 200;
const CONTRIBUTION_RUNS = 3;

/** 200 contribution files as participants would save them: every room exercise, varied wording. */
function generateContributions(run) {
  const pick = (list, n) => list[n % list.length];
  const vary = (text, n) => [text, text.toLowerCase(), `The ${text}`, `${text}s`, `${text}.`, `  ${text} `][n % 6];
  const improvements = ['Safety Organized Practice', 'Child and Family Team meeting', 'Continuum of Care Reform', 'Family First Prevention', 'ICWA compliance', 'Integrated Core Practice Model', 'Family finding', 'Resource family approval', 'Trauma-informed practice', 'Parent partner program'];
  const principles = ['Family voice and choice', 'Solution-focused question', 'Shared safety plan', 'Cultural humility', 'Strength-based assessment', 'Youth engagement', 'Natural supports', 'Court partnership', 'Data-informed decision', 'Transparent communication', 'Harm and danger statement', 'Coaching and mentoring'];
  const factors = ['Coaching time for supervisors', 'Manageable caseloads', 'Data dashboards', 'Leadership modeling', 'Training on the practice behaviors', 'Community partnerships', 'Feedback loops with staff', 'Fidelity reviews', 'Peer learning circles', 'Clear policy guidance'];
  const sentence = (n) => `${pick(['Families feel heard and respected', 'Staff share one language for practice', 'Plans are made with families, not for them', 'Fewer re-entries into care', 'Decisions are more transparent'], n)} because ${pick(['we team early', 'we ask better questions', 'we follow up together', 'partners join the plan'], n + 1)}.`;
  return Array.from({ length: CONTRIBUTIONS }, (_, i) => {
    const n = i * 7 + run;
    const crosswalks = Array.from({ length: 1 + (i % 2) }, (_, c) => ({
      initiative: vary(pick(improvements, n + c), n),
      cells: Object.fromEntries(['engagement', 'inquiry', 'teaming', 'advocacy', 'accountability'].map((id, k) => [id, Array.from({ length: 1 + ((n + k) % 3) }, (_, l) => vary(pick(principles, n + k + l), n + l)).join('\n')])),
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
          elements: i % 3 === 0 ? ['Engagement', 'Teaming', 'Advocacy', 'Voice', ''] : ['engagement', 'inquiry/exploration', 'Teaming', 'advocacy', 'accountability'],
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
          while (!(target.textContent.includes(`${list.length} contributions added.`) && target.querySelector('.room-groups li'))) await new Promise((r) => requestAnimationFrame(r));
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
      dropToScreenMs: { median: Math.round(median(runs.map((r) => r.dropToScreenMs))), runs: runs.map((r) => Math.round(r.dropToScreenMs)) },
      jsonParseFloorMs: { median: Math.round(median(runs.map((r) => r.jsonParseFloorMs)) * 10) / 10, runs: runs.map((r) => Math.round(r.jsonParseFloorMs * 10) / 10) },
    };
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
const contributions = await contributionsDropToScreen();
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
      contributions,
      targets: { entryChunkGzipKB: 40, firstEditableFieldMs: 200, pdfLatinWarmMs: 150, pdfVietnameseWarmMs: 300, pdfWithCjkKB: 400, contributionsDropToScreenMs: 1000 },
    },
    null,
    2,
  ),
);
