import { describe, expect, it } from 'vitest';
import { backupFile, worksheetFile } from '../../src/backup/files';
import { buildContribution, defaultSharedIds, shareableExercises } from '../../src/synthesis/contribution';
import { skippedLine, takeIn } from '../../src/synthesis/intake';
import { ContributionError, MAX_CONTRIBUTION_BYTES, readContribution } from '../../src/synthesis/validate';
import { emptyAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';

/*
 * A corpus of malformed, mutated and foreign contribution files, derived from one valid file.
 * Every one must be refused with a ContributionError whose reason is one line of plain words;
 * the valid file must read back as exactly what was shared.
 */

function validAnswers() {
  const a = emptyAnswers(TEMPLATE, new Date(Date.UTC(2024, 4, 6)));
  a.text['cover.name'] = 'Bảo Nguyễn';
  a.blanks.levels = ['Family', 'System'];
  a.blanks.elements = ['Engagement', 'Inquiry', 'Teaming', 'Advocacy', 'Accountability'];
  a.lists.improvements = [
    { id: 'i1', text: 'Safety Organized Practice' },
    { id: 'i2', text: 'CFT' },
  ];
  a.lists['org-factors'] = [{ id: 'f1', text: 'Coaching time' }];
  a.crosswalks.crosswalk = [
    {
      id: 'c1',
      initiative: 'ICPM',
      cells: { engagement: 'Shared plan', teaming: 'CFT meetings', inquiry: '', advocacy: '', accountability: '' },
    },
  ];
  a.text['benefits.families'] = 'Families are heard. 🎉';
  a.text['messages.team'] = 'Lead with engagement.';
  a.more['messages.more'] = [{ id: 'm1', name: 'Judges', text: 'Plans come from families.' }];
  return a;
}

const VALID = buildContribution(
  TEMPLATE,
  validAnswers(),
  { exerciseIds: defaultSharedIds(TEMPLATE), includeName: true },
  'f3b1c2d4-0000-4000-8000-000000000001',
  new Date(Date.UTC(2024, 4, 6, 10)),
);
const VALID_TEXT = JSON.stringify(VALID, null, 2);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const copy = (): Json => JSON.parse(VALID_TEXT);
const mutate = (change: (file: Json) => void): string => {
  const file = copy();
  change(file);
  return JSON.stringify(file);
};

interface Case {
  name: string;
  text: string;
  byteLength?: number;
  reason: RegExp;
}

const cases: Case[] = [
  // Not a contribution at all.
  { name: 'empty file', text: '', reason: /not readable JSON/ },
  { name: 'cut short', text: VALID_TEXT.slice(0, VALID_TEXT.length / 2), reason: /not readable JSON/ },
  { name: 'plain text', text: 'Family meetings, shared plans', reason: /not readable JSON/ },
  { name: 'a PDF', text: '%PDF-1.7\n%âãÏÓ', reason: /not readable JSON/ },
  { name: 'JSON null', text: 'null', reason: /not a CPM Workshop contribution/ },
  { name: 'JSON list', text: '[]', reason: /not a CPM Workshop contribution/ },
  { name: 'JSON number', text: '42', reason: /not a CPM Workshop contribution/ },
  { name: 'no format', text: mutate((f) => delete f.format), reason: /not a CPM Workshop contribution/ },
  { name: 'another format', text: mutate((f) => (f.format = 'mentimeter-export')), reason: /not a CPM Workshop contribution/ },
  { name: 'a backup', text: JSON.stringify(backupFile([], [])), reason: /worksheet backup, not a contribution/ },
  {
    name: 'a worksheet file',
    text: JSON.stringify(
      worksheetFile({ id: 'w1', templateId: TEMPLATE.id, templateVersion: 1, createdAt: 1, updatedAt: 1, answers: validAnswers() }),
    ),
    reason: /worksheet backup, not a contribution/,
  },
  { name: 'too large', text: VALID_TEXT, byteLength: MAX_CONTRIBUTION_BYTES + 1, reason: /never larger than 1 MB/ },
  {
    name: 'a field named __proto__',
    text: VALID_TEXT.replace('"answers": {', '"answers": {"__proto__": {"x": 1},'),
    reason: /field named “__proto__”/,
  },
  {
    name: 'a field named constructor',
    text: VALID_TEXT.replace('"text": {', '"text": {"constructor": "x",'),
    reason: /field named “constructor”/,
  },
  // Versions and worksheet.
  { name: 'no format version', text: mutate((f) => delete f.formatVersion), reason: /no valid format version/ },
  { name: 'format version as text', text: mutate((f) => (f.formatVersion = '1')), reason: /no valid format version/ },
  { name: 'format version 0', text: mutate((f) => (f.formatVersion = 0)), reason: /no valid format version/ },
  { name: 'format version 1.5', text: mutate((f) => (f.formatVersion = 1.5)), reason: /no valid format version/ },
  { name: 'newer format', text: mutate((f) => (f.formatVersion = 2)), reason: /newer version of the app \(format 2\)/ },
  {
    name: 'foreign worksheet',
    text: mutate((f) => (f.templateId = 'sop-three-questions')),
    reason: /made for another worksheet \(“sop-three-questions”\)/,
  },
  { name: 'no worksheet id', text: mutate((f) => delete f.templateId), reason: /made for another worksheet/ },
  { name: 'newer worksheet', text: mutate((f) => (f.templateVersion = TEMPLATE.version + 1)), reason: /newer version of the worksheet/ },
  { name: 'worksheet version missing', text: mutate((f) => delete f.templateVersion), reason: /worksheet version is missing/ },
  { name: 'worksheet version 0', text: mutate((f) => (f.templateVersion = 0)), reason: /worksheet version is missing/ },
  // Identity and metadata.
  { name: 'no contribution id', text: mutate((f) => delete f.contributionId), reason: /contribution id is missing or is not text/ },
  {
    name: 'numeric contribution id',
    text: mutate((f) => (f.contributionId = 12345678)),
    reason: /contribution id is missing or is not text/,
  },
  { name: 'short contribution id', text: mutate((f) => (f.contributionId = 'abc')), reason: /contribution id is not a valid id/ },
  {
    name: 'contribution id with slashes',
    text: mutate((f) => (f.contributionId = '../../etc/passwd')),
    reason: /contribution id is not a valid id/,
  },
  {
    name: 'contribution id too long',
    text: mutate((f) => (f.contributionId = 'a'.repeat(101))),
    reason: /contribution id is longer than 100/,
  },
  { name: 'no sharing date', text: mutate((f) => delete f.sharedAt), reason: /sharing date is missing/ },
  { name: 'sharing date not a date', text: mutate((f) => (f.sharedAt = 'last Tuesday')), reason: /sharing date is not a date/ },
  { name: 'name as a number', text: mutate((f) => (f.name = 7)), reason: /name is missing or is not text/ },
  { name: 'name too long', text: mutate((f) => (f.name = 'n'.repeat(201))), reason: /name is longer than 200/ },
  { name: 'app as a list', text: mutate((f) => (f.app = [])), reason: /app name is missing or is not text/ },
  // Which exercises.
  { name: 'no exercise list', text: mutate((f) => delete f.exercises), reason: /list of shared exercises is missing/ },
  { name: 'exercises as text', text: mutate((f) => (f.exercises = 'levels')), reason: /list of shared exercises is missing/ },
  {
    name: 'an unknown exercise',
    text: mutate((f) => f.exercises.push('secret-notes')),
    reason: /exercise this worksheet does not have \(“secret-notes”\)/,
  },
  {
    name: 'the cover as an exercise',
    text: mutate((f) => f.exercises.push('cover')),
    reason: /exercise this worksheet does not have \(“cover”\)/,
  },
  { name: 'an exercise twice', text: mutate((f) => f.exercises.push('levels')), reason: /lists the exercise “levels” twice/ },
  { name: 'an exercise id as a number', text: mutate((f) => (f.exercises[0] = 3)), reason: /a shared exercise is missing or is not text/ },
  {
    name: 'too many exercises',
    text: mutate((f) => (f.exercises = Array.from({ length: shareableExercises(TEMPLATE).length + 1 }, (_, i) => `e${i}`))),
    reason: /has more than \d+ entries/,
  },
  // Answers.
  { name: 'no answers', text: mutate((f) => delete f.answers), reason: /its answers is missing/ },
  { name: 'answers as a list', text: mutate((f) => (f.answers = [])), reason: /its answers is missing/ },
  {
    name: 'text answers as a list',
    text: mutate((f) => (f.answers.text = [])),
    reason: /text answers is missing or is not a set of fields/,
  },
  {
    name: 'the participant name as an answer',
    text: mutate((f) => (f.answers.text['cover.name'] = 'Ana')),
    reason: /answer to “cover.name”, which is not a shared question/,
  },
  {
    name: 'an unticked reflection',
    text: mutate((f) => (f.answers.text['roles.family'] = 'Private')),
    reason: /answer to “roles.family”, which is not a shared question/,
  },
  {
    name: 'an answer of an unticked exercise',
    text: mutate((f) => {
      f.exercises = f.exercises.filter((e: string) => e !== 'benefits');
    }),
    reason: /answer to “benefits.families”, which is not a shared question/,
  },
  { name: 'a list under text answers', text: mutate((f) => (f.answers.text.improvements = 'SOP')), reason: /answer to “improvements”/ },
  {
    name: 'a text answer as a number',
    text: mutate((f) => (f.answers.text['benefits.families'] = 5)),
    reason: /answer to “benefits.families” is missing or is not text/,
  },
  {
    name: 'a text answer too long',
    text: mutate((f) => (f.answers.text['benefits.families'] = 'x'.repeat(20_001))),
    reason: /longer than 20,000 characters/,
  },
  {
    name: 'blanks not a list',
    text: mutate((f) => (f.answers.blanks.levels = 'Family System')),
    reason: /recall answers to “levels” is missing or is not a list/,
  },
  { name: 'too few blanks', text: mutate((f) => f.answers.blanks.levels.pop()), reason: /should be 2 blanks, not 1/ },
  { name: 'too many blanks', text: mutate((f) => f.answers.blanks.elements.push('Voice')), reason: /has more than 5 entries/ },
  {
    name: 'a blank as a number',
    text: mutate((f) => (f.answers.blanks.levels[0] = 1)),
    reason: /a blank of “levels” is missing or is not text/,
  },
  {
    name: 'a blank too long',
    text: mutate((f) => (f.answers.blanks.levels[0] = 'x'.repeat(1001))),
    reason: /a blank of “levels” is longer than 1,000/,
  },
  { name: 'blanks for a list prompt', text: mutate((f) => (f.answers.blanks.improvements = ['a'])), reason: /answer to “improvements”/ },
  {
    name: 'a list as text',
    text: mutate((f) => (f.answers.lists.improvements = 'SOP')),
    reason: /list “improvements” is missing or is not a list/,
  },
  {
    name: 'a list item as an object',
    text: mutate((f) => (f.answers.lists.improvements[0] = { id: 'x', text: 'SOP' })),
    reason: /an item of “improvements” is missing or is not text/,
  },
  {
    name: 'a list too long',
    text: mutate((f) => (f.answers.lists.improvements = Array.from({ length: 201 }, () => 'x'))),
    reason: /list “improvements” has more than 200 entries/,
  },
  {
    name: 'crosswalks as an object',
    text: mutate((f) => (f.answers.crosswalks.crosswalk = {})),
    reason: /crosswalks of “crosswalk” is missing or is not a list/,
  },
  {
    name: 'too many crosswalks',
    text: mutate((f) => (f.answers.crosswalks.crosswalk = Array.from({ length: 4 }, () => ({ initiative: 'x', cells: {} })))),
    reason: /has more than 3 entries/,
  },
  {
    name: 'a crosswalk without cells',
    text: mutate((f) => delete f.answers.crosswalks.crosswalk[0].cells),
    reason: /practice elements is missing/,
  },
  {
    name: 'a crosswalk with an unknown element',
    text: mutate((f) => (f.answers.crosswalks.crosswalk[0].cells.courage = 'x')),
    reason: /practice element this worksheet does not have \(“courage”\)/,
  },
  {
    name: 'a crosswalk initiative as a number',
    text: mutate((f) => (f.answers.crosswalks.crosswalk[0].initiative = 3)),
    reason: /crosswalk initiative is missing or is not text/,
  },
  {
    name: 'a crosswalk cell as a list',
    text: mutate((f) => (f.answers.crosswalks.crosswalk[0].cells.engagement = ['x'])),
    reason: /crosswalk's “engagement” is missing or is not text/,
  },
  { name: 'a crosswalk under lists', text: mutate((f) => (f.answers.lists.crosswalk = ['x'])), reason: /answer to “crosswalk”/ },
  {
    name: 'added answers for another exercise',
    text: mutate((f) => (f.answers.more['roles.more'] = [])),
    reason: /answer to “roles.more”/,
  },
  {
    name: 'an added answer without text',
    text: mutate((f) => delete f.answers.more['messages.more'][0].text),
    reason: /an added answer is missing or is not text/,
  },
  {
    name: 'an added answer without a name',
    text: mutate((f) => delete f.answers.more['messages.more'][0].name),
    reason: /an added answer’s name is missing/,
  },
];

describe('contribution validator: a corpus of bad files', () => {
  it('has a case for every way a file can be wrong that we know of', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases)('refuses $name with a one-line reason', ({ text, byteLength, reason }) => {
    let error: unknown;
    try {
      readContribution(TEMPLATE, text, byteLength);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContributionError);
    const message = (error as ContributionError).message;
    expect(message).toMatch(reason);
    expect(message).not.toMatch(/\n/);
    expect(message).toMatch(/\.$/);
    expect(message.length).toBeLessThan(200);
  });
});

describe('a valid contribution', () => {
  it('reads back as exactly what was shared', () => {
    expect(readContribution(TEMPLATE, VALID_TEXT)).toEqual(VALID);
    expect(VALID.name).toBe('Bảo Nguyễn');
  });

  it('keeps nothing the format does not name', () => {
    const read = readContribution(
      TEMPLATE,
      mutate((f) => {
        f.answers.crosswalks.crosswalk[0].id = 'c1';
        f.tracking = 'x';
        f.answers.extra = { a: 1 };
      }),
    );
    expect(JSON.stringify(read)).not.toMatch(/tracking|extra|"c1"/);
  });
});

describe('taking in many files at once', () => {
  const second = JSON.stringify({ ...VALID, contributionId: 'f3b1c2d4-0000-4000-8000-000000000002' });

  it('adds the good ones and skips bad, duplicate and foreign ones, each with its reason', () => {
    const files = [
      { name: 'ana.json', text: VALID_TEXT },
      { name: 'broken.json', text: '{"format":' },
      { name: 'ana-again.json', text: VALID_TEXT },
      { name: 'other.json', text: mutate((f) => (f.templateId = 'other-worksheet')) },
      { name: 'bao.json', text: second },
    ].map((f) => ({ ...f, size: f.text.length }));
    const intake = takeIn(TEMPLATE, [], files);
    expect(intake.added.map((c) => c.contributionId)).toEqual([VALID.contributionId, 'f3b1c2d4-0000-4000-8000-000000000002']);
    expect(intake.skipped.map(skippedLine)).toEqual([
      'broken.json was skipped because it is not readable JSON (it may be damaged or cut short).',
      'ana-again.json was skipped because it was already added (the same contribution, perhaps sent twice).',
      'other.json was skipped because it was made for another worksheet (“other-worksheet”), not “The CPM: An Intervention on Two Levels”.',
    ]);
  });

  it('skips a file already in the session', () => {
    const intake = takeIn(TEMPLATE, [VALID], [{ name: 'ana.json', text: VALID_TEXT, size: VALID_TEXT.length }]);
    expect(intake.added).toEqual([]);
    expect(intake.skipped[0]?.reason).toMatch(/already added/);
  });
});
