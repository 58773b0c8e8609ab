import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBackup } from '../../src/backup/format';
import { restoreContents } from '../../src/store/backup';
import { closeDb, db, type WorksheetRecord } from '../../src/store/db';
import { getWorksheet, listWorksheets, upgradeRecord } from '../../src/store/worksheets';
import { emptyAnswers, todayIso } from '../../src/worksheet/answers';
import { TEMPLATE_MIGRATIONS, upgradeAnswers, type ArchivedAnswer } from '../../src/worksheet/migrate';
import { TEMPLATE } from '../../src/worksheet/template';
import type { Answers } from '../../src/worksheet/types';
import { allPrompts } from '../../src/worksheet/walk';
import { resetIndexedDb } from '../indexeddb';

const T0 = Date.UTC(2023, 10, 23, 14, 0);
/** The clock while upgrading: prompts filled in as on a fresh worksheet take today's date. */
const NOW = new Date(2025, 0, 15, 10, 30);

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await resetIndexedDb();
});

afterEach(async () => {
  vi.useRealTimers();
  await closeDb();
});

const COLUMNS = ['engagement', 'inquiry', 'teaming', 'advocacy', 'accountability'];

/**
 * A worksheet saved by an older template: it answers prompts the current template no longer has
 * and lacks some the current template added.
 */
function olderRecord(): WorksheetRecord {
  const answers = emptyAnswers(TEMPLATE, new Date(T0));
  answers.text['cover.name'] = 'Ana Ruiz';
  answers.text['cover.session'] = 'Fall cohort';
  answers.text['benefits.families'] = 'Safer, sooner.';
  answers.blanks.levels = ['Family', 'System'];
  answers.lists.improvements = [
    { id: 'imp1', text: 'Safety Organized Practice' },
    { id: 'imp2', text: '' },
  ];
  answers.crosswalks.crosswalk = [
    { id: 'cw1', initiative: 'SOP', cells: { engagement: 'Ask', inquiry: '', teaming: 'Meet', advocacy: '', accountability: '' } },
  ];
  answers.more['messages.more'] = [{ id: 'mm1', name: 'Caregivers', text: 'You belong here.' }];

  // Prompts the older template did not have yet.
  delete answers.lists['org-factors'];
  delete answers.text['roles.system'];
  delete answers.text['cover.date'];
  delete answers.blanks.elements;

  // Prompts the current template no longer has.
  answers.text['old.question'] = 'What I said before';
  answers.text['old.empty'] = '   ';
  answers.blanks['old.blanks'] = ['Family', '', 'System'];
  answers.lists['old.list'] = [
    { id: 'ol1', text: 'First' },
    { id: 'ol2', text: '' },
    { id: 'ol3', text: 'Third' },
  ];
  answers.lists['old.empty-list'] = [{ id: 'oe1', text: ' ' }];
  answers.crosswalks['old.crosswalk'] = [
    { id: 'oc1', initiative: 'SOP', cells: { engagement: 'Ask', inquiry: '', teaming: 'Meet' } },
    { id: 'oc2', initiative: '', cells: { engagement: '', inquiry: '' } },
    { id: 'oc3', initiative: '', cells: { engagement: 'Only a cell' } },
  ];
  answers.more['old.more'] = [
    { id: 'om1', name: 'Judges', text: 'Plans come from families.' },
    { id: 'om2', name: '', text: '' },
    { id: 'om3', name: '', text: 'Only text' },
    { id: 'om4', name: 'Only a name', text: '' },
  ];
  return {
    id: 'older-1',
    templateId: TEMPLATE.id,
    templateVersion: 1,
    createdAt: T0,
    updatedAt: T0 + 1000,
    answers,
    archived: [{ promptId: 'ancient.prompt', text: 'Archived long ago' }],
  };
}

const NEWLY_ARCHIVED: ArchivedAnswer[] = [
  { promptId: 'old.question', text: 'What I said before' },
  { promptId: 'old.blanks', text: 'Family' },
  { promptId: 'old.blanks', text: 'System' },
  { promptId: 'old.list', text: 'First' },
  { promptId: 'old.list', text: 'Third' },
  { promptId: 'old.crosswalk', text: 'SOP\nAsk\nMeet' },
  { promptId: 'old.crosswalk', text: 'Only a cell' },
  { promptId: 'old.more', text: 'Judges: Plans come from families.' },
  { promptId: 'old.more', text: 'Only text' },
  { promptId: 'old.more', text: 'Only a name' },
];

const byPromptAndText = (a: ArchivedAnswer, b: ArchivedAnswer) =>
  `${a.promptId}\u0000${a.text}`.localeCompare(`${b.promptId}\u0000${b.text}`);

/** The ids of every prompt of each kind in the current template. */
function currentKeys() {
  const fresh = emptyAnswers(TEMPLATE);
  return {
    text: Object.keys(fresh.text).sort(),
    blanks: Object.keys(fresh.blanks).sort(),
    lists: Object.keys(fresh.lists).sort(),
    crosswalks: Object.keys(fresh.crosswalks).sort(),
  };
}

/** Checks the upgraded answers of olderRecord(), whatever ids the filled-in rows got. */
function expectUpgradedOlder(answers: Answers, archived: ArchivedAnswer[] | undefined) {
  const original = olderRecord().answers;
  // Every known answer unchanged.
  expect(answers.text['cover.name']).toBe('Ana Ruiz');
  expect(answers.text['cover.session']).toBe('Fall cohort');
  expect(answers.text['benefits.families']).toBe('Safer, sooner.');
  for (const id of Object.keys(original.text).filter((id) => !id.startsWith('old.'))) expect(answers.text[id], id).toBe(original.text[id]);
  expect(answers.blanks.levels).toEqual(['Family', 'System']);
  expect(answers.lists.improvements).toEqual(original.lists.improvements);
  expect(answers.more['messages.more']).toEqual(original.more['messages.more']);

  // Prompts missing from the stored answers start empty, as on a fresh worksheet.
  expect(answers.lists['org-factors']).toHaveLength(6);
  expect(answers.lists['org-factors']!.map((item) => item.text)).toEqual(['', '', '', '', '', '']);
  const rowIds = answers.lists['org-factors']!.map((item) => item.id);
  expect(new Set(rowIds).size).toBe(6);
  for (const id of rowIds) expect(id).toMatch(/^[a-z0-9]+$/);
  expect(answers.text['roles.system']).toBe('');
  expect(answers.text['cover.date']).toBe(todayIso(NOW));
  expect(answers.blanks.elements).toEqual(['', '', '', '', '']);
  expect(answers.crosswalks.crosswalk).toEqual(original.crosswalks.crosswalk);

  // Nothing but the current template's prompts is left in the answers.
  const keys = currentKeys();
  expect(Object.keys(answers.text).sort()).toEqual(keys.text);
  expect(Object.keys(answers.blanks).sort()).toEqual(keys.blanks);
  expect(Object.keys(answers.lists).sort()).toEqual(keys.lists);
  expect(Object.keys(answers.crosswalks).sort()).toEqual(keys.crosswalks);
  expect(Object.keys(answers.more)).toEqual(['messages.more']);

  // Every unknown non-empty answer is archived, after the ones archived before; empty ones are not.
  expect(archived).toBeDefined();
  expect(archived![0]).toEqual({ promptId: 'ancient.prompt', text: 'Archived long ago' });
  expect([...archived!.slice(1)].sort(byPromptAndText)).toEqual([...NEWLY_ARCHIVED].sort(byPromptAndText));
  expect(archived!.map((a) => a.promptId)).not.toContain('old.empty');
  expect(archived!.map((a) => a.promptId)).not.toContain('old.empty-list');
  for (const entry of archived!) expect(entry.text.trim()).not.toBe('');
}

describe('upgradeAnswers', () => {
  it('keeps known answers, archives unknown non-empty ones and fills in missing prompts', () => {
    const record = olderRecord();
    const { answers, archived } = upgradeAnswers(TEMPLATE, record.answers, record.templateVersion, record.archived);
    expectUpgradedOlder(answers, archived);
    expect(archived).toHaveLength(1 + NEWLY_ARCHIVED.length);
  });

  it('does not change the answers or archive it was given', () => {
    const record = olderRecord();
    const copy = structuredClone(record);
    upgradeAnswers(TEMPLATE, record.answers, 1, record.archived);
    expect(record).toStrictEqual(copy);
  });

  it('is idempotent: upgrading twice gives the same as once', () => {
    const record = olderRecord();
    const once = upgradeAnswers(TEMPLATE, record.answers, 1, record.archived);
    const twice = upgradeAnswers(TEMPLATE, once.answers, TEMPLATE.version, once.archived);
    expect(twice).toStrictEqual(once);
    const thrice = upgradeAnswers(TEMPLATE, twice.answers, TEMPLATE.version, twice.archived);
    expect(thrice).toStrictEqual(once);
  });

  it('leaves a current, complete worksheet exactly as it is, with nothing archived', () => {
    const answers = emptyAnswers(TEMPLATE, new Date(T0));
    answers.text['cover.name'] = 'Bao';
    answers.more['messages.more'] = [{ id: 'x', name: 'Judges', text: 'Hi' }];
    const { answers: upgraded, archived } = upgradeAnswers(TEMPLATE, structuredClone(answers), TEMPLATE.version);
    expect(upgraded).toStrictEqual(answers);
    expect(archived).toEqual([]);
    // The stored date is kept, not replaced by today's.
    expect(upgraded.text['cover.date']).toBe(todayIso(new Date(T0)));
  });

  it('fills every kind of answer when the stored answers are empty', () => {
    const { answers, archived } = upgradeAnswers(TEMPLATE, { text: {}, blanks: {}, lists: {}, crosswalks: {}, more: {} }, 1);
    expect(archived).toEqual([]);
    const fresh = emptyAnswers(TEMPLATE, NOW);
    expect(answers.text).toEqual(fresh.text);
    expect(answers.blanks).toEqual(fresh.blanks);
    expect(Object.fromEntries(Object.entries(answers.lists).map(([id, items]) => [id, items.length]))).toEqual({
      improvements: 3,
      'org-factors': 6,
    });
    expect(answers.crosswalks.crosswalk).toHaveLength(1);
    expect(answers.crosswalks.crosswalk![0]!.initiative).toBe('');
    expect(answers.crosswalks.crosswalk![0]!.cells).toEqual(Object.fromEntries(COLUMNS.map((c) => [c, ''])));
    expect(answers.more).toEqual({});
    expect(
      allPrompts(TEMPLATE).every(
        (p) => p.id in answers.text || p.id in answers.blanks || p.id in answers.lists || p.id in answers.crosswalks,
      ),
    ).toBe(true);
  });

  it('copes with answers saved before the added answers (more) existed', () => {
    const answers = emptyAnswers(TEMPLATE, new Date(T0)) as Partial<Answers>;
    delete answers.more;
    const result = upgradeAnswers(TEMPLATE, answers as Answers, 1);
    expect(result.answers.more).toEqual({});
    expect(result.archived).toEqual([]);
  });

  it('archives an added-answers entry stored under a prompt that is not an added-answers group', () => {
    const answers = emptyAnswers(TEMPLATE, new Date(T0));
    answers.more['cover.name'] = [{ id: 'e1', name: 'Someone', text: 'Something' }];
    const result = upgradeAnswers(TEMPLATE, answers, 1);
    expect(result.answers.more).toEqual({});
    expect(result.archived).toEqual([{ promptId: 'cover.name', text: 'Someone: Something' }]);
  });

  it('an answer stored under a known prompt id but the wrong kind is archived, not kept where nothing shows it', () => {
    // "org-factors" is a list prompt: a text answer under that id is shown nowhere (form, PDF,
    // progress all read answers.lists), so, like any answer to a prompt the template lacks, it
    // should go to the archive. upgradeAnswers keeps it because `known` ignores the kind.
    const answers = emptyAnswers(TEMPLATE, new Date(T0));
    answers.text['org-factors'] = 'Was a single text box in an older template';
    answers.lists['cover.name'] = [{ id: 'l1', text: 'Was a list in an older template' }];
    const result = upgradeAnswers(TEMPLATE, answers, 1);
    expect(result.answers.text).not.toHaveProperty('org-factors');
    expect(result.answers.lists).not.toHaveProperty('cover.name');
    expect(result.archived).toEqual(
      expect.arrayContaining([
        { promptId: 'org-factors', text: 'Was a single text box in an older template' },
        { promptId: 'cover.name', text: 'Was a list in an older template' },
      ]),
    );
  });
});

describe('template migrations', () => {
  it('there are none yet: the template is at version 1', () => {
    expect(TEMPLATE.version).toBe(1);
    expect(TEMPLATE_MIGRATIONS).toEqual([]);
  });

  it('run in order from the stored version up to the current one, before unknown answers are archived', () => {
    const calls: string[] = [];
    const v1to2 = (answers: Answers): Answers => {
      calls.push('1→2');
      // Version 2 re-keyed "old.question" to "saying-doing".
      const { 'old.question': moved, ...text } = answers.text;
      return { ...answers, text: { ...text, 'saying-doing': moved ?? '' } };
    };
    const v2to3 = (answers: Answers): Answers => {
      calls.push('2→3');
      return { ...answers, text: { ...answers.text, 'cover.role': (answers.text['cover.role'] ?? '') + ' (v3)' } };
    };
    const v3 = { ...TEMPLATE, version: 3 };
    TEMPLATE_MIGRATIONS.push(v1to2, v2to3);
    try {
      const answers = emptyAnswers(TEMPLATE, new Date(T0));
      answers.text['cover.role'] = 'Lead';
      answers.text['old.question'] = 'Moved, not archived';

      const from1 = upgradeAnswers(v3, structuredClone(answers), 1);
      expect(calls).toEqual(['1→2', '2→3']);
      expect(from1.answers.text['saying-doing']).toBe('Moved, not archived');
      expect(from1.answers.text['cover.role']).toBe('Lead (v3)');
      expect(from1.archived).toEqual([]);

      calls.length = 0;
      const from2 = upgradeAnswers(v3, structuredClone(answers), 2);
      expect(calls).toEqual(['2→3']);
      // Not re-keyed by 1→2, so the old answer is archived.
      expect(from2.archived).toEqual([{ promptId: 'old.question', text: 'Moved, not archived' }]);

      calls.length = 0;
      upgradeAnswers(v3, structuredClone(answers), 3);
      expect(calls).toEqual([]);

      calls.length = 0;
      upgradeAnswers(v3, structuredClone(answers), 0);
      expect(calls).toEqual(['1→2', '2→3']);
    } finally {
      TEMPLATE_MIGRATIONS.length = 0;
    }
  });
});

describe('upgradeRecord', () => {
  it('upgrades the answers and keeps the record’s identity', () => {
    const record = olderRecord();
    const upgraded = upgradeRecord(record);
    expect(upgraded.id).toBe('older-1');
    expect(upgraded.createdAt).toBe(T0);
    expect(upgraded.updatedAt).toBe(T0 + 1000);
    expect(upgraded.templateId).toBe(TEMPLATE.id);
    expect(upgraded.templateVersion).toBe(TEMPLATE.version);
    expectUpgradedOlder(upgraded.answers, upgraded.archived);
  });

  it('is idempotent', () => {
    const once = upgradeRecord(olderRecord());
    expect(upgradeRecord(once)).toStrictEqual(once);
    expect(upgradeRecord(upgradeRecord(once))).toStrictEqual(once);
  });

  it('adds no archived field when there is nothing to archive, and keeps an existing one', () => {
    const answers = emptyAnswers(TEMPLATE, new Date(T0));
    const plain: WorksheetRecord = { id: 'p', templateId: TEMPLATE.id, templateVersion: 1, createdAt: T0, updatedAt: T0, answers };
    expect(upgradeRecord(plain)).toStrictEqual(plain);
    expect(upgradeRecord(plain)).not.toHaveProperty('archived');
    const kept = { ...plain, archived: [{ promptId: 'gone', text: 'still here' }] };
    expect(upgradeRecord(kept).archived).toEqual([{ promptId: 'gone', text: 'still here' }]);
  });
});

/** Replaces the random ids of rows the upgrade filled in, so two upgrades can be compared. */
function withoutFillIds(record: WorksheetRecord): WorksheetRecord {
  const copy = structuredClone(record);
  const original = olderRecord();
  const knownIds = new Set([
    ...Object.values(original.answers.lists).flatMap((items) => items.map((i) => i.id)),
    ...Object.values(original.answers.crosswalks).flatMap((items) => items.map((i) => i.id)),
  ]);
  for (const items of Object.values(copy.answers.lists)) for (const item of items) if (!knownIds.has(item.id)) item.id = '(filled)';
  for (const items of Object.values(copy.answers.crosswalks)) for (const item of items) if (!knownIds.has(item.id)) item.id = '(filled)';
  return copy;
}

describe('stored older records', () => {
  it('getWorksheet returns a stored older record in its upgraded form, without rewriting it', async () => {
    const record = olderRecord();
    await (await db()).put('worksheets', record);

    const read = await getWorksheet('older-1');
    expect(read).toBeDefined();
    expectUpgradedOlder(read!.answers, read!.archived);
    expect(withoutFillIds(read!)).toStrictEqual(withoutFillIds(upgradeRecord(record)));
    // The stored record is untouched until the worksheet is saved.
    expect(await (await db()).get('worksheets', 'older-1')).toStrictEqual(record);
    expect((await listWorksheets()).map((w) => [w.id, w.title, w.participant])).toEqual([['older-1', 'Fall cohort', 'Ana Ruiz']]);
  });

  it('an old backup file (format 1, no sessions list) holding an older record imports with its answers archived', async () => {
    const record = olderRecord();
    // Written by hand, as an older app wrote it: no sessions list at all.
    const text = JSON.stringify({
      format: 'cpm-workshop-backup',
      formatVersion: 1,
      exportedAt: new Date(T0 + 5000).toISOString(),
      app: 'CPM Workshop',
      worksheets: [record],
    });
    const contents = readBackup(text);
    expect(contents.kind).toBe('backup');
    expect(contents.sessions).toEqual([]);
    // Reading only validates; the answers are still as the file has them.
    expect(contents.worksheets[0]!.answers.text['old.question']).toBe('What I said before');

    expect(await restoreContents(contents, 'skip')).toEqual({ added: 1, replaced: 0, copies: 0, skipped: 0 });

    const stored = await (await db()).get('worksheets', 'older-1');
    expect(stored).toBeDefined();
    expectUpgradedOlder(stored!.answers, stored!.archived);
    expect(stored!.templateVersion).toBe(TEMPLATE.version);
    const read = await getWorksheet('older-1');
    expect(read).toStrictEqual(stored);
    expect(read!.archived!.map((a) => a.promptId)).toEqual(
      expect.arrayContaining(['ancient.prompt', 'old.question', 'old.blanks', 'old.list', 'old.crosswalk', 'old.more']),
    );
  });

  it('an old single-worksheet file imports the same way', async () => {
    const text = JSON.stringify({
      format: 'cpm-workshop-worksheet',
      formatVersion: 1,
      exportedAt: new Date(T0).toISOString(),
      app: 'CPM Workshop',
      worksheet: olderRecord(),
    });
    const contents = readBackup(text);
    expect(contents.kind).toBe('worksheet');
    expect(await restoreContents(contents, 'keepBoth')).toEqual({ added: 1, replaced: 0, copies: 0, skipped: 0 });
    const read = await getWorksheet('older-1');
    expectUpgradedOlder(read!.answers, read!.archived);
  });
});
