import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type SaveStatus } from '../../src/store/autosave';
import { closeDb, db } from '../../src/store/db';
import { describeStorageError } from '../../src/store/errors';
import { createWorksheet, getWorksheet, putWorksheet, saveWorksheet, startWorksheet, wasStored } from '../../src/store/worksheets';
import { resetIndexedDb } from '../indexeddb';

beforeEach(async () => {
  await resetIndexedDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeDb();
});

describe('every save is read back', () => {
  it('a save that reads back different is an error the user is told about', async () => {
    const record = await createWorksheet();
    record.answers.text['cover.name'] = 'Ana Reyes';
    // The storage hands back something other than what was written.
    const realGet = FakeObjectStore.prototype.get;
    vi.spyOn(FakeObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
      const request = realGet.call(this, key);
      request.addEventListener('success', () => {
        const value = request.result as { answers: { text: Record<string, string> } } | undefined;
        if (value) value.answers.text['cover.name'] = 'Something else';
      });
      return request;
    });
    const failure = await putWorksheet(record).catch((error: unknown) => error);
    expect((failure as Error).name).toBe('SaveMismatchError');
    expect(describeStorageError(failure)).toMatch(/saved copy does not match what is on screen/);
  });
});

describe('storage that cannot be opened', () => {
  it('rejects instead of throwing, keeps a new worksheet in memory, and stores it once storage is back', async () => {
    const realOpen = IDBFactory.prototype.open;
    const open = vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    await expect(db()).rejects.toMatchObject({ name: 'StorageRefusedError' });

    const { record, stored } = startWorksheet();
    await expect(stored).rejects.toMatchObject({ name: 'StorageRefusedError' });
    // The participant keeps working on the in-memory copy.
    expect((await getWorksheet(record.id))?.id).toBe(record.id);
    record.answers.text['cover.name'] = 'Typed while storage was away';
    const base = { rev: record.rev ?? 0, stored: wasStored(record.id) };
    expect(base.stored).toBe(false);
    const save = () => saveWorksheet(structuredClone(record), base, (stored) => stored);
    await expect(save()).rejects.toMatchObject({ name: 'StorageRefusedError' });
    expect((await getWorksheet(record.id))?.answers.text['cover.name']).toBe('Typed while storage was away');

    // Storage comes back: the next save reconnects and lands.
    open.mockImplementation(realOpen);
    await save();
    await closeDb();
    expect((await getWorksheet(record.id))?.answers.text['cover.name']).toBe('Typed while storage was away');
  });

  it('autosave keeps retrying after a failure and reports saved when storage is back', async () => {
    vi.useFakeTimers();
    try {
      const statuses: SaveStatus['state'][] = [];
      let fail = true;
      const write = vi.fn(async () => {
        if (fail) throw new DOMException('full', 'QuotaExceededError');
      });
      const autosave = createAutosave(write, (status) => statuses.push(status.state));
      autosave.schedule();
      await vi.advanceTimersByTimeAsync(300);
      expect(statuses.at(-1)).toBe('error');
      fail = false;
      // No new keystroke: the retry alone saves the pending change.
      await vi.advanceTimersByTimeAsync(2_000);
      expect(write).toHaveBeenCalledTimes(2);
      expect(statuses.at(-1)).toBe('saved');
      autosave.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
});
