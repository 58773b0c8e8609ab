import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getRoomAnswers, putRoomAnswers } from '../../src/store/contributions';
import { emptyRoomAnswers } from '../../src/synthesis/roomAnswers';
import { closeDb, db, DB_NAME, DB_VERSION } from '../../src/store/db';
import { createSession, deleteSession, getSession, restoreSession } from '../../src/store/sessions';
import { buildContribution, defaultSharedIds } from '../../src/synthesis/contribution';
import { newSession } from '../../src/facilitate/session';
import { emptyAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeDb());

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const contribution = (n: number) => {
  const answers = emptyAnswers(TEMPLATE);
  answers.lists.improvements = [{ id: 'i', text: `Improvement ${n}` }];
  return buildContribution(TEMPLATE, answers, { exerciseIds: defaultSharedIds(TEMPLATE), includeName: false }, `contribution-${n}`);
};

describe('room answers in IndexedDB', () => {
  it('a session with no contributions reads as empty', async () => {
    expect(await getRoomAnswers('s1')).toEqual(emptyRoomAnswers('s1'));
  });

  it('keeps contributions and edits across a reload, and removes one by one', async () => {
    const record = {
      ...emptyRoomAnswers('s1'),
      contributions: [contribution(1), contribution(2)],
      edits: { hidden: ['improvements/improvements/x'], merges: [] },
      updatedAt: 5,
    };
    await putRoomAnswers(record);
    await closeDb();
    expect(await getRoomAnswers('s1')).toEqual(record);
    await putRoomAnswers({ ...record, contributions: [contribution(2)], updatedAt: 6 });
    await closeDb();
    expect((await getRoomAnswers('s1')).contributions.map((c) => c.contributionId)).toEqual(['contribution-2']);
    expect(await getRoomAnswers('s2')).toEqual(emptyRoomAnswers('s2'));
  });

  it('upgrading a version-2 database keeps its sessions and adds the contributions store', async () => {
    const session = { ...newSession(TEMPLATE, 'Monday', '2024-05-06', 1), id: 'kept-session' };
    const open = indexedDB.open(DB_NAME, 2);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('worksheets', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      open.result.createObjectStore('sessions', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
    };
    const old = await request(open);
    await request(old.transaction('sessions', 'readwrite').objectStore('sessions').put(session));
    old.close();

    expect((await db()).version).toBe(DB_VERSION);
    expect(await getSession('kept-session')).toEqual(session);
    await putRoomAnswers({ ...emptyRoomAnswers('kept-session'), contributions: [contribution(1)], updatedAt: 1 });
    expect((await getRoomAnswers('kept-session')).contributions).toHaveLength(1);
  });

  it('deleting a session deletes its room answers with it, and undoing brings both back', async () => {
    const session = await createSession('Monday', '2024-05-06', 1);
    const other = await createSession('Tuesday', '2024-05-07', 2);
    const answers = { ...emptyRoomAnswers(session.id), contributions: [contribution(1)], updatedAt: 3 };
    const otherAnswers = { ...emptyRoomAnswers(other.id), contributions: [contribution(2)], updatedAt: 4 };
    await putRoomAnswers(answers);
    await putRoomAnswers(otherAnswers);

    const deleted = await deleteSession(session.id);
    expect(deleted?.session).toEqual(session);
    await closeDb();
    expect(await getSession(session.id)).toBeUndefined();
    expect(await (await db()).count('contributions', session.id)).toBe(0);
    expect(await getRoomAnswers(other.id)).toEqual(otherAnswers);

    await restoreSession(deleted!);
    await closeDb();
    expect(await getSession(session.id)).toEqual(session);
    expect(await getRoomAnswers(session.id)).toEqual(answers);
  });

  it('undoing the delete of a session that had no room answers stores none', async () => {
    const session = await createSession('Monday', '2024-05-06', 1);
    const deleted = await deleteSession(session.id);
    expect(deleted?.roomAnswers).toBeUndefined();
    await restoreSession(deleted!);
    expect(await getSession(session.id)).toEqual(session);
    expect(await (await db()).count('contributions')).toBe(0);
  });
});
