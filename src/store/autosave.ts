import { describeStorageError } from './errors';

export type SaveStatus = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: Date } | { state: 'error'; message: string };

export interface Autosave {
  /** Call after every change; saves once typing pauses, and at least once a second while it goes on. */
  schedule(): void;
  /** Saves now if anything is pending, and resolves when it is stored. */
  flush(): Promise<void>;
  dispose(): void;
}

export interface AutosaveTiming {
  /** Quiet time after the last change before saving. */
  delay: number;
  /** Longest a change waits while changes keep coming. */
  maxWait: number;
}

/** How long a write may go unanswered before it is a save problem like any other. */
export const SLOW_SAVE_MS = 5_000;
export const SLOW_SAVE_MESSAGE =
  'Not saved yet: this device’s storage has not answered for 5 seconds. Your work is kept in this tab; download a backup to be safe. Saving goes on by itself.';

/**
 * Debounced saving with a status that is always true: "saving" from the first unsaved change
 * until a write holds everything on screen, then "saved". Only one write runs at a time; a
 * change made during a write is saved right after it, so the last keystroke always lands.
 */
export function createAutosave(
  write: (how: { leaving: boolean }) => Promise<void>,
  onStatus: (status: SaveStatus) => void,
  { delay, maxWait }: AutosaveTiming = { delay: 300, maxWait: 1000 },
): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let dirty = false;
  /** When the oldest change not yet written was made. */
  let pendingSince: number | undefined;
  let failing = false;
  let running: Promise<void> | undefined;
  /** The page is going away: the write must be issued before this task ends. */
  let leaving = false;

  const setStatus = (status: SaveStatus) => {
    failing = status.state === 'error';
    onStatus(status);
  };

  async function run(): Promise<void> {
    while (dirty) {
      dirty = false;
      pendingSince = undefined;
      // Storage that never answers must not leave "Saving…" on screen forever.
      const slow = setTimeout(() => setStatus({ state: 'error', message: SLOW_SAVE_MESSAGE }), SLOW_SAVE_MS);
      try {
        await write({ leaving });
        clearTimeout(slow);
        failures = 0;
        if (!dirty) setStatus({ state: 'saved', at: new Date() });
      } catch (error) {
        clearTimeout(slow);
        // Keep the change pending and try again: 2 s, 4 s, … up to every 30 s, until storage is back.
        dirty = true;
        pendingSince ??= Date.now();
        failures++;
        setStatus({ state: 'error', message: describeStorageError(error) });
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

  const onHide = () => {
    leaving = true;
    void flush().finally(() => (leaving = false));
  };
  const onVisibility = () => document.visibilityState === 'hidden' && void flush();
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
  }

  return {
    schedule() {
      const now = Date.now();
      if (!dirty && !failing) setStatus({ state: 'saving' });
      dirty = true;
      pendingSince ??= now;
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), Math.max(0, Math.min(delay, pendingSince + maxWait - now)));
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
