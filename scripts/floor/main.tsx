// The bench's floor: the least a Solid page built with the same Vite can do. Every figure the
// bench reports for the app is divided by the same figure measured here in the same run.
import { render } from 'solid-js/web';

render(
  () => (
    <main>
      <h1>Floor</h1>
      <label for="name">Name</label>
      <input id="name" />
    </main>
  ),
  document.getElementById('app')!,
);

/** Bare IndexedDB: the floor for the app's restore and delete. */
function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('floor', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('items', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('The floor database did not open.'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('The floor transaction aborted.'));
  });
}

declare global {
  interface Window {
    floor: { restore(text: string): Promise<number>; remove(id: string): Promise<number> };
  }
}

window.floor = {
  /** Parses a backup file and writes its worksheets in one transaction; returns milliseconds. */
  async restore(text) {
    const start = performance.now();
    const { worksheets } = JSON.parse(text) as { worksheets: Array<{ id: string }> };
    const db = await open();
    const tx = db.transaction('items', 'readwrite');
    for (const item of worksheets) tx.objectStore('items').put(item);
    await done(tx);
    return performance.now() - start;
  },
  /** Deletes one stored item; returns milliseconds. */
  async remove(id) {
    const start = performance.now();
    const db = await open();
    const tx = db.transaction('items', 'readwrite');
    tx.objectStore('items').delete(id);
    await done(tx);
    return performance.now() - start;
  },
};
