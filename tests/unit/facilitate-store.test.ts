import { describe, expect, it } from 'vitest';
import { reduce } from '../../src/facilitate/session';
import { closeDb, db, DB_NAME, DB_VERSION, MIGRATIONS, type WorksheetRecord } from '../../src/store/db';
import { createSession, deleteSession, getSession, listSessions, putSession, restoreSession } from '../../src/store/sessions';
import { createWorksheet, getWorksheet, listWorksheets } from '../../src/store/worksheets';
import { emptyAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';
import { useFreshIndexedDb } from '../indexeddb';

useFreshIndexedDb();

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens the database with the raw API, at whatever version it has. */
function rawOpen(): Promise<IDBDatabase> {
  return request(indexedDB.open(DB_NAME));
}

/** Builds the database exactly as version 1 of the app left it, holding one worksheet. */
async function createV1Database(record: WorksheetRecord): Promise<void> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    const worksheets = open.result.createObjectStore('worksheets', { keyPath: 'id' });
    worksheets.createIndex('updatedAt', 'updatedAt');
  };
  const database = await request(open);
  try {
    const tx = database.transaction('worksheets', 'readwrite');
    tx.objectStore('worksheets').put(record);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    database.close();
  }
}

describe('session store', () => {
  it('createSession stores a fresh session that getSession returns', async () => {
    const now = new Date(2024, 4, 6, 9, 0).getTime();
    const created = await createSession('Monday cohort', '2024-05-06', now);
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.name).toBe('Monday cohort');
    expect(created.date).toBe('2024-05-06');
    expect(created.createdAt).toBe(now);
    expect(created.updatedAt).toBe(now);
    expect(created.rev).toBe(1);
    expect(created.current).toBe(0);
    expect(created.templateId).toBe(TEMPLATE.id);
    expect(created.timer).toEqual({ durationMs: 120_000, remainingMs: 120_000 });
    expect(await getSession(created.id)).toEqual(created);
  });

  it('createSession trims the name and names an unnamed session', async () => {
    expect((await createSession('  Tuesday  ', '2024-05-07', 1)).name).toBe('Tuesday');
    const unnamed = await createSession('   ', '2024-05-07', 2);
    expect(unnamed.name).toBe('Untitled session');
    expect((await getSession(unnamed.id))?.name).toBe('Untitled session');
  });

  it('getSession returns undefined for an unknown id', async () => {
    expect(await getSession('nope')).toBeUndefined();
  });

  it('putSession stores the changed session', async () => {
    const created = await createSession('Monday', '2024-05-06', 1);
    let changed = reduce(TEMPLATE, created, { type: 'next' }, 10);
    changed = reduce(TEMPLATE, changed, { type: 'addIdea', text: 'Engagement', id: 'idea-1' }, 20);
    changed = reduce(TEMPLATE, changed, { type: 'timerStart' }, 30);
    await putSession(changed);
    const stored = await getSession(created.id);
    expect(stored).toEqual(changed);
    expect(stored?.rev).toBe(4);
    expect(stored?.updatedAt).toBe(30);
    expect(stored?.boards).toEqual({ elements: [{ id: 'idea-1', text: 'Engagement', column: undefined, hidden: false }] });
    expect(stored?.timer.startedAt).toBe(30);
    expect(await listSessions()).toHaveLength(1);
  });

  it('listSessions lists newest first, by updatedAt', async () => {
    expect(await listSessions()).toEqual([]);
    const a = await createSession('A', '2024-05-06', 100);
    const b = await createSession('B', '2024-05-06', 300);
    const c = await createSession('C', '2024-05-06', 200);
    expect((await listSessions()).map((s) => s.name)).toEqual(['B', 'C', 'A']);
    await putSession(reduce(TEMPLATE, a, { type: 'toggleBlank' }, 400));
    expect((await listSessions()).map((s) => s.id)).toEqual([a.id, b.id, c.id]);
  });

  it('deleteSession removes the session and hands it back', async () => {
    const keep = await createSession('Keep', '2024-05-06', 1);
    const drop = await createSession('Drop', '2024-05-06', 2);
    const removed = await deleteSession(drop.id);
    expect(removed).toEqual({ session: drop });
    expect(await getSession(drop.id)).toBeUndefined();
    expect((await listSessions()).map((s) => s.id)).toEqual([keep.id]);
    expect(await deleteSession(drop.id)).toBeUndefined();
    expect(await deleteSession('never-existed')).toBeUndefined();
    // Handing it back is enough to undo.
    await restoreSession(removed!);
    expect(await getSession(drop.id)).toEqual(drop);
  });
});

describe('sessions live apart from worksheets', () => {
  it('creating a session adds nothing to the worksheet library', async () => {
    await createSession('Monday', '2024-05-06', 1);
    await createSession('Tuesday', '2024-05-07', 2);
    expect(await listWorksheets()).toEqual([]);
    const database = await db();
    expect(await database.count('worksheets')).toBe(0);
    expect(await database.count('sessions')).toBe(2);
  });

  it('creating a worksheet adds nothing to the session list', async () => {
    const worksheet = await createWorksheet(1);
    expect(await listSessions()).toEqual([]);
    expect(await getSession(worksheet.id)).toBeUndefined();
    const session = await createSession('Monday', '2024-05-06', 2);
    expect(await getWorksheet(session.id)).toBeUndefined();
    expect((await listWorksheets()).map((w) => w.id)).toEqual([worksheet.id]);
  });

  it('deleting a session leaves worksheets alone', async () => {
    const worksheet = await createWorksheet(1);
    const session = await createSession('Monday', '2024-05-06', 2);
    await deleteSession(session.id);
    expect(await getWorksheet(worksheet.id)).toEqual(worksheet);
  });
});

describe('database version 2', () => {
  it('has a sessions store keyed by id and indexed by updatedAt', async () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    await db();
    await closeDb();
    const raw = await rawOpen();
    try {
      expect(raw.version).toBe(DB_VERSION);
      expect(Array.from(raw.objectStoreNames).sort()).toEqual(['contributions', 'sessions', 'worksheets']);
      const sessions = raw.transaction('sessions', 'readonly').objectStore('sessions');
      expect(sessions.keyPath).toBe('id');
      expect(Array.from(sessions.indexNames)).toEqual(['updatedAt']);
      expect(sessions.index('updatedAt').keyPath).toBe('updatedAt');
    } finally {
      raw.close();
    }
  });

  it('upgrading a version-1 database keeps its worksheets and adds the sessions store', async () => {
    const now = new Date(2023, 10, 23, 14, 0).getTime();
    const answers = emptyAnswers(TEMPLATE, new Date(now));
    answers.text['cover.name'] = 'Ana Ruiz';
    answers.text['cover.session'] = 'Fall cohort';
    const old: WorksheetRecord = {
      id: 'v1-worksheet',
      templateId: TEMPLATE.id,
      templateVersion: 1,
      createdAt: now,
      updatedAt: now + 1000,
      answers,
    };
    await createV1Database(old);

    const before = await rawOpen();
    expect(before.version).toBe(1);
    expect(Array.from(before.objectStoreNames)).toEqual(['worksheets']);
    before.close();

    const kept = await getWorksheet('v1-worksheet');
    expect(kept).toEqual(old);
    expect(kept?.answers.text['cover.name']).toBe('Ana Ruiz');
    expect((await listWorksheets()).map((w) => [w.id, w.title, w.participant])).toEqual([['v1-worksheet', 'Fall cohort', 'Ana Ruiz']]);

    const database = await db();
    expect(database.version).toBe(DB_VERSION);
    expect(Array.from(database.objectStoreNames).sort()).toEqual(['contributions', 'sessions', 'worksheets']);
    expect(await listSessions()).toEqual([]);

    // The new store works after the upgrade.
    const session = await createSession('After upgrade', '2024-01-01', now + 2000);
    expect(await getSession(session.id)).toEqual(session);
    expect(await getWorksheet('v1-worksheet')).toEqual(old);

    await closeDb();
    const after = await rawOpen();
    try {
      expect(after.version).toBe(DB_VERSION);
      expect(Array.from(after.objectStoreNames).sort()).toEqual(['contributions', 'sessions', 'worksheets']);
    } finally {
      after.close();
    }
  });
});
