import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, SLOW_SAVE_MESSAGE, type SaveStatus } from '../../src/store/autosave';
import { describeStorageError } from '../../src/store/errors';
import { WorksheetMissingError } from '../../src/store/worksheets';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** A write the test finishes by hand, to look at the saver while it is running. */
function manualWrites() {
  const pending: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  const write = vi.fn(
    () =>
      new Promise<void>((resolve, reject) => {
        pending.push({ resolve, reject });
      }),
  );
  return { write, pending };
}

function recorder() {
  const statuses: SaveStatus[] = [];
  return { statuses, onStatus: (status: SaveStatus) => void statuses.push(status), states: () => statuses.map((s) => s.state) };
}

describe('createAutosave', () => {
  it('a write storage has not answered in 5 s is a save problem, said as one, until it lands', async () => {
    const { write, pending } = manualWrites();
    const { onStatus, statuses, states } = recorder();
    const autosave = createAutosave(write, onStatus);
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(300);
    expect(write).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(4_900);
    expect(states()).toEqual(['saving']);
    await vi.advanceTimersByTimeAsync(100);
    expect(statuses.at(-1)).toEqual({ state: 'error', message: SLOW_SAVE_MESSAGE });
    // Typing goes on while the write hangs: still a problem, never "Saved".
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(states().at(-1)).toBe('error');
    pending[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(write).toHaveBeenCalledTimes(2);
    pending[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(states().at(-1)).toBe('saved');
    autosave.dispose();
  });

  it('writes once after 300 ms without changes', async () => {
    const write = vi.fn(async () => {});
    const { onStatus, states } = recorder();
    const autosave = createAutosave(write, onStatus);

    autosave.schedule();
    await vi.advanceTimersByTimeAsync(100);
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(100);
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(299);
    expect(write).not.toHaveBeenCalled();
    // From the first unsaved change the status says so: never "Saved" over text that is not.
    expect(states()).toEqual(['saving']);

    await vi.advanceTimersByTimeAsync(1);
    expect(write).toHaveBeenCalledTimes(1);
    expect(states()).toEqual(['saving', 'saved']);

    await vi.advanceTimersByTimeAsync(5000);
    expect(write).toHaveBeenCalledTimes(1);
    autosave.dispose();
  });

  it('saves at least once a second while typing goes on, and says "saving" until the last change is stored', async () => {
    const write = vi.fn(async () => {});
    const { onStatus, states } = recorder();
    const autosave = createAutosave(write, onStatus);
    // A key every 200 ms for 5 s: the debounce alone would never fire.
    for (let t = 0; t < 5000; t += 200) {
      autosave.schedule();
      expect(states().at(-1)).toBe('saving');
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(write.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(write.mock.calls.length).toBeLessThanOrEqual(6);
    await vi.advanceTimersByTimeAsync(300);
    expect(states().at(-1)).toBe('saved');
    autosave.dispose();
  });

  it('honours a custom delay', async () => {
    const write = vi.fn(async () => {});
    const autosave = createAutosave(write, () => {}, { delay: 1000, maxWait: 5000 });
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(999);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(write).toHaveBeenCalledTimes(1);
    autosave.dispose();
  });

  it('reports saving, then saved with the time of the save', async () => {
    vi.setSystemTime(new Date(2024, 2, 1, 14, 32, 0));
    const { write, pending } = manualWrites();
    const { statuses, onStatus } = recorder();
    const autosave = createAutosave(write, onStatus);

    autosave.schedule();
    await vi.advanceTimersByTimeAsync(300);
    expect(statuses).toEqual([{ state: 'saving' }]);

    pending[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toHaveLength(2);
    const saved = statuses[1];
    expect(saved?.state).toBe('saved');
    if (saved?.state !== 'saved') throw new Error('not saved');
    expect(saved.at).toBeInstanceOf(Date);
    expect(saved.at.getHours()).toBe(14);
    expect(saved.at.getMinutes()).toBe(32);
    autosave.dispose();
  });

  it('flush() writes at once and resolves when stored', async () => {
    const write = vi.fn(async () => {});
    const { onStatus, states } = recorder();
    const autosave = createAutosave(write, onStatus);

    autosave.schedule();
    await autosave.flush();
    expect(write).toHaveBeenCalledTimes(1);
    expect(states()).toEqual(['saving', 'saved']);

    // The debounce timer was cancelled: nothing more to write.
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).toHaveBeenCalledTimes(1);
    autosave.dispose();
  });

  it('flush() with nothing pending does not write', async () => {
    const write = vi.fn(async () => {});
    const { onStatus, states } = recorder();
    const autosave = createAutosave(write, onStatus);
    await autosave.flush();
    expect(write).not.toHaveBeenCalled();
    expect(states()).toEqual([]);
    autosave.dispose();
  });

  it('a change during a running write is saved by a second write', async () => {
    const { write, pending } = manualWrites();
    const { onStatus, states } = recorder();
    const autosave = createAutosave(write, onStatus);

    autosave.schedule();
    await vi.advanceTimersByTimeAsync(300);
    expect(write).toHaveBeenCalledTimes(1);

    autosave.schedule(); // typed while the first write is running
    pending[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(write).toHaveBeenCalledTimes(2);
    // No "saved" in between: the latest change was not stored yet.
    expect(states()).toEqual(['saving', 'saving']);

    pending[1]?.resolve();
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).toHaveBeenCalledTimes(2);
    expect(states()).toEqual(['saving', 'saving', 'saved']);
    autosave.dispose();
  });

  it('flush() during a running write waits for the change made meanwhile to be stored', async () => {
    const { write, pending } = manualWrites();
    const { onStatus, states } = recorder();
    const autosave = createAutosave(write, onStatus);

    autosave.schedule();
    let firstDone = false;
    const first = autosave.flush().then(() => {
      firstDone = true;
    });
    expect(write).toHaveBeenCalledTimes(1);
    autosave.schedule();
    let secondDone = false;
    const second = autosave.flush().then(() => {
      secondDone = true;
    });

    pending[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(write).toHaveBeenCalledTimes(2);
    // Neither flush is done while the change made during the first write is still being stored.
    expect(firstDone).toBe(false);
    expect(secondDone).toBe(false);

    pending[1]?.resolve();
    await Promise.all([first, second]);
    expect(firstDone).toBe(true);
    expect(secondDone).toBe(true);
    expect(write).toHaveBeenCalledTimes(2);
    expect(states()).toEqual(['saving', 'saving', 'saved']);
    autosave.dispose();
  });

  it('a failing write reports an error in plain words, and a later write recovers', async () => {
    let fail = true;
    const write = vi.fn(async () => {
      if (fail) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { statuses, onStatus, states } = recorder();
    const autosave = createAutosave(write, onStatus);

    autosave.schedule();
    await vi.advanceTimersByTimeAsync(300);
    expect(states()).toEqual(['saving', 'error']);
    const error = statuses[1];
    if (error?.state !== 'error') throw new Error('expected an error status');
    expect(error.message).toMatch(/storage space/);
    expect(error.message).not.toMatch(/QuotaExceededError|DOMException/);

    fail = false;
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(300);
    expect(write).toHaveBeenCalledTimes(2);
    // The problem stays on screen until a write succeeds: never "Saving…" over an unsolved failure.
    expect(states()).toEqual(['saving', 'error', 'saved']);
    autosave.dispose();
  });

  it('flush() resolves (does not reject) when the write fails', async () => {
    const write = vi.fn(async () => {
      throw new Error('boom');
    });
    const { statuses, onStatus } = recorder();
    const autosave = createAutosave(write, onStatus);
    autosave.schedule();
    await expect(autosave.flush()).resolves.toBeUndefined();
    expect(statuses.at(-1)).toEqual({
      state: 'error',
      message: 'Your latest changes could not be saved. Your text is still here; keep typing to try again.',
    });
    autosave.dispose();
  });

  it('dispose() saves what is pending', async () => {
    const write = vi.fn(async () => {});
    const { onStatus, states } = recorder();
    const autosave = createAutosave(write, onStatus);
    autosave.schedule();
    autosave.dispose();
    await vi.advanceTimersByTimeAsync(0);
    expect(write).toHaveBeenCalledTimes(1);
    expect(states()).toEqual(['saving', 'saved']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).toHaveBeenCalledTimes(1);
  });
});

describe('describeStorageError', () => {
  it('explains each kind of failure in plain words', () => {
    expect(describeStorageError(new DOMException('x', 'QuotaExceededError'))).toMatch(/out of storage space/);
    expect(describeStorageError(new DOMException('x', 'VersionError'))).toMatch(/newer version/);
    expect(describeStorageError(new DOMException('x', 'InvalidStateError'))).toMatch(/closed the connection/);
    expect(describeStorageError(new DOMException('x', 'TransactionInactiveError'))).toMatch(/closed the connection/);
    expect(describeStorageError(new DOMException('x', 'AbortError'))).toMatch(/closed the connection/);
    expect(describeStorageError(new DOMException('x', 'SecurityError'))).toMatch(/not letting CPM Workshop store anything/);
    expect(describeStorageError(new WorksheetMissingError('abc'))).toBe('This worksheet is no longer on this device.');
  });

  it('falls back to a general message for anything else', () => {
    const general = 'Your latest changes could not be saved. Your text is still here; keep typing to try again.';
    expect(describeStorageError(new Error('boom'))).toBe(general);
    expect(describeStorageError('a string')).toBe(general);
    expect(describeStorageError(undefined)).toBe(general);
    expect(describeStorageError({ name: 'QuotaExceededError' })).toBe(general);
  });
});
