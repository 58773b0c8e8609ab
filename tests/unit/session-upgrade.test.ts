import { describe, expect, it } from 'vitest';
import { projectorView, roomExercises, type FacilitationSession } from '../../src/facilitate/session';
import { db } from '../../src/store/db';
import { createSession, getSession, upgradeSession } from '../../src/store/sessions';
import { TEMPLATE } from '../../src/worksheet/template';
import { useFreshIndexedDb } from '../indexeddb';

useFreshIndexedDb();

/** Writes a session row as it is, the way an older version or a damaged profile might have left it. */
async function storeRaw(session: FacilitationSession, damage: Record<string, unknown>): Promise<string> {
  await (await db()).put('sessions', { ...session, ...damage });
  return session.id;
}

describe('a stored session the presenter can always run', () => {
  const exercises = roomExercises(TEMPLATE);

  it('clamps an exercise number past the end to the last exercise', async () => {
    const id = await storeRaw(await createSession('Monday', '2024-05-06', 1), { current: exercises.length + 5 });
    const session = await getSession(id);
    expect(session?.current).toBe(exercises.length - 1);
    expect(projectorView(TEMPLATE, session!).exerciseId).toBe(exercises.at(-1)?.id);
  });

  it('starts at the first exercise when the number is negative or not a number', async () => {
    for (const current of [-2, 1.5, 'two', null]) {
      const id = await storeRaw(await createSession('Monday', '2024-05-06', 1), { current });
      const session = await getSession(id);
      expect(session?.current, String(current)).toBe(0);
      expect(projectorView(TEMPLATE, session!).position).toEqual({ index: 0, count: exercises.length });
    }
  });

  it('keeps the sound ideas of a board and drops what is not an idea', async () => {
    const idea = { id: 'idea-1', text: 'Safety networks', hidden: false };
    const id = await storeRaw(await createSession('Monday', '2024-05-06', 1), {
      boards: { [exercises[0]!.id]: [idea, 'loose text', { id: 7 }], broken: 'not a list' },
      timer: { durationMs: 'five' },
      revealed: null,
    });
    const session = await getSession(id);
    expect(session?.boards).toEqual({ [exercises[0]!.id]: [idea] });
    expect(session?.revealed).toEqual({});
    expect(session?.timer).toEqual({ durationMs: 120_000, remainingMs: 120_000 });
    expect(projectorView(TEMPLATE, session!).ideas).toEqual(['Safety networks']);
  });

  it('hands back a sound session unchanged', async () => {
    const created = await createSession('Monday', '2024-05-06', 1);
    expect(await getSession(created.id)).toStrictEqual(created);
  });
});

describe('a stored join screen', () => {
  it('is kept when sound and dropped when not', async () => {
    const join = { url: 'http://192.168.1.23:4173/#/join/K7P2QX?k=t', line: 'Join at 192.168.1.23:4173 · code K7P2QX' };
    const created = await createSession('Monday', '2024-05-06', 1);
    expect(upgradeSession({ ...created, join }).join).toEqual(join);
    expect('join' in upgradeSession({ ...created, join: { url: 42 } as never })).toBe(false);
  });
});
