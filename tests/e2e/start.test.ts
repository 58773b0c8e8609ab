import { afterEach, beforeEach, expect, test } from 'vitest';
import { baseUrl, openBrowser, type Session } from './browser';
import { holdDatabaseOpen, readStored, waitSaved } from './helpers';

let session: Session;
beforeEach(async () => (session = await openBrowser()));
afterEach(async () => {
  expect(session.breaches).toEqual([]);
  await session.close();
});

test('a new worksheet opened from the /new link takes typing at once, before storage is ready, and keeps it', async () => {
  const { page } = session;
  // The first visit of a fresh browser: the form shows from the template while IndexedDB opens.
  await page.goto(`${baseUrl()}/#/new`);
  const name = page.getByRole('textbox', { name: 'Participant name' });
  await name.pressSequentially('Ana Reyes', { delay: 0 });
  await waitSaved(page);
  const url = page.url();
  expect(url).toMatch(/#\/worksheets\/[\w-]+$/);

  await page.reload();
  expect(await page.getByRole('textbox', { name: 'Participant name' }).inputValue()).toBe('Ana Reyes');
  // Back in the library there is exactly one worksheet: the link made one, not two.
  await page.getByRole('link', { name: '← All worksheets' }).click();
  await page.getByText('1 worksheet on this device').waitFor();
  await page.goBack();
  expect(page.url()).toBe(url);
});

test('the library shows itself while the database is slow to open, and says it is still opening', async () => {
  const { page } = session;
  const database = await holdDatabaseOpen(page);
  await page.goto(`${baseUrl()}/#/`);
  await page.getByRole('heading', { name: 'Your worksheets' }).waitFor();
  await page.getByRole('button', { name: '+ New worksheet' }).waitFor();
  // Not said at once: on a quick open it would only flicker.
  expect(await page.getByText('Opening your worksheets…').isVisible()).toBe(false);
  await page.getByText('Opening your worksheets…').waitFor();
  // Until the database answers, the page claims nothing about what is stored.
  expect(await page.getByText('No worksheets yet').count()).toBe(0);

  await database.release();
  await page.getByText('No worksheets yet').waitFor();
  expect(await page.getByText('Opening your worksheets…').count()).toBe(0);
});

test('a new worksheet typed into while the database is slow to open says it is not saved yet, then saves it all', async () => {
  const { page } = session;
  const database = await holdDatabaseOpen(page);
  await page.goto(`${baseUrl()}/#/new`);
  const name = page.getByRole('textbox', { name: 'Participant name' });
  await name.pressSequentially('Ana Reyes', { delay: 120 });
  await page.waitForTimeout(1500);
  expect(await page.locator('.save-status').textContent()).not.toMatch(/Saved/);

  await database.release();
  await waitSaved(page);
  await page.reload();
  expect(await page.getByRole('textbox', { name: 'Participant name' }).inputValue()).toBe('Ana Reyes');
});

test('a new worksheet left untouched while the database is slow to open never claims to be saved before it is', async () => {
  const { page } = session;
  const database = await holdDatabaseOpen(page);
  await page.goto(`${baseUrl()}/#/new`);
  await page.locator('.worksheet-page:not(.first-frame)').waitFor();
  const status = page.getByRole('status').filter({ hasText: /Sav/ });
  for (const wait of [0, 400, 1200]) {
    await page.waitForTimeout(wait);
    expect(await page.locator('.save-status').textContent()).toBe('Saving…');
  }

  await database.release();
  await status.filter({ hasText: /^Saved at / }).waitFor();
  const id = page.url().split('#/worksheets/')[1]!;
  expect(await readStored<{ id: string }>(page, 'worksheets', id)).toMatchObject({ id });
});

test('index.html preloads the page the address opens, and only that page, before any module has run', async () => {
  const { page } = session;
  // What the head asks for by the time the parser reaches <body>: module scripts have not run yet.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
      Object.assign(window, { preloadedAtBody: links.map((link) => link.href.split('/').pop()!.split('-')[0]) });
    }).observe(document, { childList: true, subtree: true });
  });
  for (const [hash, opened, others] of [
    ['#/', 'Library', ['WorksheetPage', 'Present', 'Project']],
    ['#/new', 'WorksheetPage', ['Library', 'Present', 'Project']],
    ['#/present/any', 'Present', ['Library', 'WorksheetPage']],
  ] as const) {
    await page.goto('about:blank'); // a page load each time, not a hash change
    await page.goto(`${baseUrl()}/${hash}`);
    await page.locator('main h1').first().waitFor();
    const links = await page.evaluate(() => (window as unknown as { preloadedAtBody: string[] }).preloadedAtBody);
    expect(links).toContain(opened);
    for (const other of others) expect(links).not.toContain(other);
  }
  // The inline script that adds them runs under the page's policy: a blocked one would be a breach.
});

test('going back to the library before its code has arrived says it is opening, then shows it', async () => {
  const { page } = session;
  // A slow venue network: the library's code takes two seconds to arrive on this first visit.
  await page.route(/\/assets\/Library-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await route.continue();
  });
  await page.goto(`${baseUrl()}/#/new`);
  await page.getByRole('textbox', { name: 'Participant name' }).waitFor();
  await page.getByRole('link', { name: '← All worksheets' }).click();
  await page.getByText('Opening…').waitFor();
  await page.getByRole('heading', { name: 'Your worksheets' }).waitFor();
  // The router takes the pending line away a few milliseconds after the page it waited for shows.
  await page.getByText('Opening…').waitFor({ state: 'detached', timeout: 1000 });
});

test('the library stays on screen while its storage panel’s font code arrives: it never blinks to “Opening…”', async () => {
  const { page } = session;
  // A slow venue network: the PDF font module the storage panel asks about takes 1.5 s.
  await page.route(/\/assets\/fontFiles-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  // Every moment the library's heading leaves the page, from the first time it shows.
  await page.addInitScript(() => {
    const w = window as unknown as { libraryLeft: number };
    w.libraryLeft = 0;
    let shown = false;
    new MutationObserver(() => {
      const present = document.querySelector('main.library h1') !== null;
      if (shown && !present) w.libraryLeft++;
      shown = present;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${baseUrl()}/#/`);
  await page.getByRole('heading', { name: 'Storage and backups' }).waitFor();
  await page.getByText('Chinese and Korean fonts for PDFs download the first time a PDF needs them.').waitFor();
  await page.getByRole('button', { name: 'Make Chinese and Korean PDFs work offline' }).waitFor({ timeout: 5000 });
  expect(await page.evaluate(() => (window as unknown as { libraryLeft: number }).libraryLeft)).toBe(0);
  expect(await page.getByText('Opening…').count()).toBe(0);
});

test('on a phone, nothing on the library moves as storage answers: no layout shift on a first visit', async () => {
  const { page } = session;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: string[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; sources: Array<{ node?: Node }> }>)
        w.shifts.push(`${entry.value.toFixed(4)} ${entry.sources.map((source) => source.node?.textContent?.slice(0, 40)).join(' | ')}`);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${baseUrl()}/#/`);
  await page.getByRole('button', { name: 'Make Chinese and Korean PDFs work offline' }).waitFor();
  await page.getByText(/^Stored on this device · /).waitFor();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
});
