import { emptyCrosswalk, emptyListItem } from './answers';
import { cleanText, LIMITS } from './limits';
import type { Answers, MoreEntry, Prompt, Template } from './types';
import { allExercises } from './walk';

/**
 * Every change a participant can make, as data. The editor applies them locally; another tab
 * with the same worksheet applies the same ops, so both converge. Items are addressed by id,
 * not position, so edits to different rows never collide; a new row names the row it follows.
 */
export type AnswerOp =
  | { op: 'text'; id: string; value: string }
  | { op: 'blank'; id: string; index: number; value: string }
  | { op: 'listItem'; id: string; itemId: string; value: string }
  | { op: 'listAdd'; id: string; itemId: string; after: string | null }
  | { op: 'listRemove'; id: string; itemId: string }
  | { op: 'listMove'; id: string; itemId: string; to: number }
  | { op: 'crosswalkAdd'; id: string; crosswalkId: string; columns: string[] }
  | { op: 'crosswalkRemove'; id: string; crosswalkId: string }
  | { op: 'initiative'; id: string; crosswalkId: string; value: string }
  | { op: 'cell'; id: string; crosswalkId: string; columnId: string; value: string }
  | { op: 'moreAdd'; id: string; entryId: string }
  | { op: 'moreSet'; id: string; entryId: string; field: 'name' | 'text'; value: string }
  | { op: 'moreRemove'; id: string; entryId: string };

/** When two rows are added after the same row at once, the later-stamped one goes first. */
export interface Ordering {
  /** This op's own position in time; absent for a change replayed from storage. */
  stamp?: Stamp;
  /** When a row already in the list was added, if this tab knows. */
  insertedAt?: (itemId: string) => Stamp | undefined;
}

/** A write's place in time: (time, tab) orders every write of every tab the same way. */
export interface Stamp {
  t: number;
  tab: string;
}

export function compareStamps(a: Stamp, b: Stamp): number {
  return a.t - b.t || (a.tab < b.tab ? -1 : a.tab > b.tab ? 1 : 0);
}

/** Applies an op to answers in place (inside a store's produce). Unknown targets are ignored. */
export function applyOp(answers: Answers, op: AnswerOp, ordering: Ordering = {}): void {
  const list = () => (answers.lists[op.id] ??= []);
  const crosswalk = (crosswalkId: string) => answers.crosswalks[op.id]?.find((entry) => entry.id === crosswalkId);
  const more = (): MoreEntry[] => (answers.more[op.id] ??= []);
  switch (op.op) {
    case 'text':
      answers.text[op.id] = op.value;
      break;
    case 'blank':
      (answers.blanks[op.id] ??= [])[op.index] = op.value;
      break;
    case 'listItem': {
      const item = list().find((entry) => entry.id === op.itemId);
      if (item) item.text = op.value;
      break;
    }
    case 'listAdd':
      insertRow(list(), op, ordering);
      break;
    case 'listRemove': {
      const at = list().findIndex((entry) => entry.id === op.itemId);
      if (at >= 0) list().splice(at, 1);
      break;
    }
    case 'listMove': {
      const items = list();
      const from = items.findIndex((entry) => entry.id === op.itemId);
      if (from < 0 || op.to < 0 || op.to >= items.length) break;
      const [item] = items.splice(from, 1);
      items.splice(op.to, 0, item!);
      break;
    }
    case 'crosswalkAdd': {
      const entries = (answers.crosswalks[op.id] ??= []);
      if (!entries.some((entry) => entry.id === op.crosswalkId))
        entries.push(
          emptyCrosswalk(
            op.columns.map((id) => ({ id })),
            op.crosswalkId,
          ),
        );
      break;
    }
    case 'crosswalkRemove':
      answers.crosswalks[op.id] = (answers.crosswalks[op.id] ?? []).filter((entry) => entry.id !== op.crosswalkId);
      break;
    case 'initiative': {
      const entry = crosswalk(op.crosswalkId);
      if (entry) entry.initiative = op.value;
      break;
    }
    case 'cell': {
      const entry = crosswalk(op.crosswalkId);
      if (entry) entry.cells[op.columnId] = op.value;
      break;
    }
    case 'moreAdd':
      if (!more().some((entry) => entry.id === op.entryId) && more().length < LIMITS.moreEntries)
        more().push({ id: op.entryId, name: '', text: '' });
      break;
    case 'moreSet': {
      const entry = more().find((item) => item.id === op.entryId);
      if (entry) entry[op.field] = op.value;
      break;
    }
    case 'moreRemove':
      answers.more[op.id] = more().filter((item) => item.id !== op.entryId);
      break;
  }
}

/**
 * Puts a new row right after the row it follows, past rows added there at the same time with a
 * later stamp: every tab then ends with the same order, whatever order the adds arrived in.
 */
function insertRow(items: Answers['lists'][string], op: Extract<AnswerOp, { op: 'listAdd' }>, ordering: Ordering) {
  if (items.some((entry) => entry.id === op.itemId) || items.length >= LIMITS.listRows) return;
  const anchor = op.after === null ? -1 : items.findIndex((entry) => entry.id === op.after);
  let at = op.after !== null && anchor < 0 ? items.length : anchor + 1;
  const { stamp, insertedAt } = ordering;
  while (stamp && insertedAt && at < items.length) {
    const other = insertedAt(items[at]!.id);
    if (!other || compareStamps(other, stamp) < 0) break;
    at++;
  }
  items.splice(at, 0, emptyListItem(op.itemId));
}

/** The one field a typing op writes, so two tabs typing in the same field resolve it the same way. */
export function fieldOf(op: AnswerOp): string | undefined {
  switch (op.op) {
    case 'text':
      return op.id;
    case 'blank':
      return `${op.id}#${op.index}`;
    case 'listItem':
      return `${op.id}#${op.itemId}`;
    case 'initiative':
      return `${op.id}#${op.crosswalkId}#initiative`;
    case 'cell':
      return `${op.id}#${op.crosswalkId}#${op.columnId}`;
    case 'moreSet':
      return `${op.id}#${op.entryId}#${op.field}`;
    default:
      return undefined;
  }
}

/** The longest text an op may carry, from the one table of limits. */
export function limitOf(op: AnswerOp, prompt: Prompt | undefined): number {
  switch (op.op) {
    case 'text':
      return prompt?.kind === 'longText' ? LIMITS.longText : LIMITS.shortText;
    case 'blank':
      return LIMITS.blank;
    case 'listItem':
      return LIMITS.listItem;
    case 'initiative':
      return LIMITS.shortText;
    case 'cell':
      return LIMITS.cell;
    case 'moreSet':
      return op.field === 'name' ? LIMITS.shortText : LIMITS.longText;
    default:
      return 0;
  }
}

/** The prompts and added-answer ids of a template, for checking ops against it (Map and Set, so no key reaches a prototype). */
export interface PromptIndex {
  prompt(id: string): Prompt | undefined;
  isMore(id: string): boolean;
}

export function promptIndex(template: Template): PromptIndex {
  const exercises = allExercises(template);
  const prompts = new Map(exercises.flatMap((exercise) => exercise.prompts.map((prompt) => [prompt.id, prompt] as const)));
  const more = new Set(exercises.flatMap((exercise) => (exercise.more ? [exercise.more.id] : [])));
  return { prompt: (id) => prompts.get(id), isMore: (id) => more.has(id) };
}

const ID = /^[\w-]{1,100}$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value) && !FORBIDDEN.has(value);
const isIndex = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * A message from another tab becomes an op only if it is complete and well-formed for its kind
 * and names a prompt of this template; text is cleaned and held to its limit.
 */
export function parseOp(value: unknown, index: PromptIndex): AnswerOp | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const raw = value as Record<string, unknown>;
  if (typeof raw.id !== 'string') return undefined;
  const op = shapeOf(raw, raw.id, index);
  if (!op || !('value' in op)) return op;
  if (typeof op.value !== 'string') return undefined;
  return { ...op, value: cleanText(op.value, limitOf(op, index.prompt(op.id))) };
}

/** The op's fields checked against its kind and its prompt; undefined when anything is off. */
function shapeOf(raw: Record<string, unknown>, id: string, index: PromptIndex): AnswerOp | undefined {
  const prompt = index.prompt(id);
  const value = raw.value as string;
  switch (raw.op) {
    case 'text':
      return prompt?.kind === 'shortText' || prompt?.kind === 'longText' ? { op: 'text', id, value } : undefined;
    case 'blank':
      return prompt?.kind === 'blanks' && isIndex(raw.index) && raw.index < prompt.blanks.length
        ? { op: 'blank', id, index: raw.index, value }
        : undefined;
    case 'listItem':
    case 'listRemove':
    case 'listAdd':
    case 'listMove':
      return prompt?.kind === 'list' && isId(raw.itemId) ? listOp(raw, id, raw.itemId) : undefined;
    case 'crosswalkAdd':
    case 'crosswalkRemove':
    case 'initiative':
    case 'cell':
      return prompt?.kind === 'crosswalk' && isId(raw.crosswalkId) ? crosswalkOp(raw, id, raw.crosswalkId, prompt.columns) : undefined;
    case 'moreAdd':
    case 'moreSet':
    case 'moreRemove':
      return index.isMore(id) && isId(raw.entryId) ? moreOp(raw, id, raw.entryId) : undefined;
    default:
      return undefined;
  }
}

function listOp(raw: Record<string, unknown>, id: string, itemId: string): AnswerOp | undefined {
  if (raw.op === 'listItem') return { op: 'listItem', id, itemId, value: raw.value as string };
  if (raw.op === 'listRemove') return { op: 'listRemove', id, itemId };
  if (raw.op === 'listMove') return isIndex(raw.to) ? { op: 'listMove', id, itemId, to: raw.to } : undefined;
  return raw.after === null || isId(raw.after) ? { op: 'listAdd', id, itemId, after: raw.after } : undefined;
}

function crosswalkOp(raw: Record<string, unknown>, id: string, crosswalkId: string, columns: Array<{ id: string }>): AnswerOp | undefined {
  const known = new Set(columns.map((column) => column.id));
  if (raw.op === 'crosswalkRemove') return { op: 'crosswalkRemove', id, crosswalkId };
  if (raw.op === 'initiative') return { op: 'initiative', id, crosswalkId, value: raw.value as string };
  if (raw.op === 'cell')
    return isId(raw.columnId) && known.has(raw.columnId)
      ? { op: 'cell', id, crosswalkId, columnId: raw.columnId, value: raw.value as string }
      : undefined;
  const list = raw.columns;
  return Array.isArray(list) && list.length === known.size && list.every((column) => typeof column === 'string' && known.has(column))
    ? { op: 'crosswalkAdd', id, crosswalkId, columns: list as string[] }
    : undefined;
}

function moreOp(raw: Record<string, unknown>, id: string, entryId: string): AnswerOp | undefined {
  if (raw.op === 'moreAdd') return { op: 'moreAdd', id, entryId };
  if (raw.op === 'moreRemove') return { op: 'moreRemove', id, entryId };
  return raw.field === 'name' || raw.field === 'text'
    ? { op: 'moreSet', id, entryId, field: raw.field, value: raw.value as string }
    : undefined;
}
