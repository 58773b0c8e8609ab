import { roomExercises, type FacilitationSession, type Idea, type TimerState } from '../facilitate/session';
import { parseVoteRound, type VoteRound } from '../facilitate/voting';
import { CONTRIBUTION_FORMAT } from '../synthesis/contribution';
import type { RoomAnswersRecord } from '../synthesis/roomAnswers';
import { ContributionError, readContribution } from '../synthesis/validate';
import { TEMPLATE } from '../worksheet/template';
import type { WorksheetRecord } from '../worksheet/record';
import { LIMITS } from '../worksheet/limits';
import type { Answers, Crosswalk, ListItem, MoreEntry } from '../worksheet/types';
import type { ArchivedAnswer } from '../worksheet/migrate';
import { BACKUP_FORMAT, FORMAT_VERSION, MAX_FILE_BYTES, MAX_STRING, WORKSHEET_FORMAT } from './files';

// The file shapes and builders live in files.ts; tests and callers may import them from here too.
export { BACKUP_FORMAT, FORMAT_VERSION, MAX_FILE_BYTES, MAX_STRING, WORKSHEET_FORMAT, backupFile, worksheetFile } from './files';
export type { BackupFile, WorksheetFile } from './files';

/**
 * The backup file format, and its validation. A file is checked completely, and turned into
 * clean new objects, before anything is written; any problem is reported in plain words.
 */

/** What a valid file holds, whichever of the two kinds it was. */
export interface BackupContents {
  kind: 'backup' | 'worksheet';
  worksheets: WorksheetRecord[];
  sessions: FacilitationSession[];
  /** Each for a session in `sessions`. */
  roomAnswers: RoomAnswersRecord[];
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/**
 * Formats older than FORMAT_VERSION, upgraded one step at a time: entry i turns a format
 * i + 1 file into format i + 2. Worksheet answers then go through the template migrations.
 */
const FORMAT_MIGRATIONS: Array<(file: Record<string, unknown>) => Record<string, unknown>> = [];

const MAX_ITEMS = 2_000;
/** More than the editor allows (3), for crosswalk prompts of other template versions. */
const MAX_CROSSWALKS = 10;
/** The latest moment a JavaScript date can show. */
const LATEST_TIME = 8_640_000_000_000_000;
const ROOM_EXERCISES = roomExercises(TEMPLATE).length;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses and validates a backup or single-worksheet file. Throws BackupError with a plain message. */
export function readBackup(text: string, byteLength = new Blob([text]).size): BackupContents {
  if (byteLength > MAX_FILE_BYTES) {
    throw new BackupError(
      `This file is ${(byteLength / 1024 / 1024).toFixed(1)} MB. A CPM Workshop backup is never larger than ${Math.round(MAX_FILE_BYTES / 1024 / 1024)} MB, so it was not read.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key))
        throw new BackupError(`This file contains a field named “${key}”, which a CPM Workshop backup never has. Nothing was restored.`);
      return value;
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('This file is not a CPM Workshop backup: it is not readable JSON (it may be damaged or cut short).');
  }
  if (isRecord(data) && data.format === CONTRIBUTION_FORMAT) {
    throw new BackupError(
      'This is a contribution file a participant shared with the facilitator, not a backup. The facilitator adds it in the presenter, under “Add contributions”. Nothing was restored.',
    );
  }
  if (!isRecord(data) || (data.format !== BACKUP_FORMAT && data.format !== WORKSHEET_FORMAT)) {
    throw new BackupError('This file is not a CPM Workshop backup.');
  }
  const version = data.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupError('This backup has no valid format version, so it cannot be read.');
  }
  if (version > FORMAT_VERSION) {
    throw new BackupError(`This backup was made by a newer version (format ${version}); update the app, then restore it.`);
  }
  let file = data;
  for (let v = version; v < FORMAT_VERSION; v++) file = FORMAT_MIGRATIONS[v - 1]?.(file) ?? file;

  const check = new Checker();
  if (file.format === WORKSHEET_FORMAT) {
    const worksheet = check.worksheet(file.worksheet, 'The worksheet');
    return { kind: 'worksheet', worksheets: [worksheet], sessions: [], roomAnswers: [] };
  }
  const worksheets = check.list(
    file.worksheets,
    'The list of worksheets',
    (item, where) => check.worksheet(item, where),
    'Worksheet',
    LIMITS.worksheets,
  );
  const sessions = check.list(
    file.sessions ?? [],
    'The list of sessions',
    (item, where) => check.session(item, where),
    'Session',
    LIMITS.sessions,
  );
  unique(
    worksheets.map((w) => w.id),
    'worksheet',
  );
  unique(
    sessions.map((s) => s.id),
    'session',
  );
  const roomAnswers = check.roomAnswersOf(sessions, file.roomAnswers ?? []);
  return { kind: 'backup', worksheets, sessions, roomAnswers };
}

function unique(ids: string[], noun: string) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id))
      throw new BackupError(`This backup lists the same ${noun} twice (id ${id.slice(0, 40)}), so it cannot be restored safely.`);
    seen.add(id);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Field-by-field checks that build clean copies; every failure names where it is. */
class Checker {
  fail(where: string, what: string): never {
    throw new BackupError(`This backup is damaged: ${where} ${what}. Nothing was restored.`);
  }

  object(value: unknown, where: string): Record<string, unknown> {
    if (!isRecord(value)) this.fail(where, 'is missing or is not a set of fields');
    return value;
  }

  string(value: unknown, where: string, { allowEmpty = true, max = MAX_STRING } = {}): string {
    if (typeof value !== 'string') this.fail(where, 'is not text');
    if (value.length > max) this.fail(where, `is longer than ${max.toLocaleString('en-US')} characters`);
    if (!allowEmpty && !value.trim()) this.fail(where, 'is empty');
    return value;
  }

  id(value: unknown, where: string): string {
    const id = this.string(value, where, { allowEmpty: false, max: 100 });
    if (!/^[\w-]+$/.test(id)) this.fail(where, 'is not a valid id');
    return id;
  }

  number(value: unknown, where: string, { integer = false, min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(where, 'is not a number');
    if (integer && !Number.isInteger(value)) this.fail(where, 'is not a whole number');
    if (value < min) this.fail(where, `is less than ${min}`);
    if (value > max) this.fail(where, `is larger than ${max.toLocaleString('en-US')}`);
    return value;
  }

  /** A moment as epoch milliseconds that a date can show. */
  time(value: unknown, where: string): number {
    return this.number(value, where, { max: LATEST_TIME });
  }

  boolean(value: unknown, where: string): boolean {
    if (typeof value !== 'boolean') this.fail(where, 'is not true or false');
    return value;
  }

  list<T>(value: unknown, where: string, each: (item: unknown, where: string) => T, noun = 'Item', max = MAX_ITEMS): T[] {
    if (!Array.isArray(value)) this.fail(where, 'is missing or is not a list');
    if (value.length > max) this.fail(where, `has more than ${max.toLocaleString('en-US')} entries`);
    return value.map((item, i) => each(item, `${noun} ${i + 1}${where.startsWith('The list') ? '' : ` of ${where}`}`));
  }

  /** A map from prompt ids to values, built without a prototype so no key can reach one. */
  map<T>(value: unknown, where: string, each: (item: unknown, where: string) => T): Record<string, T> {
    const source = this.object(value, where);
    const out: Record<string, T> = Object.create(null) as Record<string, T>;
    const keys = Object.keys(source);
    if (keys.length > MAX_ITEMS) this.fail(where, `has more than ${MAX_ITEMS.toLocaleString('en-US')} entries`);
    for (const key of keys) {
      if (key.length > 200) this.fail(where, 'has a field name longer than 200 characters');
      out[key] = each(source[key], `${where} “${key.slice(0, 60)}”`);
    }
    return { ...out };
  }

  answers(value: unknown, where: string): Answers {
    const a = this.object(value, `${where}: answers`);
    const listItem = (item: unknown, w: string): ListItem => {
      const o = this.object(item, w);
      return { id: this.id(o.id, `${w} id`), text: this.string(o.text, `${w} text`, { max: LIMITS.listItem }) };
    };
    const crosswalk = (item: unknown, w: string): Crosswalk => {
      const o = this.object(item, w);
      return {
        id: this.id(o.id, `${w} id`),
        initiative: this.string(o.initiative, `${w} initiative`, { max: LIMITS.shortText }),
        cells: this.map(o.cells, `${w} cells`, (cell, cw) => this.string(cell, cw, { max: LIMITS.cell })),
      };
    };
    const more = (item: unknown, w: string): MoreEntry => {
      const o = this.object(item, w);
      return {
        id: this.id(o.id, `${w} id`),
        name: this.string(o.name, `${w} name`, { max: LIMITS.shortText }),
        text: this.string(o.text, `${w} text`, { max: LIMITS.longText }),
      };
    };
    return {
      text: this.map(a.text, `${where}: text answers`, (v, w) => this.string(v, w, { max: LIMITS.longText })),
      blanks: this.map(a.blanks, `${where}: recall answers`, (v, w) =>
        this.list(v, w, (s, sw) => this.string(s, sw, { max: LIMITS.blank }), 'Blank'),
      ),
      lists: this.map(a.lists, `${where}: lists`, (v, w) => this.list(v, w, listItem, 'Item', LIMITS.listRows)),
      crosswalks: this.map(a.crosswalks, `${where}: crosswalks`, (v, w) => this.list(v, w, crosswalk, 'Crosswalk', MAX_CROSSWALKS)),
      more: this.map(a.more ?? {}, `${where}: added answers`, (v, w) => this.list(v, w, more, 'Entry', LIMITS.moreEntries)),
    };
  }

  worksheet(value: unknown, where: string): WorksheetRecord {
    const w = this.object(value, where);
    const record: WorksheetRecord = {
      id: this.id(w.id, `${where}: id`),
      templateId: this.templateId(w.templateId, where),
      templateVersion: this.number(w.templateVersion, `${where}: template version`, { integer: true, min: 1 }),
      createdAt: this.time(w.createdAt, `${where}: creation time`),
      updatedAt: this.time(w.updatedAt, `${where}: last change time`),
      ...(w.rev === undefined ? {} : { rev: this.number(w.rev, `${where}: revision`, { integer: true }) }),
      answers: this.answers(w.answers, where),
    };
    if (record.templateVersion > TEMPLATE.version) {
      throw new BackupError(
        `${where} was made with a newer version of the worksheet (version ${record.templateVersion}); update the app, then restore it.`,
      );
    }
    if (w.archived !== undefined) {
      record.archived = this.list(w.archived, `${where}: archived answers`, (item, aw): ArchivedAnswer => {
        const o = this.object(item, aw);
        return { promptId: this.string(o.promptId, `${aw} prompt`, { max: 200 }), text: this.string(o.text, `${aw} text`) };
      });
    }
    return record;
  }

  /** Only this worksheet's files restore here; another worksheet's answers would be misfiled. */
  templateId(value: unknown, where: string): string {
    const id = this.string(value, `${where}: template`, { allowEmpty: false, max: 100 });
    if (id !== TEMPLATE.id) {
      throw new BackupError(
        `${where} was made for a different worksheet (“${id.slice(0, 60)}”), not “${TEMPLATE.title}”, so nothing was restored.`,
      );
    }
    return id;
  }

  session(value: unknown, where: string): FacilitationSession {
    const s = this.object(value, where);
    // An exercise this version does not have would leave the presenter nothing to show: start over.
    const current = this.number(s.current, `${where}: current exercise`, { integer: true });
    const idea = (item: unknown, w: string): Idea => {
      const o = this.object(item, w);
      return {
        id: this.id(o.id, `${w} id`),
        text: this.string(o.text, `${w} text`, { max: LIMITS.idea }),
        ...(o.column === undefined ? {} : { column: this.string(o.column, `${w} column`, { max: 100 }) }),
        hidden: this.boolean(o.hidden, `${w} hidden`),
      };
    };
    return {
      id: this.id(s.id, `${where}: id`),
      name: this.string(s.name, `${where}: name`, { max: LIMITS.sessionName }),
      date: this.string(s.date, `${where}: date`, { max: 40 }),
      createdAt: this.time(s.createdAt, `${where}: creation time`),
      updatedAt: this.time(s.updatedAt, `${where}: last change time`),
      templateId: this.templateId(s.templateId, where),
      templateVersion: this.number(s.templateVersion, `${where}: template version`, { integer: true, min: 1 }),
      rev: this.number(s.rev, `${where}: revision`, { integer: true }),
      current: current < ROOM_EXERCISES ? current : 0,
      revealed: this.map(s.revealed, `${where}: revealed answers`, (v, w) => this.boolean(v, w)),
      blank: this.boolean(s.blank, `${where}: blank screen`),
      holdNewIdeas: this.boolean(s.holdNewIdeas, `${where}: hold new ideas`),
      timer: this.timer(s.timer, where),
      ...(s.timers === undefined ? {} : { timers: this.map(s.timers, `${where}: timers`, (v, w) => this.timer(v, w)) }),
      boards: this.map(s.boards, `${where}: room board`, (v, w) => this.list(v, w, idea, 'Idea', LIMITS.ideasPerBoard)),
      ...(s.votes === undefined ? {} : { votes: this.map(s.votes, `${where}: votes`, (v, w) => this.voteRound(v, w)) }),
    };
  }

  timer(value: unknown, where: string): TimerState {
    const timer = this.object(value, `${where}: timer`);
    return {
      durationMs: this.number(timer.durationMs, `${where}: timer length`),
      remainingMs: this.number(timer.remainingMs, `${where}: time left`),
      ...(timer.startedAt === undefined ? {} : { startedAt: this.time(timer.startedAt, `${where}: timer start`) }),
    };
  }

  voteRound(value: unknown, where: string): VoteRound {
    return parseVoteRound(value) ?? this.fail(where, 'is not a round of dot voting this app writes');
  }

  /** The room's answers in a file: each for one of its sessions, at most one per session. */
  roomAnswersOf(sessions: FacilitationSession[], value: unknown): RoomAnswersRecord[] {
    const names = new Map(sessions.map((session) => [session.id, session.name]));
    const records = this.list(
      value,
      'The list of room answers',
      (item, where) => this.roomAnswers(item, where, names),
      'Room answers',
      LIMITS.sessions,
    );
    unique(
      records.map((record) => record.sessionId),
      'session’s room answers',
    );
    return records;
  }

  roomAnswers(value: unknown, where: string, sessionNames: Map<string, string>): RoomAnswersRecord {
    const o = this.object(value, where);
    const sessionId = this.id(o.sessionId, `${where}: session id`);
    const name = sessionNames.get(sessionId);
    if (name === undefined) this.fail(where, 'belong to a session that is not in it');
    const named = `the room answers of “${name.slice(0, 60)}”`;
    const edits = this.object(o.edits, `${named}: edits`);
    const groupId = (item: unknown, w: string) => this.string(item, w, { max: 1_000 });
    const merge = (item: unknown, w: string) => {
      const m = this.object(item, w);
      return { from: groupId(m.from, `${w} from`), into: groupId(m.into, `${w} into`) };
    };
    return {
      sessionId,
      contributions: this.list(o.contributions, named, (item, w) => this.contribution(item, w), 'Contribution'),
      edits: {
        hidden: this.list(edits.hidden, `${named}: hidden answers`, groupId),
        merges: this.list(edits.merges, `${named}: merges`, merge),
      },
      onScreen: this.boolean(o.onScreen, `${named}: on screen`),
      ...(o.review === undefined ? {} : { review: this.review(o.review, named) }),
      updatedAt: this.number(o.updatedAt, `${named}: revision`),
    };
  }

  /** Answers held for review: the released copies are contributions like any other. */
  review(value: unknown, named: string) {
    const o = this.object(value, `${named}: held for review`);
    const where = `${named}: released answers`;
    return { released: this.list(o.released, where, (item, w) => this.contribution(item, w), 'Contribution') };
  }

  /** A contribution is checked exactly as when the facilitator first added its file. */
  contribution(value: unknown, where: string) {
    try {
      return readContribution(TEMPLATE, JSON.stringify(value));
    } catch (error) {
      if (!(error instanceof ContributionError)) throw error;
      return this.fail(where, `cannot be read: ${error.message.replace(/\.$/, '')}`);
    }
  }
}
