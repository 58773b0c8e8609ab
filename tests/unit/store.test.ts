import { describe, expect, it } from 'vitest';
import { closeDb, db, DB_NAME, DB_VERSION, MIGRATIONS } from '../../src/store/db';
import {
  createWorksheet,
  deleteWorksheet,
  duplicateWorksheet,
  getWorksheet,
  listWorksheets,
  putWorksheet,
  renameWorksheet,
  WorksheetMissingError,
} from '../../src/store/worksheets';
import { todayIso } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';
import { useFreshIndexedDb } from '../indexeddb';

useFreshIndexedDb();

/** Opens the database with the raw API, at whatever version it has. */
function rawOpen(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('worksheet store', () => {
  it('createWorksheet stores a fresh worksheet that getWorksheet returns', async () => {
    const now = new Date(2024, 4, 6, 9, 0).getTime();
    const created = await createWorksheet(now);
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.templateId).toBe(TEMPLATE.id);
    expect(created.templateVersion).toBe(TEMPLATE.version);
    expect(created.createdAt).toBe(now);
    expect(created.updatedAt).toBe(now);
    expect(created.answers.text['cover.date']).toBe(todayIso(new Date(now)));
    expect(created.answers.lists['org-factors']).toHaveLength(6);

    const stored = await getWorksheet(created.id);
    expect(stored).toEqual(created);
    expect(stored?.answers).toEqual(created.answers);
  });

  it('getWorksheet returns undefined for an unknown id', async () => {
    expect(await getWorksheet('nope')).toBeUndefined();
  });

  it('each worksheet gets its own id', async () => {
    const a = await createWorksheet(1);
    const b = await createWorksheet(2);
    expect(a.id).not.toBe(b.id);
  });

  it('listWorksheets lists newest first with title, participant and progress', async () => {
    const old = await createWorksheet(1000);
    const middle = await createWorksheet(2000);
    const newest = await createWorksheet(3000);

    middle.answers.text['cover.session'] = '  Leadership session  ';
    middle.answers.text['cover.name'] = ' Ana Díaz ';
    middle.answers.blanks['levels'] = ['Family', 'System'];
    middle.updatedAt = 2500;
    await putWorksheet(middle);

    const list = await listWorksheets();
    expect(list.map((s) => s.id)).toEqual([newest.id, middle.id, old.id]);
    expect(list[0]).toEqual({
      id: newest.id,
      title: 'Untitled worksheet',
      participant: '',
      updatedAt: 3000,
      // The date the app fills in is not an answer.
      progress: { done: 0, total: 33 },
    });
    expect(list[1]).toEqual({
      id: middle.id,
      title: 'Leadership session',
      participant: 'Ana Díaz',
      updatedAt: 2500,
      // session + name + two blanks
      progress: { done: 4, total: 33 },
    });
  });

  it('listWorksheets is empty on a new device', async () => {
    expect(await listWorksheets()).toEqual([]);
  });

  it('putWorksheet updates the stored record and its place in the list', async () => {
    const a = await createWorksheet(1000);
    const b = await createWorksheet(2000);
    const updated = structuredClone(a);
    updated.answers.text['benefits.staff'] = 'Clear expectations';
    updated.updatedAt = 5000;
    await putWorksheet(updated);

    expect(await getWorksheet(a.id)).toEqual({ ...updated, rev: 2 });
    expect((await listWorksheets()).map((s) => s.id)).toEqual([a.id, b.id]);
  });

  it('renameWorksheet sets the session name (trimmed) and stamps updatedAt', async () => {
    const record = await createWorksheet(1000);
    await renameWorksheet(record.id, '  March cohort  ', 4000);
    const stored = await getWorksheet(record.id);
    expect(stored?.answers.text['cover.session']).toBe('March cohort');
    expect(stored?.updatedAt).toBe(4000);
    expect(stored?.createdAt).toBe(1000);
    expect((await listWorksheets())[0]?.title).toBe('March cohort');
  });

  it('duplicateWorksheet makes a deep copy with a new id and a "(copy)" title', async () => {
    const original = await createWorksheet(1000);
    original.answers.text['cover.session'] = 'Spring session';
    original.answers.lists['improvements'] = [{ id: 'i1', text: 'CCR' }];
    await putWorksheet(original);

    const copy = await duplicateWorksheet(original.id, 7000);
    expect(copy.id).not.toBe(original.id);
    expect(copy.createdAt).toBe(7000);
    expect(copy.updatedAt).toBe(7000);
    expect(copy.answers.text['cover.session']).toBe('Spring session (copy)');
    expect(copy.answers.lists['improvements']).toEqual([{ id: 'i1', text: 'CCR' }]);
    expect(await getWorksheet(copy.id)).toEqual(copy);

    const changed = structuredClone(copy);
    changed.answers.lists['improvements']?.push({ id: 'i2', text: 'FFPSA' });
    changed.answers.text['cover.name'] = 'Someone else';
    await putWorksheet(changed);
    copy.answers.lists['improvements']?.push({ id: 'i3', text: 'local mutation' });

    const storedOriginal = await getWorksheet(original.id);
    expect(storedOriginal?.answers.lists['improvements']).toEqual([{ id: 'i1', text: 'CCR' }]);
    expect(storedOriginal?.answers.text['cover.name']).toBe('');
    expect(storedOriginal?.answers.text['cover.session']).toBe('Spring session');
    expect(original.answers.lists['improvements']).toEqual([{ id: 'i1', text: 'CCR' }]);
  });

  it('duplicating an untitled worksheet names the copy after the placeholder title', async () => {
    const original = await createWorksheet(1000);
    const copy = await duplicateWorksheet(original.id, 2000);
    expect(copy.answers.text['cover.session']).toBe('Untitled worksheet (copy)');
    expect((await listWorksheets()).map((s) => s.title)).toEqual(['Untitled worksheet (copy)', 'Untitled worksheet']);
  });

  it('deleteWorksheet hands back the record and removes it; putting it back restores it', async () => {
    const keep = await createWorksheet(1000);
    const gone = await createWorksheet(2000);
    const removed = await deleteWorksheet(gone.id);
    expect(removed).toEqual(gone);
    expect(await getWorksheet(gone.id)).toBeUndefined();
    expect((await listWorksheets()).map((s) => s.id)).toEqual([keep.id]);

    if (!removed) throw new Error('nothing removed');
    await putWorksheet(removed);
    expect(await getWorksheet(gone.id)).toEqual({ ...gone, rev: 2 });
    expect((await listWorksheets()).map((s) => s.id)).toEqual([gone.id, keep.id]);
  });

  it('deleteWorksheet of an unknown id returns undefined', async () => {
    await createWorksheet(1000);
    expect(await deleteWorksheet('missing')).toBeUndefined();
    expect(await listWorksheets()).toHaveLength(1);
  });

  it('renaming or duplicating a missing worksheet throws WorksheetMissingError', async () => {
    await expect(renameWorksheet('missing', 'x')).rejects.toBeInstanceOf(WorksheetMissingError);
    await expect(duplicateWorksheet('missing')).rejects.toBeInstanceOf(WorksheetMissingError);
    await expect(renameWorksheet('missing', 'x')).rejects.toMatchObject({ name: 'WorksheetMissingError' });
    // The store still works after the failed transactions.
    const record = await createWorksheet(1);
    expect(await getWorksheet(record.id)).toEqual(record);
  });
});

describe('database schema', () => {
  it('opens at version MIGRATIONS.length with the worksheets store and its updatedAt index', async () => {
    await db();
    await closeDb();
    const raw = await rawOpen();
    try {
      expect(DB_VERSION).toBe(MIGRATIONS.length);
      expect(raw.version).toBe(MIGRATIONS.length);
      expect(Array.from(raw.objectStoreNames)).toEqual(['contributions', 'sessions', 'worksheets']);
      const store = raw.transaction('worksheets', 'readonly').objectStore('worksheets');
      expect(store.keyPath).toBe('id');
      expect(Array.from(store.indexNames)).toEqual(['updatedAt']);
      expect(store.index('updatedAt').keyPath).toBe('updatedAt');
    } finally {
      raw.close();
    }
  });

  it('reopens after closeDb and keeps the data', async () => {
    const record = await createWorksheet(1000);
    await closeDb();
    expect(await getWorksheet(record.id)).toEqual(record);
  });

  it('db() hands out one shared connection', async () => {
    const first = db();
    const second = db();
    expect(second).toBe(first);
    expect((await first).name).toBe(DB_NAME);
  });
});
