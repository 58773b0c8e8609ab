// A facilitator's laptop after many sessions: 1,000 worksheets in the library.
import { withProfile } from './profile.mjs';

export const COUNT = 1000;

/** One real worksheet, saved by the app itself, to clone from. */
export async function savedRecord(page, base) {
  await page.goto(`${base}/#/new`);
  const name = page.getByRole('textbox', { name: 'Participant name' });
  await name.fill('Ana Nguyễn');
  await page.getByText(/^Saved at/).waitFor();
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('cpm-workshop');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('worksheets').objectStore('worksheets').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result[0]);
          };
        };
      }),
  );
}

/** `count` worksheets like `record`, each named, filled in a little and changed at its own time. */
export function manyWorksheets(record, count = COUNT) {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => ({
    ...record,
    id: `bench-${String(i).padStart(4, '0')}-${record.id.slice(14)}`,
    createdAt: now - (count - i) * 60_000,
    updatedAt: now - (count - i) * 60_000,
    answers: {
      ...record.answers,
      text: { ...record.answers.text, 'cover.session': `Session ${i + 1}`, 'cover.name': `Participant ${i + 1}` },
    },
  }));
}

export function backupText(worksheets) {
  return JSON.stringify({
    format: 'cpm-workshop-backup',
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    app: 'CPM Workshop',
    worksheets,
    sessions: [],
  });
}

/** Writes the worksheets straight into the app's database, as if typed over many sessions. */
async function seed(page, worksheets) {
  await page.evaluate(
    (items) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('cpm-workshop');
        open.onsuccess = () => {
          const tx = open.result.transaction('worksheets', 'readwrite');
          for (const item of items) tx.objectStore('worksheets').put(item);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    worksheets,
  );
}

/** The newest worksheet's link in the library: the first thing a user looks for. */
const newestLink = (count) => `Session ${count}`;

/**
 * Library with 1,000 worksheets: navigation → the newest worksheet's link on screen, the DOM
 * it built, then one delete (confirm click → the row gone) timed in the page's own clock.
 */
export async function libraryFigures(base) {
  return withProfile(async (page, context) => {
    const record = await savedRecord(page, base);
    await seed(page, manyWorksheets(record));
    await context.addInitScript((title) => {
      const seen = () => [...document.querySelectorAll('main a')].some((a) => a.textContent?.trim() === title);
      new MutationObserver((_, observer) => {
        if (!seen()) return;
        window.__shown = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true, characterData: true });
    }, newestLink(COUNT));
    await page.goto('about:blank');
    await page.goto(`${base}/#/`);
    await page.waitForFunction(() => window.__shown !== undefined, undefined, { timeout: 30_000 });
    const showMs = await page.evaluate(() => window.__shown);
    await page.waitForTimeout(500);
    const domNodes = await page.evaluate(() => document.querySelectorAll('*').length);

    const title = newestLink(COUNT);
    await page.getByRole('button', { name: `Delete ${title}`, exact: true }).click();
    const confirm = page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true });
    await confirm.waitFor();
    await page.evaluate((text) => {
      window.__gone = undefined;
      const present = () => [...document.querySelectorAll('main a')].some((a) => a.textContent?.trim() === text);
      document.addEventListener('click', () => (window.__deleteAt = performance.now()), { capture: true, once: true });
      new MutationObserver((_, observer) => {
        if (present()) return;
        window.__gone = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true, characterData: true });
    }, title);
    await confirm.click();
    await page.waitForFunction(() => window.__gone !== undefined, undefined, { timeout: 30_000 });
    const deleteMs = await page.evaluate(() => window.__gone - window.__deleteAt);
    return { showMs, domNodes, deleteMs };
  });
}

/** Restore of a 1,000-worksheet backup into an empty library: file chosen → "Backup restored". */
export async function restoreMs(base, text) {
  return withProfile(async (page) => {
    await page.goto(`${base}/#/`);
    await page.getByRole('heading', { name: 'Storage and backups' }).waitFor();
    await page.evaluate(() => {
      window.__restored = undefined;
      document.addEventListener('change', () => (window.__chosenAt = performance.now()), { capture: true, once: true });
      new MutationObserver((_, observer) => {
        if (!/Backup restored/.test(document.body.textContent ?? '')) return;
        window.__restored = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.locator('input[type=file]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForFunction(() => window.__restored !== undefined, undefined, { timeout: 60_000 });
    return page.evaluate(() => window.__restored - window.__chosenAt);
  });
}

/** The floor for restore and delete: bare IndexedDB in the floor page, same file. */
export async function floorStoreMs(floorUrl, text) {
  return withProfile(async (page) => {
    await page.goto(`${floorUrl}/`);
    await page.waitForFunction(() => window.floor !== undefined);
    const restore = await page.evaluate((file) => window.floor.restore(file), text);
    const id = JSON.parse(text).worksheets.at(-1).id;
    const remove = await page.evaluate((key) => window.floor.remove(key), id);
    return { restoreMs: restore, deleteMs: remove };
  });
}
