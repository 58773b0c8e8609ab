import { describeStorageError } from './errors';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'error'; message: string };

export interface Autosave {
  /** Call after every change; saves once typing pauses for `delay` ms. */
  schedule(): void;
  /** Saves now if anything is pending, and resolves when it is stored. */
  flush(): Promise<void>;
  dispose(): void;
}

/**
 * Debounced saving with a visible status. Only one write runs at a time; a change made
 * during a write is saved right after it, so the last keystroke always lands.
 */
export function createAutosave(
  write: () => Promise<void>,
  onStatus: (status: SaveStatus) => void,
  delay = 300,
): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let dirty = false;
  let running: Promise<void> | undefined;

  async function run(): Promise<void> {
    while (dirty) {
      dirty = false;
      onStatus({ state: 'saving' });
      try {
        await write();
        failures = 0;
        if (!dirty) onStatus({ state: 'saved', at: new Date() });
      } catch (error) {
        // Keep the change pending and try again: 2 s, 4 s, … up to every 30 s, until storage is back.
        dirty = true;
        failures++;
        onStatus({ state: 'error', message: describeStorageError(error) });
        clearTimeout(retry);
        retry = setTimeout(() => void flush(), Math.min(30_000, 1000 * 2 ** failures));
        return;
      }
    }
  }

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (running) return running.then(() => (dirty ? flush() : undefined));
    if (!dirty) return Promise.resolve();
    running = run().finally(() => (running = undefined));
    return running;
  }

  const onHide = () => void flush();
  const onVisibility = () => document.visibilityState === 'hidden' && onHide();
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
  }

  return {
    schedule() {
      dirty = true;
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
    dispose() {
      clearTimeout(retry);
      void flush();
      if (typeof window !== 'undefined') {
        window.removeEventListener('pagehide', onHide);
        document.removeEventListener('visibilitychange', onVisibility);
      }
    },
  };
}

const active = new Set<Autosave>();

/** Tracks an autosave so that an app update or a closing connection can save everything first. */
export function track(autosave: Autosave): Autosave {
  active.add(autosave);
  return {
    ...autosave,
    dispose() {
      active.delete(autosave);
      autosave.dispose();
    },
  };
}

/** Saves every pending change in this tab. */
export async function flushAllSaves(): Promise<void> {
  await Promise.all([...active].map((autosave) => autosave.flush()));
}
