import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { readPdf } from '../pdf/text';
import { baseUrl, openBrowser, type Session } from './browser';
import { newWorksheetFromLibrary, waitSaved } from './helpers';

let session: Session;
beforeEach(async () => (session = await openBrowser()));
afterEach(async () => {
  expect(session.breaches).toEqual([]);
  await session.close();
});

const squash = (text: string) => text.replace(/\s+/g, '');

/** Every URL in every Cache Storage cache of the page's origin, by cache. */
const cachedUrls = () =>
  session.page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((request) => request.url);
    return out;
  });

/** A font file's name without its build hash: "NotoSansSC_400Regular.cut". */
const fontName = (url: string) => new URL(url).pathname.replace(/^.*\//, '').replace(/-[\w-]+\.ttf$/, '');

/** The names of the Chinese and Korean font files the page fetches from now on. */
function fetchedFonts(): string[] {
  const names: string[] = [];
  session.page.on('request', (request) => {
    if (/NotoSans\w+/.test(request.url())) names.push(fontName(request.url()));
  });
  return names;
}

/** The library, opened again once the service worker has installed and controls the page. */
async function openLibraryOffline() {
  const { page } = session;
  await page.goto(`${baseUrl()}/#/`);
  await page.evaluate(async () => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
}

async function exportPdf() {
  const { page } = session;
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
  return readPdf(new Uint8Array(readFileSync(await (await pending).path())));
}

test('a first visit leaves the Chinese font out; the first Chinese export says "Preparing the Chinese font…" and keeps it', async () => {
  const { page } = session;
  // The venue's Wi-Fi: the large font takes a moment, long enough to read the status.
  await page.route('**/NotoSansSC*.ttf', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const fontsFetched = fetchedFonts();
  await newWorksheetFromLibrary(page);
  await page.evaluate(async () => navigator.serviceWorker.ready);
  const precached = Object.values(await cachedUrls()).flat();
  expect(precached.some((url) => /DejaVuSans/.test(url))).toBe(true);
  expect(precached.filter((url) => /NotoSans/.test(url))).toEqual([]);

  await page.getByRole('textbox', { name: 'Participant name' }).fill('王小明');
  await waitSaved(page);
  const pending = exportPdf();
  await page.getByText('Preparing the Chinese font…').waitFor();
  const pdf = await pending;
  expect(squash(pdf.all)).toContain('王小明');
  await page.getByText('PDF downloaded.', { exact: false }).waitFor();
  // Only the font cut to the common characters (a third of the whole one) was downloaded and kept.
  expect(fontsFetched).toEqual(['NotoSansSC_400Regular.cut']);
  expect((await cachedUrls())['cpm-pdf-fonts']?.map(fontName)).toEqual(['NotoSansSC_400Regular.cut']);
});

test('a character beyond the common cut fetches the whole font, and the PDF prints it', async () => {
  const { page } = session;
  const fontsFetched = fetchedFonts();
  await newWorksheetFromLibrary(page);
  // 㐀 is in no national standard set; 김민준 is common Korean.
  await page.getByRole('textbox', { name: 'Participant name' }).fill('王㐀明 김민준');
  await waitSaved(page);
  const pdf = await exportPdf();
  expect(squash(pdf.all)).toContain('王㐀明김민준');
  expect(fontsFetched.sort()).toEqual(['NotoSansKR_400Regular.cut', 'NotoSansSC_400Regular']);
});

test('made available offline from the Storage panel, Chinese and Korean export works with the network off', async () => {
  const { page, context } = session;
  await openLibraryOffline();
  await page.getByText('Chinese and Korean fonts for PDFs download the first time a PDF needs them.').waitFor();
  await page.getByRole('button', { name: 'Make Chinese and Korean PDFs work offline' }).click();
  await page.getByText('Chinese and Korean fonts for PDFs are on this device: export works offline.').waitFor({ timeout: 30_000 });

  await context.setOffline(true);
  await page.reload();
  await page.getByText('Chinese and Korean fonts for PDFs are on this device: export works offline.').waitFor();
  await page.getByRole('button', { name: '+ New worksheet' }).click();
  // Common characters and one beyond the cut: both the cut and the whole font are on the device.
  await page.getByRole('textbox', { name: 'Participant name' }).fill('王小明 김민수 Nguyễn 㐀');
  await waitSaved(page);
  const pdf = await exportPdf();
  expect(squash(pdf.all)).toContain(squash('王小明 김민수 Nguyễn 㐀'));
  await context.setOffline(false);
});

test('a device that kept the whole Chinese font offline, as earlier versions did, exports Chinese offline from it', async () => {
  const { page, context } = session;
  await openLibraryOffline();
  // What an earlier version kept: the whole font only, under the same address it has now.
  const wholeFont = readdirSync('dist/assets').find((name) => /^NotoSansSC_400Regular-[\w-]+\.ttf$/.test(name));
  expect(wholeFont).toBeDefined();
  await page.evaluate(async (url) => {
    const cache = await caches.open('cpm-pdf-fonts');
    await cache.put(url, await fetch(url));
  }, `${baseUrl()}/assets/${wholeFont}`);

  const fontsFetched = fetchedFonts();
  await context.setOffline(true);
  await page.getByRole('button', { name: '+ New worksheet' }).click();
  await page.getByRole('textbox', { name: 'Participant name' }).fill('王小明');
  await waitSaved(page);
  const pdf = await exportPdf();
  expect(squash(pdf.all)).toContain('王小明');
  expect(fontsFetched.filter((name) => name.endsWith('.cut'))).toEqual([]);
  await context.setOffline(false);
});
