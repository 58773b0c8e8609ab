import { afterEach, describe, expect, it } from 'vitest';
import { backupFile, readBackup, type BackupContents } from '../../src/backup/format';
import { reduce, roomExercises, type FacilitationSession } from '../../src/facilitate/session';
import { findConflicts, readBackupOfEverything, restoreContents } from '../../src/store/backup';
import { db, type WorksheetRecord } from '../../src/store/db';
import { createSession, getSession, listSessions, putSession } from '../../src/store/sessions';
import { createWorksheet, getWorksheet, listWorksheets, putWorksheet, upgradeRecord } from '../../src/store/worksheets';
import { emptyAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';
import { resetIndexedDb, useFreshIndexedDb } from '../indexeddb';

const T0 = Date.UTC(2024, 4, 6, 9, 0);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

useFreshIndexedDb();

/** Everything in the store, raw. */
async function rawStore() {
  const database = await db();
  return { worksheets: await database.getAll('worksheets'), sessions: await database.getAll('sessions') };
}

/** Reads the file the way the UI does: through its text. */
const throughFile = (worksheets: WorksheetRecord[], sessions: FacilitationSession[]): BackupContents =>
  readBackup(JSON.stringify(backupFile(worksheets, sessions, new Date(T0))));

/* ---------- Round trip ---------- */

async function fillDevice() {
  const a = await createWorksheet(T0);
  a.answers.text['cover.name'] = 'Zoë Ångström-Ñúñez';
  a.answers.text['cover.role'] = '社会工作者 / 사회복지사';
  a.answers.text['cover.agency'] = 'مقاطعة لوس أنجلوس';
  a.answers.text['cover.session'] = 'Ελληνικά 👩‍👧‍👦 cohort';
  a.answers.text['benefits.families'] =
    'Line one\r\nLine two\twith tab\n\n“Quotes” — and e\u0301 (combining), \u0000 NUL, \u2028 separator, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢';
  a.answers.text['benefits.staff'] = 'A lone surrogate \uD83D stays as it is';
  a.answers.text['saying-doing'] = '**Bold** and *italic* marks';
  a.answers.blanks.levels = ['Family', 'System'];
  a.answers.blanks.elements = ['Engagement', 'Inquiry & Exploration', 'Teaming', 'Advocacy', 'Accountability'];
  a.answers.lists.improvements = [
    { id: 'imp1', text: 'Safety Organized Practice' },
    { id: 'imp2', text: 'ICPM — 統合' },
    { id: 'imp3', text: '' },
    { id: 'imp4', text: 'A fourth row' },
  ];
  a.answers.lists['org-factors']![0]!.text = 'Leadership buy-in';
  a.answers.crosswalks.crosswalk = [
    {
      id: 'cw1',
      initiative: 'Safety Organized Practice',
      cells: { engagement: 'Questions', inquiry: 'Mapping', teaming: 'Meetings', advocacy: '', accountability: 'Harm statements' },
    },
    { id: 'cw2', initiative: 'ICPM', cells: { engagement: '', inquiry: '', teaming: 'CFT 👥', advocacy: 'Voice', accountability: '' } },
  ];
  a.answers.more['messages.more'] = [
    { id: 'm1', name: 'Caregivers', text: 'You are part of the team.' },
    { id: 'm2', name: 'Judges ⚖️', text: 'Plans come from families.' },
  ];
  a.updatedAt = T0 + 5000;
  await putWorksheet(a);

  const b = await createWorksheet(T0 + 1000);
  b.answers.text['cover.session'] = 'Second worksheet';
  b.archived = [{ promptId: 'old.question', text: 'An answer kept from an older template' }];
  b.updatedAt = T0 + 7000;
  await putWorksheet(b);

  const c = await createWorksheet(T0 + 2000);

  const exercises = roomExercises(TEMPLATE).map((e) => e.id);
  let s = await createSession('Lunes — cohorte 1', '2024-05-06', T0 + 3000);
  let t = T0 + 3000;
  s = reduce(TEMPLATE, s, { type: 'goto', index: exercises.indexOf('elements') }, ++t);
  s = reduce(TEMPLATE, s, { type: 'addIdea', text: 'Engagement', id: 'i1' }, ++t);
  s = reduce(TEMPLATE, s, { type: 'setHoldNewIdeas', hold: true }, ++t);
  s = reduce(TEMPLATE, s, { type: 'addIdea', text: 'Teaming 🤝', id: 'i2' }, ++t);
  s = reduce(TEMPLATE, s, { type: 'toggleReveal' }, ++t);
  s = reduce(TEMPLATE, s, { type: 'goto', index: exercises.indexOf('crosswalk') }, ++t);
  s = reduce(TEMPLATE, s, { type: 'addIdea', text: 'Family meetings', column: 'teaming', id: 'i3' }, ++t);
  s = reduce(TEMPLATE, s, { type: 'timerStart' }, ++t);
  await putSession(s);
  const fresh = await createSession('Fresh session', '2024-06-01', T0 + 9000);

  return { worksheets: [a, b, c], sessions: [s, fresh] };
}

describe('backup round trip', () => {
  it('everything read back after wiping and restoring is identical to before', async () => {
    const { worksheets, sessions } = await fillDevice();
    const ids = worksheets.map((w) => w.id);

    const before = {
      worksheets: await Promise.all(ids.map((id) => getWorksheet(id))),
      library: await listWorksheets(),
      sessions: await listSessions(),
      raw: await rawStore(),
    };
    expect(before.worksheets.every(Boolean)).toBe(true);
    expect(before.sessions).toHaveLength(2);
    expect(before.library).toHaveLength(3);
    expect(before.worksheets[0]!.answers.text['cover.session']).toBe('Ελληνικά 👩‍👧‍👦 cohort');

    const file = await readBackupOfEverything(new Date(T0 + 60_000));
    expect(file.format).toBe('cpm-workshop-backup');
    expect(file.formatVersion).toBe(1);
    expect(file.exportedAt).toBe(new Date(T0 + 60_000).toISOString());
    expect(file.worksheets.map((w) => w.id).sort()).toEqual([...ids].sort());
    expect(file.sessions.map((s) => s.id).sort()).toEqual(sessions.map((s) => s.id).sort());
    const text = JSON.stringify(file);

    await resetIndexedDb();
    expect(await listWorksheets()).toEqual([]);
    expect(await listSessions()).toEqual([]);

    const contents = readBackup(text);
    expect(contents.kind).toBe('backup');
    expect(await findConflicts(contents)).toEqual({ worksheets: [], sessions: [] });
    expect(await restoreContents(contents, 'skip')).toEqual({ added: 5, replaced: 0, copies: 0, skipped: 0 });

    const after = {
      worksheets: await Promise.all(ids.map((id) => getWorksheet(id))),
      library: await listWorksheets(),
      sessions: await listSessions(),
      raw: await rawStore(),
    };
    expect(after.worksheets).toStrictEqual(before.worksheets);
    expect(after.library).toStrictEqual(before.library);
    expect(after.raw.worksheets).toStrictEqual(before.raw.worksheets);
    // JSON has no undefined: an idea added without a column (column: undefined) comes back without the key.
    expect(after.sessions).toEqual(before.sessions);
    expect(after.sessions).toStrictEqual(JSON.parse(JSON.stringify(before.sessions)));
    expect(after.raw.sessions).toEqual(before.raw.sessions);

    // Spot checks on the tricky values.
    const a = after.worksheets[0]!;
    expect(a.answers.text['benefits.families']).toBe(worksheets[0]!.answers.text['benefits.families']);
    expect(a.answers.text['benefits.families']).toContain('\u0000');
    expect(a.answers.text['benefits.staff']).toBe('A lone surrogate \uD83D stays as it is');
    expect(a.answers.lists.improvements).toHaveLength(4);
    expect(a.answers.more['messages.more']![1]!.name).toBe('Judges ⚖️');
    expect(after.worksheets[1]!.archived).toEqual([{ promptId: 'old.question', text: 'An answer kept from an older template' }]);
    const session = after.sessions.find((s) => s.name === 'Lunes — cohorte 1')!;
    expect(session.boards.elements!.map((i) => [i.text, i.hidden])).toEqual([
      ['Engagement', false],
      ['Teaming 🤝', true],
    ]);
    expect(session.boards.crosswalk).toEqual([{ id: 'i3', text: 'Family meetings', column: 'teaming', hidden: true }]);
    expect(session.timer.startedAt).toBe(sessions[0]!.timer.startedAt);
    expect(session.revealed).toEqual({ elements: true });
  });

  it('a backup of an empty device restores to an empty device', async () => {
    const text = JSON.stringify(await readBackupOfEverything(new Date(T0)));
    await resetIndexedDb();
    expect(await restoreContents(readBackup(text), 'replace')).toEqual({ added: 0, replaced: 0, copies: 0, skipped: 0 });
    expect(await rawStore()).toEqual({ worksheets: [], sessions: [] });
  });

  it('restoring the same backup twice with skip changes nothing the second time', async () => {
    await fillDevice();
    const text = JSON.stringify(await readBackupOfEverything(new Date(T0)));
    const before = await rawStore();
    expect(await restoreContents(readBackup(text), 'skip')).toEqual({ added: 0, replaced: 0, copies: 0, skipped: 5 });
    expect(await rawStore()).toEqual(before);
  });
});

/* ---------- Conflicts ---------- */

/** A stored record without its revision, which every write increases. */
function withoutRev(record: WorksheetRecord | undefined): WorksheetRecord | undefined {
  if (!record) return record;
  const { rev: _rev, ...rest } = record;
  return rest;
}

function worksheetRecord(id: string, title: string, updatedAt: number, fill = ''): WorksheetRecord {
  const answers = emptyAnswers(TEMPLATE, new Date(T0));
  answers.text['cover.session'] = title;
  answers.text['saying-doing'] = fill;
  return { id, templateId: TEMPLATE.id, templateVersion: TEMPLATE.version, createdAt: T0, updatedAt, answers };
}

async function sessionRecord(id: string, name: string, at: number): Promise<FacilitationSession> {
  const made = await createSession(name, '2024-05-06', at);
  // createSession stores it under a random id; hand back a copy under the id the test wants.
  await (await db()).delete('sessions', made.id);
  return { ...made, id };
}

/** On the device: worksheet "here-a" and session "here-s". In the file: their twins plus one new of each. */
async function conflictSetup() {
  const hereA = worksheetRecord('here-a', 'On the device', T0 + 100, 'device text');
  await putWorksheet(hereA);
  const hereS = await sessionRecord('here-s', 'Device session', T0 + 200);
  await putSession(hereS);

  const fileA = worksheetRecord('here-a', 'From the file', T0 + 300, 'file text');
  const fileB = worksheetRecord('new-b', 'New from the file', T0 + 400, 'b text');
  const fileS = { ...(await sessionRecord('here-s', 'File session', T0 + 500)), rev: 7 };
  const fileT = await sessionRecord('new-t', 'New session', T0 + 600);
  const contents = throughFile([fileA, fileB], [fileS, fileT]);
  const before = await rawStore();
  return { hereA, hereS, fileA, fileB, fileS, fileT, contents, before };
}

describe('conflicts', () => {
  it('findConflicts lists the worksheets and sessions whose id is already here, with the titles from the file', async () => {
    const { contents, before } = await conflictSetup();
    expect(await findConflicts(contents)).toEqual({
      worksheets: [{ id: 'here-a', title: 'From the file' }],
      sessions: [{ id: 'here-s', title: 'File session' }],
    });
    // Looking does not write.
    expect(await rawStore()).toEqual(before);
  });

  it('findConflicts names an untitled worksheet as the library does', async () => {
    await putWorksheet(worksheetRecord('w1', '', T0));
    const conflicts = await findConflicts(throughFile([worksheetRecord('w1', '   ', T0)], []));
    expect(conflicts.worksheets).toEqual([{ id: 'w1', title: 'Untitled worksheet' }]);
  });

  it("'skip' leaves the existing records untouched, adds the new ones and counts the skipped", async () => {
    const { hereA, hereS, fileB, fileT, contents } = await conflictSetup();
    expect(await restoreContents(contents, 'skip')).toEqual({ added: 2, replaced: 0, copies: 0, skipped: 2 });
    expect(withoutRev(await getWorksheet('here-a'))).toStrictEqual(hereA);
    expect(await getSession('here-s')).toStrictEqual(hereS);
    expect(await getWorksheet('new-b')).toStrictEqual(fileB);
    expect(await getSession('new-t')).toStrictEqual(fileT);
    const raw = await rawStore();
    expect(raw.worksheets.map((w) => w.id).sort()).toEqual(['here-a', 'new-b']);
    expect(raw.sessions.map((s) => s.id).sort()).toEqual(['here-s', 'new-t']);
  });

  it("'replace' overwrites the existing records with the file's", async () => {
    const { fileA, fileB, fileS, fileT, contents } = await conflictSetup();
    expect(await restoreContents(contents, 'replace')).toEqual({ added: 2, replaced: 2, copies: 0, skipped: 0 });
    expect(withoutRev(await getWorksheet('here-a'))).toStrictEqual(fileA);
    // Past the revision that was here, so an open tab takes the restored copy.
    expect((await getWorksheet('here-a'))!.rev).toBe(2);
    expect((await getWorksheet('here-a'))!.answers.text['saying-doing']).toBe('file text');
    // A revision past both the file's (7) and the device's, so an open presenter takes the restored copy.
    expect(await getSession('here-s')).toStrictEqual({ ...fileS, rev: 8 });
    expect(await getWorksheet('new-b')).toStrictEqual(fileB);
    expect(await getSession('new-t')).toStrictEqual(fileT);
    const raw = await rawStore();
    expect(raw.worksheets).toHaveLength(2);
    expect(raw.sessions).toHaveLength(2);
  });

  it("'keepBoth' keeps the original and adds a copy with a new id and “(restored)” in its title", async () => {
    const { hereA, hereS, fileA, fileB, fileS, fileT, contents } = await conflictSetup();
    expect(await restoreContents(contents, 'keepBoth')).toEqual({ added: 2, replaced: 0, copies: 2, skipped: 0 });

    expect(withoutRev(await getWorksheet('here-a'))).toStrictEqual(hereA);
    expect(await getSession('here-s')).toStrictEqual(hereS);
    expect(await getWorksheet('new-b')).toStrictEqual(fileB);
    expect(await getSession('new-t')).toStrictEqual(fileT);

    const raw = await rawStore();
    expect(raw.worksheets).toHaveLength(3);
    expect(raw.sessions).toHaveLength(3);
    const copy = raw.worksheets.find((w) => !['here-a', 'new-b'].includes(w.id))!;
    expect(copy.id).toMatch(UUID);
    expect(copy.answers.text['cover.session']).toBe('From the file (restored)');
    // Apart from its id and title, the copy is the file's worksheet.
    expect({
      ...copy,
      id: fileA.id,
      answers: { ...copy.answers, text: { ...copy.answers.text, 'cover.session': 'From the file' } },
    }).toStrictEqual(fileA);
    expect((await listWorksheets()).map((w) => w.title).sort()).toEqual(['From the file (restored)', 'New from the file', 'On the device']);

    const sessionCopy = raw.sessions.find((s) => !['here-s', 'new-t'].includes(s.id))!;
    expect(sessionCopy.id).toMatch(UUID);
    expect(sessionCopy.name).toBe('File session (restored)');
    expect({ ...sessionCopy, id: fileS.id, name: fileS.name }).toStrictEqual(fileS);
  });

  it("'keepBoth' names the copy of an untitled worksheet “Untitled worksheet (restored)”", async () => {
    await putWorksheet(worksheetRecord('w1', 'Mine', T0));
    expect(await restoreContents(throughFile([worksheetRecord('w1', '', T0 + 1)], []), 'keepBoth')).toEqual({
      added: 0,
      replaced: 0,
      copies: 1,
      skipped: 0,
    });
    expect((await listWorksheets()).map((w) => w.title).sort()).toEqual(['Mine', 'Untitled worksheet (restored)']);
  });

  it('counts a mix of new and conflicting records under each choice', async () => {
    for (const [choice, expected] of [
      ['skip', { added: 3, replaced: 0, copies: 0, skipped: 2 }],
      ['replace', { added: 3, replaced: 2, copies: 0, skipped: 0 }],
      ['keepBoth', { added: 3, replaced: 0, copies: 2, skipped: 0 }],
    ] as const) {
      await resetIndexedDb();
      await putWorksheet(worksheetRecord('w1', 'one', T0));
      await putWorksheet(worksheetRecord('w2', 'two', T0));
      const file = throughFile(
        ['w1', 'w2', 'w3', 'w4', 'w5'].map((id, i) => worksheetRecord(id, `file ${id}`, T0 + i)),
        [],
      );
      expect(await restoreContents(file, choice), choice).toEqual(expected);
      const count = (await rawStore()).worksheets.length;
      expect(count, choice).toBe(choice === 'keepBoth' ? 7 : 5);
    }
  });
});

/* ---------- Atomicity ---------- */

describe('a restore that fails part-way writes nothing', () => {
  const originalAdd = IDBObjectStore.prototype.add;
  afterEach(() => {
    IDBObjectStore.prototype.add = originalAdd;
  });

  /** Makes the nth call to IDBObjectStore.add fail, either at once or as a failed request. */
  function failAdd(n: number, how: 'throw' | 'request') {
    let calls = 0;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      calls++;
      if (calls === n) {
        if (how === 'throw') throw new DOMException('The disk is full', 'QuotaExceededError');
        // A key that is already in the store: the request fails with a ConstraintError.
        return originalAdd.call(this, { ...(value as object), id: 'existing' }, key);
      }
      return originalAdd.call(this, value, key);
    };
    return () => calls;
  }

  async function setup() {
    await putWorksheet(worksheetRecord('existing', 'Already here', T0, 'keep me'));
    const existingSession = await sessionRecord('existing', 'Existing session', T0);
    await putSession(existingSession);
    const file = throughFile(
      [
        worksheetRecord('existing', 'Replacement', T0 + 1, 'replaced text'),
        worksheetRecord('n1', 'N1', T0 + 2),
        worksheetRecord('n2', 'N2', T0 + 3),
        worksheetRecord('n3', 'N3', T0 + 4),
      ],
      [await sessionRecord('s-new', 'New session', T0 + 5)],
    );
    const before = await rawStore();
    expect(before.worksheets.map((w) => w.id)).toEqual(['existing']);
    expect(before.sessions.map((s) => s.id)).toEqual(['existing']);
    return { file, before };
  }

  const failure = { throw: 'QuotaExceededError', request: 'ConstraintError' } as const;

  for (const how of ['throw', 'request'] as const) {
    it(`the second worksheet's add fails (${how}): nothing from the file is stored`, async () => {
      const { file, before } = await setup();
      const calls = failAdd(2, how);
      await expect(restoreContents(file, 'skip')).rejects.toMatchObject({ name: failure[how] });
      // The failing add was reached (writes are queued together, so later ones may be too).
      expect(calls()).toBeGreaterThanOrEqual(2);
      IDBObjectStore.prototype.add = originalAdd;
      expect(await rawStore()).toStrictEqual(before);
      expect(await getWorksheet('n1')).toBeUndefined();
    });

    it(`a replace followed by a failing add (${how}) leaves the replaced record as it was`, async () => {
      const { file, before } = await setup();
      failAdd(2, how);
      await expect(restoreContents(file, 'replace')).rejects.toMatchObject({ name: failure[how] });
      IDBObjectStore.prototype.add = originalAdd;
      expect(await rawStore()).toStrictEqual(before);
      expect((await getWorksheet('existing'))!.answers.text['saying-doing']).toBe('keep me');
    });

    it(`the session's add fails after every worksheet was written (${how}): none of them stays`, async () => {
      const { file, before } = await setup();
      // keepBoth: a copy of "existing" plus n1, n2, n3 are 4 adds; the session is the 5th.
      const calls = failAdd(5, how);
      await expect(restoreContents(file, 'keepBoth')).rejects.toMatchObject({ name: failure[how] });
      expect(calls()).toBe(5);
      IDBObjectStore.prototype.add = originalAdd;
      expect(await rawStore()).toStrictEqual(before);
    });
  }

  it('the error reaches the caller, and the store works for the next restore', async () => {
    const { file } = await setup();
    failAdd(1, 'throw');
    await expect(restoreContents(file, 'skip')).rejects.toMatchObject({ name: 'QuotaExceededError' });
    IDBObjectStore.prototype.add = originalAdd;
    expect(await restoreContents(file, 'skip')).toEqual({ added: 4, replaced: 0, copies: 0, skipped: 1 });
    expect((await rawStore()).worksheets.map((w) => w.id).sort()).toEqual(['existing', 'n1', 'n2', 'n3']);
  });
});

describe('restore writes current-template records', () => {
  it('a restored worksheet is stored upgraded, so the raw record equals what getWorksheet returns', async () => {
    const old = worksheetRecord('old-1', 'Old', T0);
    delete old.answers.text['roles.system'];
    old.answers.text['old.prompt'] = 'gone from the template';
    await restoreContents(throughFile([old], []), 'skip');
    const raw = (await db()).get('worksheets', 'old-1');
    const stored = await raw;
    expect(stored).toStrictEqual(upgradeRecord(old));
    expect(stored!.answers.text).not.toHaveProperty('old.prompt');
    expect(stored!.answers.text['roles.system']).toBe('');
    expect(stored!.archived).toEqual([{ promptId: 'old.prompt', text: 'gone from the template' }]);
    expect(await getWorksheet('old-1')).toStrictEqual(stored);
  });
});
