import { afterAll, describe, expect, it } from 'vitest';
import { BackupError, backupFile, MAX_FILE_BYTES, readBackup, worksheetFile, type BackupContents } from '../../src/backup/format';
import { newSession, projectorView, reduce, roomExercises, type FacilitationSession } from '../../src/facilitate/session';
import { restoreContents } from '../../src/store/backup';
import { db, type WorksheetRecord } from '../../src/store/db';
import { listSessions, putSession } from '../../src/store/sessions';
import { listWorksheets, putWorksheet } from '../../src/store/worksheets';
import { emptyAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';
import { LIMITS } from '../../src/worksheet/limits';
import { useFreshIndexedDb } from '../indexeddb';

/*
 * A corpus of malformed and mutated backup files, generated from one valid backup and one valid
 * single-worksheet file. Every one must be refused with a BackupError whose message is plain
 * words, and restoring it the way the UI does must leave the store exactly as it was.
 */

/* ---------- The valid files everything is derived from ---------- */

const T0 = Date.UTC(2024, 4, 6, 9, 0);

function filledWorksheet(id: string, n: number): WorksheetRecord {
  const now = T0 + n * 3_600_000;
  const answers = emptyAnswers(TEMPLATE, new Date(now));
  answers.text['cover.name'] = n === 1 ? 'Ana Ruiz' : 'Bảo Nguyễn';
  answers.text['cover.role'] = 'Supervisor';
  answers.text['cover.session'] = `Cohort ${n}`;
  answers.text['benefits.families'] = 'Families are heard.\nSecond line with “quotes” and émoji 🎉.';
  answers.text['messages.team'] = 'Lead with **engagement**.';
  answers.blanks.levels = ['Family', 'System'];
  answers.blanks.elements = ['Engagement', 'Inquiry', 'Teaming', 'Advocacy', 'Accountability'];
  answers.lists.improvements = [
    { id: `imp-${n}-1`, text: 'Safety Organized Practice' },
    { id: `imp-${n}-2`, text: 'Integrated Core Practice Model' },
    { id: `imp-${n}-3`, text: '' },
  ];
  answers.lists['org-factors'] = Array.from({ length: 6 }, (_, i) => ({ id: `of-${n}-${i + 1}`, text: i < 3 ? `Factor ${i + 1}` : '' }));
  answers.crosswalks.crosswalk = [
    {
      id: `cw-${n}-1`,
      initiative: 'Safety Organized Practice',
      cells: {
        engagement: 'Solution-focused questions',
        inquiry: 'Three questions',
        teaming: 'Family meetings',
        advocacy: '',
        accountability: 'Harm statements',
      },
    },
    {
      id: `cw-${n}-2`,
      initiative: 'ICPM',
      cells: { engagement: 'Shared plan', inquiry: '', teaming: 'CFT', advocacy: '', accountability: '' },
    },
  ];
  answers.more['messages.more'] = [
    { id: `more-${n}-1`, name: 'Caregivers', text: 'You are part of the team.' },
    { id: `more-${n}-2`, name: 'Judges', text: 'Plans come from families.' },
  ];
  return {
    id,
    templateId: TEMPLATE.id,
    templateVersion: TEMPLATE.version,
    createdAt: now,
    updatedAt: now + 60_000,
    answers,
    archived: [{ promptId: 'old.question', text: `An answer to a prompt the template no longer has (${n})` }],
  };
}

function sessionWithBoard(): FacilitationSession {
  const exercises = roomExercises(TEMPLATE).map((e) => e.id);
  let s: FacilitationSession = { ...newSession(TEMPLATE, 'Monday cohort', '2024-05-06', T0), id: 'session-1' };
  let t = T0;
  s = reduce(TEMPLATE, s, { type: 'goto', index: exercises.indexOf('elements') }, ++t);
  s = reduce(TEMPLATE, s, { type: 'addIdea', text: 'Engagement', id: 'idea-1' }, ++t);
  s = reduce(TEMPLATE, s, { type: 'addIdea', text: 'Teaming', id: 'idea-2' }, ++t);
  s = reduce(TEMPLATE, s, { type: 'toggleIdea', id: 'idea-2' }, ++t);
  s = reduce(TEMPLATE, s, { type: 'toggleReveal' }, ++t);
  s = reduce(TEMPLATE, s, { type: 'goto', index: exercises.indexOf('crosswalk') }, ++t);
  s = reduce(TEMPLATE, s, { type: 'addIdea', text: 'Family meetings', column: 'teaming', id: 'idea-3' }, ++t);
  s = reduce(TEMPLATE, s, { type: 'timerStart' }, ++t);
  return s;
}

const WORKSHEETS = [filledWorksheet('ws-1', 1), filledWorksheet('ws-2', 2)];
const SESSION = sessionWithBoard();
const EXPORTED = new Date(Date.UTC(2024, 4, 7, 12, 0));
const VALID_BACKUP = JSON.stringify(backupFile(WORKSHEETS, [SESSION], EXPORTED));
const VALID_WORKSHEET = JSON.stringify(worksheetFile(WORKSHEETS[0]!, EXPORTED));
/** The backup has non-ASCII text, so its UTF-8 size is more than its length. */

/** Parsed copies of the valid files, to mutate. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const backupObject = (): Json => JSON.parse(VALID_BACKUP);
const worksheetObject = (): Json => JSON.parse(VALID_WORKSHEET);

/* ---------- Expected messages ---------- */

const NOT_JSON = /^This file is not a CPM Workshop backup: it is not readable JSON \(it may be damaged or cut short\)\.$/;
const NOT_BACKUP = /^This file is not a CPM Workshop backup\.$/;
const NO_VERSION = /^This backup has no valid format version, so it cannot be read\.$/;
const newer = (n: number) => new RegExp(`^This backup was made by a newer version \\(format ${n}\\); update the app, then restore it\\.$`);
const TOO_BIG = new RegExp(
  `^This file is \\d+\\.\\d MB\\. A CPM Workshop backup is never larger than ${Math.round(MAX_FILE_BYTES / 1048576)} MB, so it was not read\\.$`,
);
const forbidden = (key: string) =>
  new RegExp(
    `^This file contains a field named “${key.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')}”, which a CPM Workshop backup never has\\. Nothing was restored\\.$`,
  );
const duplicate = (noun: string, id: string) =>
  new RegExp(`^This backup lists the same ${noun} twice \\(id ${id}\\), so it cannot be restored safely\\.$`);

/** “This backup is damaged: <where> <what>. Nothing was restored.” */
const damaged = (what: string) => new RegExp(`^This backup is damaged: .+ ${what}\\. Nothing was restored\\.$`);
const NOT_TEXT = damaged('is not text');
const NOT_NUMBER = damaged('is not a number');
const NOT_WHOLE = damaged('is not a whole number');
const NOT_BOOLEAN = damaged('is not true or false');
const NOT_FIELDS = damaged('is missing or is not a set of fields');
const NOT_LIST = damaged('is missing or is not a list');
const EMPTY = damaged('is empty');
const BAD_ID = damaged('is not a valid id');
const tooMany = (n: number) => damaged(`has more than ${n.toLocaleString('en-US')} entries`);
const LONG_KEY = damaged('has a field name longer than 200 characters');
const lessThan = (n: number) => damaged(`is less than ${n}`);
const longer = (n: string) => damaged(`is longer than ${n} characters`);

/* ---------- Building the corpus ---------- */

interface Case {
  name: string;
  category: string;
  text: string;
  byteLength?: number;
  expected: RegExp;
  /** Text the message must contain: where in the file the problem is, or the key named. */
  mentions?: string;
  /** Run the full restore flow against a store for this case. */
  storeCheck?: boolean;
}

const cases: Case[] = [];
const add = (c: Case) => cases.push(c);

const REMOVE = Symbol('remove');
type Path = Array<string | number>;

function setAt(root: Json, path: Path, value: unknown): Json {
  let node = root;
  for (const step of path.slice(0, -1)) node = node[step];
  const last = path[path.length - 1]!;
  if (value === REMOVE) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return root;
}

function getAt(root: Json, path: Path): Json {
  return path.reduce((node: Json, step) => node[step], root);
}

/** Mutations by the kind of value a field holds; each comes with the message it must produce. */
type Kind =
  | 'string'
  | 'id'
  | 'number'
  | 'integer'
  | 'integer1'
  | 'boolean'
  | 'optBoolean'
  | 'object'
  | 'list'
  | 'optList'
  | 'optMap'
  | 'optNumber'
  | 'optString';
type Mutation = [label: string, value: unknown, expected: RegExp];

const ANY_TEXT: Mutation[] = [
  ['removed', REMOVE, NOT_TEXT],
  ['null', null, NOT_TEXT],
  ['a number', 42, NOT_TEXT],
  ['a boolean', true, NOT_TEXT],
  ['an object', { text: 'x' }, NOT_TEXT],
  ['a list', ['x'], NOT_TEXT],
];
const MUTATIONS: Record<Kind, Mutation[]> = {
  string: ANY_TEXT,
  optString: ANY_TEXT.filter(([label]) => label !== 'removed'),
  id: [
    ...ANY_TEXT,
    ['an empty id', '', EMPTY],
    ['an id of spaces', '   ', EMPTY],
    ['an id with a space', 'ws 1', BAD_ID],
    ['an id with a slash', 'ws/1', BAD_ID],
    ['an id with a path', '../../etc/passwd', BAD_ID],
    ['an id of 101 characters', 'a'.repeat(101), longer('100')],
  ],
  number: [
    ['removed', REMOVE, NOT_NUMBER],
    ['null', null, NOT_NUMBER],
    ['a numeric string', '1714986000000', NOT_NUMBER],
    ['a boolean', false, NOT_NUMBER],
    ['an object', {}, NOT_NUMBER],
    ['a list', [1], NOT_NUMBER],
    ['negative', -1, lessThan(0)],
  ],
  optNumber: [
    ['null', null, NOT_NUMBER],
    ['a numeric string', '1714986000000', NOT_NUMBER],
    ['a boolean', true, NOT_NUMBER],
    ['negative', -5, lessThan(0)],
  ],
  integer: [
    ['removed', REMOVE, NOT_NUMBER],
    ['null', null, NOT_NUMBER],
    ['a numeric string', '1', NOT_NUMBER],
    ['a boolean', true, NOT_NUMBER],
    ['a fraction', 1.5, NOT_WHOLE],
    ['negative', -1, lessThan(0)],
  ],
  integer1: [
    ['removed', REMOVE, NOT_NUMBER],
    ['null', null, NOT_NUMBER],
    ['a numeric string', '1', NOT_NUMBER],
    ['a list', [1], NOT_NUMBER],
    ['a fraction', 1.5, NOT_WHOLE],
    ['zero', 0, lessThan(1)],
  ],
  boolean: [
    ['removed', REMOVE, NOT_BOOLEAN],
    ['null', null, NOT_BOOLEAN],
    ['a string', 'true', NOT_BOOLEAN],
    ['a number', 1, NOT_BOOLEAN],
    ['zero', 0, NOT_BOOLEAN],
    ['an object', {}, NOT_BOOLEAN],
  ],
  optBoolean: [
    ['null', null, NOT_BOOLEAN],
    ['a string', 'false', NOT_BOOLEAN],
    ['a number', 0, NOT_BOOLEAN],
    ['a list', [true], NOT_BOOLEAN],
  ],
  object: [
    ['removed', REMOVE, NOT_FIELDS],
    ['null', null, NOT_FIELDS],
    ['a list', [], NOT_FIELDS],
    ['a string', 'x', NOT_FIELDS],
    ['a number', 7, NOT_FIELDS],
    ['a boolean', true, NOT_FIELDS],
  ],
  optMap: [
    ['a list', [], NOT_FIELDS],
    ['a string', 'x', NOT_FIELDS],
    ['a number', 7, NOT_FIELDS],
    ['a boolean', false, NOT_FIELDS],
  ],
  list: [
    ['removed', REMOVE, NOT_LIST],
    ['null', null, NOT_LIST],
    ['an object', {}, NOT_LIST],
    ['a string', 'x', NOT_LIST],
    ['a number', 3, NOT_LIST],
    ['a boolean', true, NOT_LIST],
  ],
  optList: [
    ['null', null, NOT_LIST],
    ['an object', {}, NOT_LIST],
    ['a string', 'x', NOT_LIST],
    ['a number', 3, NOT_LIST],
  ],
};

interface Field {
  path: Path;
  kind: Kind;
  /** Where the message must say the problem is, for the first worksheet of a backup. */
  where: string;
}

const W = 'Worksheet 1';
const WORKSHEET_FIELDS: Field[] = [
  { path: [], kind: 'object', where: W },
  { path: ['id'], kind: 'id', where: `${W}: id` },
  { path: ['templateId'], kind: 'string', where: `${W}: template` },
  { path: ['templateVersion'], kind: 'integer1', where: `${W}: template version` },
  { path: ['createdAt'], kind: 'number', where: `${W}: creation time` },
  { path: ['updatedAt'], kind: 'number', where: `${W}: last change time` },
  // The message for missing answers names only the worksheet: see the separate test below.
  { path: ['answers'], kind: 'object', where: W },
  { path: ['archived'], kind: 'optList', where: `${W}: archived answers` },
  { path: ['archived', 0], kind: 'object', where: `Item 1 of ${W}: archived answers` },
  { path: ['archived', 0, 'promptId'], kind: 'string', where: `Item 1 of ${W}: archived answers prompt` },
  { path: ['archived', 0, 'text'], kind: 'string', where: `Item 1 of ${W}: archived answers text` },
  { path: ['answers', 'text'], kind: 'object', where: `${W}: text answers` },
  { path: ['answers', 'text', 'cover.name'], kind: 'optString', where: `${W}: text answers “cover.name”` },
  { path: ['answers', 'text', 'benefits.families'], kind: 'optString', where: `${W}: text answers “benefits.families”` },
  { path: ['answers', 'blanks'], kind: 'object', where: `${W}: recall answers` },
  { path: ['answers', 'blanks', 'levels'], kind: 'optList', where: `${W}: recall answers “levels”` },
  { path: ['answers', 'blanks', 'elements', 2], kind: 'string', where: `Blank 3 of ${W}: recall answers “elements”` },
  { path: ['answers', 'lists'], kind: 'object', where: `${W}: lists` },
  { path: ['answers', 'lists', 'org-factors'], kind: 'optList', where: `${W}: lists “org-factors”` },
  { path: ['answers', 'lists', 'org-factors', 0], kind: 'object', where: `Item 1 of ${W}: lists “org-factors”` },
  { path: ['answers', 'lists', 'org-factors', 0, 'id'], kind: 'id', where: `Item 1 of ${W}: lists “org-factors” id` },
  { path: ['answers', 'lists', 'improvements', 1, 'text'], kind: 'string', where: `Item 2 of ${W}: lists “improvements” text` },
  { path: ['answers', 'crosswalks'], kind: 'object', where: `${W}: crosswalks` },
  { path: ['answers', 'crosswalks', 'crosswalk'], kind: 'optList', where: `${W}: crosswalks “crosswalk”` },
  { path: ['answers', 'crosswalks', 'crosswalk', 1], kind: 'object', where: `Crosswalk 2 of ${W}: crosswalks “crosswalk”` },
  { path: ['answers', 'crosswalks', 'crosswalk', 0, 'id'], kind: 'id', where: `Crosswalk 1 of ${W}: crosswalks “crosswalk” id` },
  {
    path: ['answers', 'crosswalks', 'crosswalk', 0, 'initiative'],
    kind: 'string',
    where: `Crosswalk 1 of ${W}: crosswalks “crosswalk” initiative`,
  },
  { path: ['answers', 'crosswalks', 'crosswalk', 0, 'cells'], kind: 'object', where: `Crosswalk 1 of ${W}: crosswalks “crosswalk” cells` },
  {
    path: ['answers', 'crosswalks', 'crosswalk', 0, 'cells', 'teaming'],
    kind: 'optString',
    where: `Crosswalk 1 of ${W}: crosswalks “crosswalk” cells “teaming”`,
  },
  { path: ['answers', 'more'], kind: 'optMap', where: `${W}: added answers` },
  { path: ['answers', 'more', 'messages.more'], kind: 'optList', where: `${W}: added answers “messages.more”` },
  { path: ['answers', 'more', 'messages.more', 1], kind: 'object', where: `Entry 2 of ${W}: added answers “messages.more”` },
  { path: ['answers', 'more', 'messages.more', 0, 'id'], kind: 'id', where: `Entry 1 of ${W}: added answers “messages.more” id` },
  { path: ['answers', 'more', 'messages.more', 0, 'name'], kind: 'string', where: `Entry 1 of ${W}: added answers “messages.more” name` },
  { path: ['answers', 'more', 'messages.more', 0, 'text'], kind: 'string', where: `Entry 1 of ${W}: added answers “messages.more” text` },
];

const S = 'Session 1';
const SESSION_FIELDS: Field[] = [
  { path: [], kind: 'object', where: S },
  { path: ['id'], kind: 'id', where: `${S}: id` },
  { path: ['name'], kind: 'string', where: `${S}: name` },
  { path: ['date'], kind: 'string', where: `${S}: date` },
  { path: ['createdAt'], kind: 'number', where: `${S}: creation time` },
  { path: ['updatedAt'], kind: 'number', where: `${S}: last change time` },
  { path: ['templateId'], kind: 'string', where: `${S}: template` },
  { path: ['templateVersion'], kind: 'integer1', where: `${S}: template version` },
  { path: ['rev'], kind: 'integer', where: `${S}: revision` },
  { path: ['current'], kind: 'integer', where: `${S}: current exercise` },
  { path: ['revealed'], kind: 'object', where: `${S}: revealed answers` },
  { path: ['revealed', 'elements'], kind: 'optBoolean', where: `${S}: revealed answers “elements”` },
  { path: ['blank'], kind: 'boolean', where: `${S}: blank screen` },
  { path: ['holdNewIdeas'], kind: 'boolean', where: `${S}: hold new ideas` },
  { path: ['timer'], kind: 'object', where: `${S}: timer` },
  { path: ['timer', 'durationMs'], kind: 'number', where: `${S}: timer length` },
  { path: ['timer', 'remainingMs'], kind: 'number', where: `${S}: time left` },
  { path: ['timer', 'startedAt'], kind: 'optNumber', where: `${S}: timer start` },
  { path: ['boards'], kind: 'object', where: `${S}: room board` },
  { path: ['boards', 'elements'], kind: 'optList', where: `${S}: room board “elements”` },
  { path: ['boards', 'elements', 1], kind: 'object', where: `Idea 2 of ${S}: room board “elements”` },
  { path: ['boards', 'elements', 0, 'id'], kind: 'id', where: `Idea 1 of ${S}: room board “elements” id` },
  { path: ['boards', 'elements', 0, 'text'], kind: 'string', where: `Idea 1 of ${S}: room board “elements” text` },
  { path: ['boards', 'elements', 1, 'hidden'], kind: 'boolean', where: `Idea 2 of ${S}: room board “elements” hidden` },
  { path: ['boards', 'crosswalk', 0, 'column'], kind: 'optString', where: `Idea 1 of ${S}: room board “crosswalk” column` },
];

/** Removing a whole entry from a list leaves a valid, shorter list: not a malformed file. */
const removable = (path: Path, label: string) => !(label === 'removed' && (path.length === 0 || typeof path[path.length - 1] === 'number'));

// 1. Truncated JSON, cut at many points.
for (const [label, text, cuts] of [
  ['backup', VALID_BACKUP, 40],
  ['worksheet file', VALID_WORKSHEET, 12],
  ['pretty-printed backup', JSON.stringify(JSON.parse(VALID_BACKUP), null, 2), 8],
] as const) {
  const points = new Set<number>([1, 2, text.length - 1, text.length - 2]);
  for (let i = 1; points.size < cuts; i++) points.add(Math.floor((text.length * i) / (cuts + 1)));
  for (const at of [...points].sort((a, b) => a - b)) {
    add({
      name: `${label} cut short at ${at} of ${text.length} characters`,
      category: 'truncated',
      text: text.slice(0, at),
      expected: NOT_JSON,
    });
  }
}

// 2. Not JSON at all, or JSON that is not an object.
function garbage(seed: number, length: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(x & 0xff);
  }
  return out;
}
const PNG_HEADER = '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + garbage(7, 200);
const NON_JSON: Array<[string, string, RegExp]> = [
  ['binary garbage', garbage(1, 512), NOT_JSON],
  ['more binary garbage', garbage(99, 4096), NOT_JSON],
  ['a PNG image', PNG_HEADER, NOT_JSON],
  ['a zip archive', 'PK\x03\x04\x14\x00\x00\x00\x08\x00' + garbage(3, 300), NOT_JSON],
  ['NUL bytes', '\0\0\0\0', NOT_JSON],
  ['an empty string', '', NOT_JSON],
  ['only whitespace', ' \n\t ', NOT_JSON],
  ['a CSV', 'id,title,participant\nws-1,Cohort 1,Ana Ruiz\nws-2,Cohort 2,Bao\n', NOT_JSON],
  ['an HTML page', '<!doctype html><html><head><title>CPM Workshop</title></head><body><p>Backup</p></body></html>', NOT_JSON],
  ['an XML document', '<?xml version="1.0"?><backup format="cpm-workshop-backup"/>', NOT_JSON],
  ['YAML', 'format: cpm-workshop-backup\nformatVersion: 1\nworksheets: []\n', NOT_JSON],
  ['JSON with comments', '// backup\n' + VALID_BACKUP, NOT_JSON],
  ['JSON with a trailing comma', VALID_BACKUP.slice(0, -1) + ',}', NOT_JSON],
  ['single-quoted JSON', "{'format':'cpm-workshop-backup','formatVersion':1}", NOT_JSON],
  ['two backups concatenated', VALID_BACKUP + VALID_BACKUP, NOT_JSON],
  ['NaN', 'NaN', NOT_JSON],
  ['undefined', 'undefined', NOT_JSON],
  ['the text null', 'null', NOT_BACKUP],
  ['an empty list', '[]', NOT_BACKUP],
  ['a list holding the backup', `[${VALID_BACKUP}]`, NOT_BACKUP],
  ['a number', '42', NOT_BACKUP],
  ['true', 'true', NOT_BACKUP],
  ['a JSON string', '"cpm-workshop-backup"', NOT_BACKUP],
  ['a JSON string holding the backup', JSON.stringify(VALID_BACKUP), NOT_BACKUP],
  ['an empty object', '{}', NOT_BACKUP],
];
for (const [label, text, expected] of NON_JSON) add({ name: `not a backup: ${label}`, category: 'not json', text, expected });
{
  // Nesting deep enough to exhaust the stack while the file is walked.
  const depth = 200_000;
  add({
    name: 'not a backup: nested 200,000 lists deep',
    category: 'not json',
    text: `{"format":"cpm-workshop-backup","formatVersion":1,"worksheets":[],"x":${'['.repeat(depth)}${']'.repeat(depth)}}`,
    expected: NOT_JSON,
  });
}

// 3. Wrong or missing format name.
for (const [label, value] of [
  ['missing', REMOVE],
  ['null', null],
  ['empty', ''],
  ['another app', 'other-app-backup'],
  ['upper case', 'CPM-WORKSHOP-BACKUP'],
  ['with a trailing space', 'cpm-workshop-backup '],
  ['plural', 'cpm-workshop-backups'],
  ['a number', 1],
  ['a list', ['cpm-workshop-backup']],
  ['an object', { name: 'cpm-workshop-backup' }],
] as Array<[string, unknown]>) {
  add({
    name: `backup format name ${label}`,
    category: 'format',
    text: JSON.stringify(setAt(backupObject(), ['format'], value)),
    expected: NOT_BACKUP,
  });
  add({
    name: `worksheet file format name ${label}`,
    category: 'format',
    text: JSON.stringify(setAt(worksheetObject(), ['format'], value)),
    expected: NOT_BACKUP,
  });
}
add({
  name: 'a worksheet file labelled as a backup',
  category: 'format',
  text: JSON.stringify(setAt(worksheetObject(), ['format'], 'cpm-workshop-backup')),
  expected: NOT_LIST,
  mentions: 'The list of worksheets',
});
add({
  name: 'a backup labelled as a worksheet file',
  category: 'format',
  text: JSON.stringify(setAt(backupObject(), ['format'], 'cpm-workshop-worksheet')),
  expected: NOT_FIELDS,
  mentions: 'The worksheet',
});

// 4. Format versions.
for (const [label, value] of [
  ['missing', REMOVE],
  ['null', null],
  ['0', 0],
  ['-1', -1],
  ['1.5', 1.5],
  ['the string "1"', '1'],
  ['true', true],
  ['a list', [1]],
  ['an object', { major: 1 }],
] as Array<[string, unknown]>) {
  add({
    name: `backup formatVersion ${label}`,
    category: 'version',
    text: JSON.stringify(setAt(backupObject(), ['formatVersion'], value)),
    expected: NO_VERSION,
  });
  add({
    name: `worksheet file formatVersion ${label}`,
    category: 'version',
    text: JSON.stringify(setAt(worksheetObject(), ['formatVersion'], value)),
    expected: NO_VERSION,
  });
}
add({
  name: 'backup formatVersion 1e999 (infinite)',
  category: 'version',
  text: VALID_BACKUP.replace('"formatVersion":1', '"formatVersion":1e999'),
  expected: NO_VERSION,
});
for (const version of [2, 3, 99, 1000]) {
  add({
    name: `backup from the future, format ${version}`,
    category: 'future',
    text: JSON.stringify(setAt(backupObject(), ['formatVersion'], version)),
    expected: newer(version),
  });
  add({
    name: `worksheet file from the future, format ${version}`,
    category: 'future',
    text: JSON.stringify(setAt(worksheetObject(), ['formatVersion'], version)),
    expected: newer(version),
  });
}

// 5. Root fields of a backup.
for (const [label, value, expected] of MUTATIONS.list) {
  add({
    name: `worksheets list ${label}`,
    category: 'root',
    text: JSON.stringify(setAt(backupObject(), ['worksheets'], value)),
    expected,
    mentions: 'The list of worksheets',
  });
}
// A null sessions list is read as “no sessions” (see the valid files below), so it is not here.
for (const [label, value, expected] of MUTATIONS.optList.filter(([label]) => label !== 'null')) {
  add({
    name: `sessions list ${label}`,
    category: 'root',
    text: JSON.stringify(setAt(backupObject(), ['sessions'], value)),
    expected,
    mentions: 'The list of sessions',
  });
}
for (const [label, value, expected] of MUTATIONS.object) {
  if (label === 'removed') continue;
  add({
    name: `worksheet of a worksheet file ${label}`,
    category: 'root',
    text: JSON.stringify(setAt(worksheetObject(), ['worksheet'], value)),
    expected,
    mentions: 'The worksheet',
  });
}
add({
  name: 'worksheet of a worksheet file removed',
  category: 'root',
  text: JSON.stringify(setAt(worksheetObject(), ['worksheet'], REMOVE)),
  expected: NOT_FIELDS,
  mentions: 'The worksheet',
});

// 6. Every field of a worksheet record, in a backup (both worksheets) and in a worksheet file.
for (const field of WORKSHEET_FIELDS) {
  for (const [label, value, expected] of MUTATIONS[field.kind].filter(([label]) => removable(field.path, label))) {
    add({
      name: `worksheet 1 ${field.path.join('.') || '(whole record)'} ${label}`,
      category: 'worksheet field',
      text: JSON.stringify(setAt(backupObject(), ['worksheets', 0, ...field.path], value)),
      expected,
      mentions: field.where,
    });
  }
  // The second worksheet and the worksheet file, with the first two mutations of each kind.
  for (const [label, value, expected] of MUTATIONS[field.kind].filter(([label]) => removable(field.path, label)).slice(0, 2)) {
    add({
      name: `worksheet 2 ${field.path.join('.') || '(whole record)'} ${label}`,
      category: 'worksheet field',
      text: JSON.stringify(setAt(backupObject(), ['worksheets', 1, ...field.path], value)),
      expected,
      mentions: field.where.replace(W, 'Worksheet 2'),
    });
    add({
      name: `worksheet file ${field.path.join('.') || '(whole record)'} ${label}`,
      category: 'worksheet field',
      text: JSON.stringify(setAt(worksheetObject(), ['worksheet', ...field.path], value)),
      expected,
      mentions: field.where.replace(W, 'The worksheet'),
    });
  }
}

// 7. Every field of a session.
for (const field of SESSION_FIELDS) {
  for (const [label, value, expected] of MUTATIONS[field.kind].filter(([label]) => removable(field.path, label))) {
    add({
      name: `session ${field.path.join('.') || '(whole record)'} ${label}`,
      category: 'session field',
      text: JSON.stringify(setAt(backupObject(), ['sessions', 0, ...field.path], value)),
      expected,
      mentions: field.where,
    });
  }
}

// 8. Strings one character past their field's limit, and far past it.
const past = (max: number, char = 'x') => char.repeat(max + 1);
for (const [path, max, where] of [
  [['worksheets', 0, 'answers', 'text', 'benefits.families'], LIMITS.longText, `${W}: text answers “benefits.families”`],
  [['worksheets', 1, 'answers', 'text', 'cover.name'], LIMITS.longText, 'Worksheet 2: text answers “cover.name”'],
  [['worksheets', 0, 'answers', 'lists', 'org-factors', 5, 'text'], LIMITS.listItem, `Item 6 of ${W}: lists “org-factors” text`],
  [
    ['worksheets', 0, 'answers', 'crosswalks', 'crosswalk', 0, 'initiative'],
    LIMITS.shortText,
    `Crosswalk 1 of ${W}: crosswalks “crosswalk” initiative`,
  ],
  [
    ['worksheets', 0, 'answers', 'crosswalks', 'crosswalk', 1, 'cells', 'advocacy'],
    LIMITS.cell,
    `Crosswalk 2 of ${W}: crosswalks “crosswalk” cells “advocacy”`,
  ],
  [
    ['worksheets', 0, 'answers', 'more', 'messages.more', 0, 'name'],
    LIMITS.shortText,
    `Entry 1 of ${W}: added answers “messages.more” name`,
  ],
  [
    ['worksheets', 1, 'answers', 'more', 'messages.more', 1, 'text'],
    LIMITS.longText,
    'Entry 2 of Worksheet 2: added answers “messages.more” text',
  ],
  [['worksheets', 0, 'archived', 0, 'text'], 100_000, `Item 1 of ${W}: archived answers text`],
  [['sessions', 0, 'boards', 'elements', 0, 'text'], LIMITS.idea, `Idea 1 of ${S}: room board “elements” text`],
] as Array<[Path, number, string]>) {
  add({
    name: `a string of ${(max + 1).toLocaleString('en-US')} characters at ${path.join('.')}`,
    category: 'huge',
    text: JSON.stringify(setAt(backupObject(), path, past(max))),
    expected: longer(max.toLocaleString('en-US')),
    mentions: where,
  });
}
add({
  name: 'a long answer of non-ASCII characters one past the limit in a worksheet file',
  category: 'huge',
  text: JSON.stringify(setAt(worksheetObject(), ['worksheet', 'answers', 'text', 'roles.family'], past(LIMITS.longText, 'é'))),
  expected: longer(LIMITS.longText.toLocaleString('en-US')),
  mentions: 'The worksheet: text answers “roles.family”',
});
add({
  name: 'a string of 500,000 characters in a new text answer',
  category: 'huge',
  text: JSON.stringify(setAt(backupObject(), ['worksheets', 0, 'answers', 'text', 'old.prompt'], 'y'.repeat(500_000))),
  expected: longer(LIMITS.longText.toLocaleString('en-US')),
  mentions: `${W}: text answers “old.prompt”`,
});
// Fields with tighter limits.
for (const [path, value, expected, where] of [
  [['worksheets', 0, 'templateId'], 't'.repeat(101), longer('100'), `${W}: template`],
  [
    ['worksheets', 0, 'answers', 'blanks', 'levels', 0],
    past(LIMITS.blank),
    longer(String(LIMITS.blank)),
    `Blank 1 of ${W}: recall answers “levels”`,
  ],
  [['worksheets', 0, 'archived', 0, 'promptId'], 'p'.repeat(201), longer('200'), `Item 1 of ${W}: archived answers prompt`],
  [['sessions', 0, 'name'], past(LIMITS.sessionName), longer(String(LIMITS.sessionName)), `${S}: name`],
  [['sessions', 0, 'date'], '2024-05-06'.repeat(5), longer('40'), `${S}: date`],
  [['sessions', 0, 'templateId'], 't'.repeat(101), longer('100'), `${S}: template`],
  [['sessions', 0, 'boards', 'crosswalk', 0, 'column'], 'c'.repeat(101), longer('100'), `Idea 1 of ${S}: room board “crosswalk” column`],
  [['worksheets', 0, 'answers', 'text', 'k'.repeat(201)], 'x', LONG_KEY, `${W}: text answers`],
  [['sessions', 0, 'boards', 'b'.repeat(250)], [], LONG_KEY, `${S}: room board`],
] as Array<[Path, unknown, RegExp, string]>) {
  add({
    name: `over the limit at ${path.join('.').slice(0, 80)}`,
    category: 'long',
    text: JSON.stringify(setAt(backupObject(), path, value)),
    expected,
    mentions: where,
  });
}

// 9. Invalid ids in every place an id lives.
const BAD_IDS: Array<[string, string, RegExp]> = [
  ['with spaces', 'two words', BAD_ID],
  ['with a slash', 'a/b', BAD_ID],
  ['with a backslash', 'a\\b', BAD_ID],
  ['with a dot', 'ws.1', BAD_ID],
  ['with a newline', 'ws\n1', BAD_ID],
  ['with an accent', 'café', BAD_ID],
  ['empty', '', EMPTY],
  ['of 101 characters', 'i'.repeat(101), longer('100')],
];
for (const [path, where] of [
  [['worksheets', 1, 'id'], 'Worksheet 2: id'],
  [['sessions', 0, 'id'], `${S}: id`],
  [['worksheets', 0, 'answers', 'lists', 'improvements', 2, 'id'], `Item 3 of ${W}: lists “improvements” id`],
  [['worksheets', 1, 'answers', 'crosswalks', 'crosswalk', 1, 'id'], 'Crosswalk 2 of Worksheet 2: crosswalks “crosswalk” id'],
  [['worksheets', 0, 'answers', 'more', 'messages.more', 1, 'id'], `Entry 2 of ${W}: added answers “messages.more” id`],
  [['sessions', 0, 'boards', 'crosswalk', 0, 'id'], `Idea 1 of ${S}: room board “crosswalk” id`],
] as Array<[Path, string]>) {
  for (const [label, value, expected] of BAD_IDS) {
    add({
      name: `id ${label} at ${path.join('.')}`,
      category: 'id',
      text: JSON.stringify(setAt(backupObject(), path, value)),
      expected,
      mentions: where,
    });
  }
}
add({
  name: 'worksheet file whose worksheet id has a slash',
  category: 'id',
  text: JSON.stringify(setAt(worksheetObject(), ['worksheet', 'id'], '../other')),
  expected: BAD_ID,
  mentions: 'The worksheet: id',
});

// 10. Too many entries.
const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const manyKeys = <T>(n: number, make: (i: number) => T): Record<string, T> => Object.fromEntries(many(n, (i) => [`k${i}`, make(i)]));
for (const [path, make, max, where] of [
  [['worksheets'], () => ({}), LIMITS.worksheets, 'The list of worksheets'],
  [['sessions'], () => ({}), LIMITS.sessions, 'The list of sessions'],
  [
    ['worksheets', 0, 'answers', 'lists', 'org-factors'],
    (i: number) => ({ id: `f${i}`, text: '' }),
    LIMITS.listRows,
    `${W}: lists “org-factors”`,
  ],
  [['worksheets', 0, 'answers', 'blanks', 'elements'], () => '', 2000, `${W}: recall answers “elements”`],
  [
    ['worksheets', 0, 'answers', 'crosswalks', 'crosswalk'],
    (i: number) => ({ id: `c${i}`, initiative: '', cells: {} }),
    10,
    `${W}: crosswalks “crosswalk”`,
  ],
  [
    ['worksheets', 1, 'answers', 'more', 'messages.more'],
    (i: number) => ({ id: `m${i}`, name: '', text: '' }),
    LIMITS.moreEntries,
    'Worksheet 2: added answers “messages.more”',
  ],
  [['worksheets', 0, 'archived'], () => ({ promptId: 'old', text: 'x' }), 2000, `${W}: archived answers`],
  [
    ['sessions', 0, 'boards', 'elements'],
    (i: number) => ({ id: `i${i}`, text: 'idea', hidden: false }),
    LIMITS.ideasPerBoard,
    `${S}: room board “elements”`,
  ],
] as Array<[Path, (i: number) => unknown, number, string]>) {
  add({
    name: `${max + 1} entries at ${path.join('.')}`,
    category: 'too many',
    text: JSON.stringify(setAt(backupObject(), path, many(max + 1, make))),
    expected: tooMany(max),
    mentions: where,
  });
}
for (const [path, value, where] of [
  [['worksheets', 0, 'answers', 'text'], manyKeys(2001, () => ''), `${W}: text answers`],
  [
    ['worksheets', 0, 'answers', 'crosswalks', 'crosswalk', 0, 'cells'],
    manyKeys(2001, () => ''),
    `Crosswalk 1 of ${W}: crosswalks “crosswalk” cells`,
  ],
  [['sessions', 0, 'revealed'], manyKeys(2001, () => true), `${S}: revealed answers`],
  [['sessions', 0, 'boards'], manyKeys(2001, () => []), `${S}: room board`],
] as Array<[Path, unknown, string]>) {
  add({
    name: `2001 entries at ${path.join('.')}`,
    category: 'too many',
    text: JSON.stringify(setAt(backupObject(), path, value)),
    expected: tooMany(2000),
    mentions: where,
  });
}

// 11. The same worksheet or session twice.
{
  const file = backupObject();
  file.worksheets[1].id = 'ws-1';
  add({
    name: 'two worksheets with the same id',
    category: 'duplicate',
    text: JSON.stringify(file),
    expected: duplicate('worksheet', 'ws-1'),
  });
}
{
  const file = backupObject();
  file.worksheets.push(structuredClone(file.worksheets[1]));
  add({
    name: 'a worksheet listed twice after another',
    category: 'duplicate',
    text: JSON.stringify(file),
    expected: duplicate('worksheet', 'ws-2'),
  });
}
{
  const file = backupObject();
  file.sessions.push({ ...structuredClone(file.sessions[0]), name: 'Other' });
  add({
    name: 'two sessions with the same id',
    category: 'duplicate',
    text: JSON.stringify(file),
    expected: duplicate('session', 'session-1'),
  });
}

// 12. Prototype-pollution keys, written into the JSON text itself.
const MARK = 'zz-inject-here-zz';
function inject(base: Json, path: Path, key: string, payload: string): string {
  const text = JSON.stringify(setAt(base, [...path, MARK], 0));
  const injected = text.replace(`"${MARK}":0`, `"${key}":${payload}`);
  if (injected === text || !injected.includes(`"${key}":`)) throw new Error(`could not inject ${key}`);
  return injected;
}
const POLLUTION_PLACES: Array<[string, () => Json, Path]> = [
  ['at the root of a backup', backupObject, []],
  ['in a worksheet record', backupObject, ['worksheets', 0]],
  ['in answers', backupObject, ['worksheets', 0, 'answers']],
  ['in answers.text', backupObject, ['worksheets', 0, 'answers', 'text']],
  ['in a list item', backupObject, ['worksheets', 1, 'answers', 'lists', 'org-factors', 2]],
  ["in a crosswalk's cells", backupObject, ['worksheets', 0, 'answers', 'crosswalks', 'crosswalk', 0, 'cells']],
  ['in an added answer', backupObject, ['worksheets', 0, 'answers', 'more', 'messages.more', 0]],
  ['in an archived answer', backupObject, ['worksheets', 0, 'archived', 0]],
  ['in a session', backupObject, ['sessions', 0]],
  ['in a session timer', backupObject, ['sessions', 0, 'timer']],
  ['in a session board', backupObject, ['sessions', 0, 'boards']],
  ['in an idea on a session board', backupObject, ['sessions', 0, 'boards', 'elements', 0]],
  ['in revealed answers', backupObject, ['sessions', 0, 'revealed']],
  ['at the root of a worksheet file', worksheetObject, []],
  ['in the answers of a worksheet file', worksheetObject, ['worksheet', 'answers', 'text']],
];
for (const key of ['__proto__', 'constructor', 'prototype']) {
  for (const [where, base, path] of POLLUTION_PLACES) {
    add({
      name: `“${key}” ${where}`,
      category: 'pollution',
      text: inject(base(), path, key, '{"polluted":true}'),
      expected: forbidden(key),
      mentions: key,
      storeCheck: true,
    });
  }
}
add({
  name: '“__proto__” holding a text value in answers.text',
  category: 'pollution',
  text: inject(backupObject(), ['worksheets', 0, 'answers', 'text'], '__proto__', '"polluted"'),
  expected: forbidden('__proto__'),
  mentions: '__proto__',
  storeCheck: true,
});
add({
  name: '“__proto__” written with escapes (\\u005f\\u005fproto__)',
  category: 'pollution',
  text: inject(backupObject(), ['worksheets', 0, 'answers', 'text'], '\\u005f\\u005fproto__', '{"polluted":true}'),
  expected: forbidden('__proto__'),
  mentions: '__proto__',
  storeCheck: true,
});
add({
  name: 'the classic constructor.prototype payload in a board',
  category: 'pollution',
  text: inject(backupObject(), ['sessions', 0, 'boards'], 'constructor', '{"prototype":{"polluted":true}}'),
  // The innermost forbidden key is met first.
  expected: forbidden('prototype'),
  mentions: 'prototype',
  storeCheck: true,
});
add({
  name: '“__proto__” as the whole of a list item',
  category: 'pollution',
  text: JSON.stringify(setAt(backupObject(), ['worksheets', 0, 'answers', 'lists', 'org-factors', 0], MARK)).replace(
    `"${MARK}"`,
    '{"__proto__":{"polluted":true},"id":"x","text":"y"}',
  ),
  expected: forbidden('__proto__'),
  mentions: '__proto__',
  storeCheck: true,
});

// 13. Files larger than the largest backup the app can write.
{
  const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
  add({
    name: 'a valid backup said to be one byte over the limit',
    category: 'size',
    text: VALID_BACKUP,
    byteLength: MAX_FILE_BYTES + 1,
    expected: TOO_BIG,
    mentions: mb(MAX_FILE_BYTES + 1),
  });
  add({
    name: 'a valid backup said to be twice the limit',
    category: 'size',
    text: VALID_BACKUP,
    byteLength: 2 * MAX_FILE_BYTES,
    expected: TOO_BIG,
    mentions: mb(2 * MAX_FILE_BYTES),
  });
  add({ name: '11 MB of garbage', category: 'size', text: garbage(5, 1024).repeat(11 * 1024), expected: NOT_JSON });
}

/* ---------- The tests ---------- */

let tried = 0;

afterAll(() => {
  const byCategory = new Map<string, number>();
  for (const c of cases) byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + 1);
  const storeChecked = cases.filter((c, i) => i % 10 === 0 || c.storeCheck).length;
  console.log(
    `backup corpus: ${tried} malformed files tried (${cases.length} generated, ${storeChecked} also run through the restore flow)`,
  );
  console.log(`by category: ${[...byCategory].map(([k, n]) => `${k} ${n}`).join(', ')}`);
});

/** Everything in the store, as the library and the raw records show it. */
async function snapshot() {
  const database = await db();
  return {
    library: await listWorksheets(),
    worksheets: await database.getAll('worksheets'),
    sessions: await listSessions(),
  };
}

/** Two worksheets and a session already on the device, sharing ids with the file so a stray write would show. */
async function seedStore() {
  for (const [i, id] of ['ws-1', 'ws-2'].entries()) {
    const answers = emptyAnswers(TEMPLATE, new Date(T0));
    answers.text['cover.session'] = `Already here ${i + 1}`;
    answers.text['cover.name'] = 'Device owner';
    await putWorksheet({
      id,
      templateId: TEMPLATE.id,
      templateVersion: TEMPLATE.version,
      createdAt: T0 - 10_000 * (i + 1),
      updatedAt: T0 - 1000 * (i + 1),
      answers,
    });
  }
  await putSession({ ...newSession(TEMPLATE, 'Existing session', '2024-01-01', T0 - 5000), id: 'session-1' });
}

function expectPlainBackupError(error: unknown, c: Case) {
  expect(error, c.name).toBeInstanceOf(BackupError);
  const e = error as BackupError;
  expect(e.name).toBe('BackupError');
  expect(typeof e.message).toBe('string');
  expect(e.message).toMatch(c.expected);
  if (c.mentions) expect(e.message).toContain(c.mentions);
  expect(e.message).toMatch(/^This (file|backup) /);
  expect(e.message).not.toContain('undefined');
  expect(e.message).not.toContain('[object Object]');
  expect(e.message).not.toContain('NaN');
  expect(e.message).not.toMatch(/\n|^\s*at |\bat .+:\d+:\d+/m);
  expect(e.message).not.toMatch(/SyntaxError|TypeError|RangeError|Unexpected token|JSON\.parse|position \d+/);
  expect(e.message.length).toBeLessThan(300);
}

describe('the malformed corpus', () => {
  useFreshIndexedDb();

  it('has at least 200 malformed files with unique names and covers every category', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    const categories = new Set(cases.map((c) => c.category));
    for (const category of [
      'truncated',
      'not json',
      'format',
      'version',
      'future',
      'root',
      'worksheet field',
      'session field',
      'huge',
      'long',
      'id',
      'too many',
      'duplicate',
      'pollution',
      'size',
    ]) {
      expect(categories, category).toContain(category);
    }
    expect(cases.filter((c) => c.category === 'truncated').length).toBeGreaterThanOrEqual(40);
    // Every mutated file really differs from the valid ones.
    for (const c of cases) expect(c.byteLength !== undefined || (c.text !== VALID_BACKUP && c.text !== VALID_WORKSHEET), c.name).toBe(true);
  });

  it.each(cases.map((c, i) => ({ ...c, index: i })))('refuses $name', async (c) => {
    tried++;
    let error: unknown;
    let contents: BackupContents | undefined;
    try {
      contents = readBackup(c.text, c.byteLength);
    } catch (e) {
      error = e;
    }
    expect(contents, `${c.name} was accepted`).toBeUndefined();
    expectPlainBackupError(error, c);
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);

    if (c.index % 10 === 0 || c.storeCheck) {
      await seedStore();
      const before = await snapshot();
      expect(before.library).toHaveLength(2);
      expect(before.sessions).toHaveLength(1);
      // The UI's restore flow: read, and only if that worked, write with the most destructive choice.
      let flowError: unknown;
      try {
        const read = readBackup(c.text, c.byteLength);
        await restoreContents(read, 'replace');
      } catch (e) {
        flowError = e;
      }
      expect(flowError).toBeInstanceOf(BackupError);
      expect((flowError as Error).message).toBe((error as Error).message);
      const after = await snapshot();
      expect(after).toStrictEqual(before);
      expect(({} as Json).polluted).toBeUndefined();
    }
  });
});

describe('the store check notices a restore', () => {
  useFreshIndexedDb();

  it('restoring the valid backup over the seeded store does change it', async () => {
    await seedStore();
    const before = await snapshot();
    const result = await restoreContents(readBackup(VALID_BACKUP), 'replace');
    expect(result).toEqual({ added: 0, replaced: 3, copies: 0, skipped: 0 });
    const after = await snapshot();
    expect(after).not.toEqual(before);
    expect(after.library.map((w) => w.title).sort()).toEqual(['Cohort 1', 'Cohort 2']);
    expect(after.sessions.map((s) => s.name)).toEqual(['Monday cohort']);
  });
});

describe('valid files', () => {
  const expectedWorksheets = JSON.parse(JSON.stringify(WORKSHEETS)) as WorksheetRecord[];
  const expectedSession = JSON.parse(JSON.stringify(SESSION)) as FacilitationSession;

  it('the base records are what the corpus claims: lists, crosswalks, more entries, archived, a board', () => {
    const w = WORKSHEETS[0]!;
    expect(w.answers.lists['org-factors']).toHaveLength(6);
    expect(w.answers.crosswalks.crosswalk).toHaveLength(2);
    expect(w.answers.more['messages.more']).toHaveLength(2);
    expect(w.archived).toHaveLength(1);
    expect(SESSION.boards.elements?.map((i) => [i.id, i.text, i.hidden])).toEqual([
      ['idea-1', 'Engagement', false],
      ['idea-2', 'Teaming', true],
    ]);
    expect(SESSION.boards.crosswalk).toEqual([{ id: 'idea-3', text: 'Family meetings', column: 'teaming', hidden: false }]);
    expect(SESSION.revealed).toEqual({ elements: true });
    expect(SESSION.timer.startedAt).toBe(T0 + 8);
  });

  it('accepts the valid backup and hands back exactly its records', () => {
    const contents = readBackup(VALID_BACKUP);
    expect(contents.kind).toBe('backup');
    expect(contents.worksheets).toStrictEqual(expectedWorksheets);
    expect(contents.sessions).toStrictEqual([expectedSession]);
  });

  it('accepts the pretty-printed backup too', () => {
    const contents = readBackup(JSON.stringify(JSON.parse(VALID_BACKUP), null, 2));
    expect(contents.worksheets).toStrictEqual(expectedWorksheets);
    expect(contents.sessions).toStrictEqual([expectedSession]);
  });

  it('accepts the valid single-worksheet file', () => {
    const contents = readBackup(VALID_WORKSHEET);
    expect(contents).toStrictEqual({ kind: 'worksheet', worksheets: [expectedWorksheets[0]], sessions: [], roomAnswers: [] });
  });

  it('accepts a backup with no worksheets and no sessions', () => {
    expect(readBackup(JSON.stringify(backupFile([], [], EXPORTED)))).toStrictEqual({
      kind: 'backup',
      worksheets: [],
      sessions: [],
      roomAnswers: [],
    });
  });

  it('accepts a backup without the sessions list (as before sessions existed)', () => {
    const contents = readBackup(JSON.stringify(setAt(backupObject(), ['sessions'], REMOVE)));
    expect(contents.sessions).toEqual([]);
    expect(contents.worksheets).toStrictEqual(expectedWorksheets);
  });

  it('reads a null sessions list or null added answers as none (the only places null is taken for absent)', () => {
    const file = backupObject();
    file.sessions = null;
    file.worksheets[0].answers.more = null;
    const contents = readBackup(JSON.stringify(file));
    expect(contents.sessions).toEqual([]);
    expect(contents.worksheets[0]!.answers.more).toEqual({});
    // Elsewhere null is refused, even for optional fields.
    expect(() => readBackup(JSON.stringify(setAt(backupObject(), ['worksheets', 0, 'archived'], null)))).toThrow(NOT_LIST);
    expect(() => readBackup(JSON.stringify(setAt(backupObject(), ['sessions', 0, 'timer', 'startedAt'], null)))).toThrow(NOT_NUMBER);
  });

  it('accepts the optional fields being absent, and leaves them absent', () => {
    const file = backupObject();
    delete file.worksheets[0].archived;
    delete file.worksheets[0].answers.more;
    delete file.sessions[0].timer.startedAt;
    delete file.sessions[0].boards.crosswalk[0].column;
    const contents = readBackup(JSON.stringify(file));
    expect(contents.worksheets[0]).not.toHaveProperty('archived');
    expect(contents.worksheets[0]!.answers.more).toEqual({});
    expect(contents.sessions[0]!.timer).toStrictEqual({ durationMs: SESSION.timer.durationMs, remainingMs: SESSION.timer.remainingMs });
    expect(contents.sessions[0]!.boards.crosswalk).toStrictEqual([{ id: 'idea-3', text: 'Family meetings', hidden: false }]);
  });

  it('accepts values right at the limits', () => {
    const file = backupObject();
    file.worksheets[0].answers.text['benefits.staff'] = 's'.repeat(LIMITS.longText);
    file.worksheets[0].answers.blanks.levels[0] = 'b'.repeat(LIMITS.blank);
    file.worksheets[0].answers.lists['org-factors'] = many(LIMITS.listRows, (i) => ({ id: `f${i}`, text: 'f'.repeat(LIMITS.listItem) }));
    file.worksheets[1].id = 'i'.repeat(100);
    file.sessions[0].name = 'n'.repeat(LIMITS.sessionName);
    file.sessions[0].date = 'd'.repeat(40);
    const text = JSON.stringify(file);
    const contents = readBackup(text);
    expect(contents.worksheets[0]!.answers.text['benefits.staff']).toHaveLength(LIMITS.longText);
    expect(contents.worksheets[0]!.answers.lists['org-factors']).toHaveLength(LIMITS.listRows);
    expect(contents.worksheets[1]!.id).toBe('i'.repeat(100));
    expect(contents.sessions[0]!.name).toHaveLength(LIMITS.sessionName);
    // A file said to be exactly the largest size is still read.
    expect(readBackup(VALID_BACKUP, MAX_FILE_BYTES).worksheets).toHaveLength(2);
  });

  it('drops unknown extra fields at every level', () => {
    const file = backupObject();
    file.extra = { note: 'root' };
    file.worksheets[0].extra = 'worksheet';
    file.worksheets[0].answers.notes = { a: 'answers' };
    file.worksheets[0].answers.lists['org-factors'][0].color = 'red';
    file.worksheets[0].answers.crosswalks.crosswalk[0].rank = 1;
    file.worksheets[0].answers.more['messages.more'][0].pinned = true;
    file.worksheets[0].archived[0].when = 5;
    file.sessions[0].secret = 'session';
    file.sessions[0].timer.paused = true;
    file.sessions[0].boards.elements[0].votes = 3;
    const contents = readBackup(JSON.stringify(file));
    expect(contents).not.toHaveProperty('extra');
    expect(Object.keys(contents).sort()).toEqual(['kind', 'roomAnswers', 'sessions', 'worksheets']);
    const w = contents.worksheets[0]!;
    expect(Object.keys(w).sort()).toEqual(['answers', 'archived', 'createdAt', 'id', 'templateId', 'templateVersion', 'updatedAt']);
    expect(Object.keys(w.answers).sort()).toEqual(['blanks', 'crosswalks', 'lists', 'more', 'text']);
    expect(w.answers.lists['org-factors']![0]).toStrictEqual({ id: 'of-1-1', text: 'Factor 1' });
    expect(Object.keys(w.answers.crosswalks.crosswalk![0]!).sort()).toEqual(['cells', 'id', 'initiative']);
    expect(w.answers.more['messages.more']![0]).toStrictEqual({ id: 'more-1-1', name: 'Caregivers', text: 'You are part of the team.' });
    expect(w.archived![0]).toStrictEqual({ promptId: 'old.question', text: 'An answer to a prompt the template no longer has (1)' });
    const s = contents.sessions[0]!;
    expect(s).not.toHaveProperty('secret');
    expect(Object.keys(s.timer).sort()).toEqual(['durationMs', 'remainingMs', 'startedAt']);
    expect(s.boards.elements![0]).toStrictEqual({ id: 'idea-1', text: 'Engagement', hidden: false });
    // Everything else is untouched.
    expect(contents.worksheets).toStrictEqual(expectedWorksheets);
    expect(contents.sessions).toStrictEqual([expectedSession]);
  });

  it('does not coerce numeric strings, nor numbers to text', () => {
    const reject = (path: Path, value: unknown, expected: RegExp) => {
      const text = JSON.stringify(setAt(backupObject(), path, value));
      expect(() => readBackup(text)).toThrow(BackupError);
      expect(() => readBackup(text)).toThrow(expected);
    };
    reject(['formatVersion'], '1', NO_VERSION);
    reject(['worksheets', 0, 'createdAt'], String(T0), NOT_NUMBER);
    reject(['worksheets', 0, 'templateVersion'], '1', NOT_NUMBER);
    reject(['sessions', 0, 'rev'], '9', NOT_NUMBER);
    reject(['sessions', 0, 'timer', 'remainingMs'], '60000', NOT_NUMBER);
    reject(['sessions', 0, 'blank'], 'false', NOT_BOOLEAN);
    reject(['worksheets', 0, 'answers', 'text', 'cover.name'], 42, NOT_TEXT);
    reject(['worksheets', 0, 'answers', 'lists', 'org-factors', 0, 'id'], 7, NOT_TEXT);
    // Text that looks like a number stays text.
    const file = backupObject();
    file.worksheets[0].answers.text['cover.name'] = '42';
    file.worksheets[0].answers.lists['org-factors'][0].id = '123';
    const contents = readBackup(JSON.stringify(file));
    expect(contents.worksheets[0]!.answers.text['cover.name']).toBe('42');
    expect(contents.worksheets[0]!.answers.lists['org-factors']![0]!.id).toBe('123');
    expect(contents.worksheets[0]!.createdAt).toBe(T0 + 3_600_000);
  });

  it('accepts a pollution-looking word as a value, not as a key', () => {
    const file = backupObject();
    file.worksheets[0].answers.text['cover.name'] = '__proto__';
    file.sessions[0].boards.elements[0].text = 'constructor.prototype';
    const contents = readBackup(JSON.stringify(file));
    expect(contents.worksheets[0]!.answers.text['cover.name']).toBe('__proto__');
    expect(contents.sessions[0]!.boards.elements![0]!.text).toBe('constructor.prototype');
    expect(({} as Json).polluted).toBeUndefined();
  });
});

describe('known weak spots', () => {
  it('a worksheet without answers is reported as missing answers, not as a missing worksheet', () => {
    // Checker.worksheet passes only `where` to Checker.answers, so the message reads
    // “Worksheet 1 is missing or is not a set of fields” although the worksheet is right there.
    const text = JSON.stringify(setAt(backupObject(), ['worksheets', 0, 'answers'], REMOVE));
    expect(() => readBackup(text)).toThrow(BackupError);
    expect(() => readBackup(text)).toThrow(
      /^This backup is damaged: Worksheet 1: answers is missing or is not a set of fields\. Nothing was restored\.$/,
    );
  });

  it('a session whose current exercise is beyond the template is refused (or made safe), not restored to crash the presenter', () => {
    // Checker.session checks only that `current` is a whole number ≥ 0. Present.tsx and Project.tsx
    // call projectorView, which reads roomExercises(TEMPLATE)[session.current]!.id and throws.
    const count = roomExercises(TEMPLATE).length;
    for (const current of [count, 99]) {
      const text = JSON.stringify(setAt(backupObject(), ['sessions', 0, 'current'], current));
      let contents: BackupContents | undefined;
      try {
        contents = readBackup(text);
      } catch (error) {
        expect(error).toBeInstanceOf(BackupError);
        expect((error as Error).message).toMatch(/Session 1: current exercise/);
        continue;
      }
      expect(() => projectorView(TEMPLATE, contents.sessions[0]!), `current ${current}`).not.toThrow();
    }
  });

  it('the messages of a mutated field say which field (sanity check of the corpus expectations)', () => {
    const text = JSON.stringify(setAt(backupObject(), ['sessions', 0, 'timer', 'durationMs'], '120000'));
    expect(() => readBackup(text)).toThrow('This backup is damaged: Session 1: timer length is not a number. Nothing was restored.');
    expect(getAt(JSON.parse(text), ['sessions', 0, 'timer', 'durationMs'])).toBe('120000');
  });
});
