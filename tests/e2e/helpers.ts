import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

/** Opens the library and starts a new worksheet from its button, as a participant would. */
export async function newWorksheetFromLibrary(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}/#/`);
  await page.getByRole('button', { name: '+ New worksheet' }).click();
  await page.getByRole('textbox', { name: 'Participant name' }).waitFor();
  return page.url();
}

/** Waits until the status says the latest change is stored. */
export async function waitSaved(page: Page): Promise<void> {
  await page.getByText(/^Saved at /).waitFor();
}

/** A text field by its visible label, exactly. */
export function field(page: Page, name: string) {
  return page.getByRole('textbox', { name, exact: true });
}

/**
 * Holds IndexedDB as a slow or busy disk would: the database opens, but the page is not told so
 * until `release()` is called. Must be called before the page is opened; it holds the first page
 * the tab opens, not the ones after a reload.
 */
export async function holdDatabaseOpen(page: Page): Promise<{ release: () => Promise<void> }> {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('database-held')) return;
    sessionStorage.setItem('database-held', 'yes');
    const open = IDBFactory.prototype.open;
    let release!: () => void;
    const opened = new Promise<void>((resolve) => (release = resolve));
    Object.assign(window, { releaseDatabase: release });
    IDBFactory.prototype.open = function (...args: Parameters<IDBFactory['open']>) {
      const request = open.apply(this, args);
      const listen = request.addEventListener.bind(request);
      // Only the success event waits: the upgrade and any error still arrive as they happen.
      const held = (type: string, listener: EventListener) =>
        type === 'success' ? (event: Event) => void opened.then(() => listener(event)) : listener;
      request.addEventListener = (type: string, listener: EventListener, options?: AddEventListenerOptions) =>
        listen(type, held(type, listener), options);
      return request;
    };
  });
  return { release: () => page.evaluate(() => (window as unknown as { releaseDatabase: () => void }).releaseDatabase()) };
}

/** What the page's database holds in one store: every value, or the one under `key`, read in the page. */
export function readStored<T>(page: Page, store: string, key?: string): Promise<T> {
  return page.evaluate(
    ({ store, key }) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('cpm-workshop');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const objects = open.result.transaction(store).objectStore(store);
          const request = key === undefined ? objects.getAll() : objects.get(key);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { store, key },
  );
}
