/** Whether the browser has promised to keep this site's data (it may clear it otherwise). */
export type Persistence = 'persistent' | 'best-effort' | 'unknown';

/** Asks once at start; headless and some browsers say no, which the settings show plainly. */
export async function requestPersistence(): Promise<Persistence> {
  if (!navigator.storage?.persist) return 'unknown';
  try {
    if (await navigator.storage.persisted()) return 'persistent';
    return (await navigator.storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}

export async function persistenceStatus(): Promise<Persistence> {
  try {
    return navigator.storage?.persisted ? ((await navigator.storage.persisted()) ? 'persistent' : 'best-effort') : 'unknown';
  } catch {
    return 'unknown';
  }
}
