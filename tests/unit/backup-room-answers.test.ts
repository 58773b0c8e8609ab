import { describe, expect, it } from 'vitest';
import { backupFile, readBackup, BackupError } from '../../src/backup/format';
import { readBackupOfEverything, restoreContents } from '../../src/store/backup';
import { getRoomAnswers, putRoomAnswers } from '../../src/store/contributions';
import { createSession, listSessions, putSession } from '../../src/store/sessions';
import { buildContribution, defaultSharedIds } from '../../src/synthesis/contribution';
import { emptyRoomAnswers, type RoomAnswersRecord } from '../../src/synthesis/roomAnswers';
import { emptyAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';
import { resetIndexedDb, useFreshIndexedDb } from '../indexeddb';

const T0 = Date.UTC(2024, 4, 6, 9, 0);

useFreshIndexedDb();

const contribution = (n: number, name?: string) => {
  const answers = emptyAnswers(TEMPLATE);
  answers.lists.improvements = [{ id: 'i', text: `Improvement ${n}` }];
  if (name) answers.text['cover.name'] = name;
  return buildContribution(TEMPLATE, answers, { exerciseIds: defaultSharedIds(TEMPLATE), includeName: Boolean(name) }, `contribution-${n}`);
};

/** A device with two sessions: one with the room's answers and hand edits, one with none. */
async function roomOnDevice() {
  const fresno = await createSession('Fresno cohort', '2024-05-06', T0);
  const empty = await createSession('Empty room', '2024-05-07', T0 + 1);
  const answers: RoomAnswersRecord = {
    ...emptyRoomAnswers(fresno.id),
    contributions: [contribution(1, 'Bảo Nguyễn'), contribution(2)],
    edits: { hidden: ['improvements/improvements/improvement 2'], merges: [{ from: 'a/b/c', into: 'a/b/d' }] },
    onScreen: true,
    updatedAt: T0 + 2,
  };
  await putRoomAnswers(answers);
  return { fresno, empty, answers };
}

/** The device's backup, read back the way the Restore button reads a file: through its text. */
async function backupText(): Promise<string> {
  return JSON.stringify(await readBackupOfEverything(new Date(T0)));
}

describe('the room’s answers in a backup', () => {
  it('a backup carries each session’s room answers, and a wiped device gets them back exactly', async () => {
    const { fresno, empty, answers } = await roomOnDevice();
    const text = await backupText();
    const file = JSON.parse(text) as { roomAnswers: RoomAnswersRecord[] };
    // Only sessions that have room answers: an empty room adds nothing to the file.
    expect(file.roomAnswers.map((record) => record.sessionId)).toEqual([fresno.id]);

    await resetIndexedDb();
    await restoreContents(readBackup(text), 'skip');
    expect((await listSessions()).map((s) => s.id).sort()).toEqual([fresno.id, empty.id].sort());
    expect(await getRoomAnswers(fresno.id)).toEqual(answers);
    expect(await getRoomAnswers(empty.id)).toEqual(emptyRoomAnswers(empty.id));
  });

  it('“keep both” gives the restored copy of a session its own copy of the room answers', async () => {
    const { fresno, answers } = await roomOnDevice();
    const text = await backupText();
    await putRoomAnswers({ ...answers, contributions: [contribution(3)], updatedAt: T0 + 9 });
    await restoreContents(readBackup(text), 'keepBoth');
    const copy = (await listSessions()).find((s) => s.name === 'Fresno cohort (restored)');
    expect(copy).toBeDefined();
    expect(await getRoomAnswers(copy!.id)).toEqual({ ...answers, sessionId: copy!.id });
    expect((await getRoomAnswers(fresno.id)).contributions.map((c) => c.contributionId)).toEqual(['contribution-3']);
  });

  it('“replace” puts the file’s room answers in place of the device’s; “skip” leaves the device’s', async () => {
    const { fresno, answers } = await roomOnDevice();
    const text = await backupText();
    const changed = { ...answers, contributions: [contribution(3)], updatedAt: T0 + 9 };
    await putRoomAnswers(changed);
    await restoreContents(readBackup(text), 'skip');
    expect(await getRoomAnswers(fresno.id)).toEqual(changed);
    await restoreContents(readBackup(text), 'replace');
    expect(await getRoomAnswers(fresno.id)).toEqual(answers);
  });

  it('a backup made before room answers were saved in backups restores, and replacing from it keeps the device’s room answers', async () => {
    const { fresno, answers } = await roomOnDevice();
    const older = JSON.parse(await backupText()) as Record<string, unknown>;
    delete older.roomAnswers;
    const contents = readBackup(JSON.stringify(older));
    expect(contents.roomAnswers).toEqual([]);
    await restoreContents(contents, 'replace');
    expect(await getRoomAnswers(fresno.id)).toEqual(answers);
  });

  it('a damaged contribution in the room answers refuses the whole file in plain words, and nothing is written', async () => {
    await roomOnDevice();
    const file = JSON.parse(await backupText()) as { roomAnswers: Array<{ contributions: Array<Record<string, unknown>> }> };
    file.roomAnswers[0]!.contributions[1]!.contributionId = 'no';
    await resetIndexedDb();
    expect(() => readBackup(JSON.stringify(file))).toThrow(BackupError);
    expect(() => readBackup(JSON.stringify(file))).toThrow(
      'This backup is damaged: Contribution 2 of the room answers of “Fresno cohort” cannot be read: its contribution id is not a valid id. Nothing was restored.',
    );
    expect(await listSessions()).toEqual([]);
  });

  it('room answers for a session the file does not hold are refused', () => {
    const file = backupFile([], [], new Date(T0), [{ ...emptyRoomAnswers('not-in-file'), contributions: [contribution(1)], updatedAt: 1 }]);
    expect(() => readBackup(JSON.stringify(file))).toThrow(
      'This backup is damaged: Room answers 1 belong to a session that is not in it. Nothing was restored.',
    );
  });

  it('answers held for review come back held: the projector shows the released copies, not the newer ones', async () => {
    const { fresno, answers } = await roomOnDevice();
    const held = { ...answers, review: { released: [contribution(1, 'Bảo Nguyễn')] }, updatedAt: T0 + 3 };
    await putRoomAnswers(held);
    const text = await backupText();
    await resetIndexedDb();
    await restoreContents(readBackup(text), 'skip');
    expect(await getRoomAnswers(fresno.id)).toEqual(held);
  });

  it('a session’s votes come back with it; a damaged round refuses the file in plain words', async () => {
    const fresno = await createSession('Fresno cohort', '2024-05-06', T0);
    const voted = { ...fresno, votes: { 'org-factors': { votesEach: 3, open: false, shown: true, tally: { coach: 4 }, voters: 2 } } };
    await putSession(voted);
    const text = await backupText();
    await resetIndexedDb();
    await restoreContents(readBackup(text), 'skip');
    expect((await listSessions())[0]?.votes).toEqual(voted.votes);

    const damaged = JSON.parse(text) as { sessions: Array<{ votes: Record<string, { voters: unknown }> }> };
    damaged.sessions[0]!.votes['org-factors']!.voters = 'many';
    expect(() => readBackup(JSON.stringify(damaged))).toThrow(BackupError);
    expect(() => readBackup(JSON.stringify(damaged))).toThrow(/votes.*org-factors.*is not a round of dot voting this app writes/);
  });
});

describe('a file that is not a backup', () => {
  it('a contribution file given to Restore says what it is and where it goes', () => {
    const text = JSON.stringify(contribution(1));
    expect(() => readBackup(text)).toThrow(
      'This is a contribution file a participant shared with the facilitator, not a backup. The facilitator adds it in the presenter, under “Add contributions”. Nothing was restored.',
    );
  });
});
