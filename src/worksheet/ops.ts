import { emptyCrosswalk, emptyListItem } from './answers';
import type { Answers, MoreEntry } from './types';

/**
 * Every change a participant can make, as data. The editor applies them locally; another tab
 * with the same worksheet applies the same ops, so both converge. Items are addressed by id,
 * not position, so edits to different rows never collide.
 */
export type AnswerOp =
  | { op: 'text'; id: string; value: string }
  | { op: 'blank'; id: string; index: number; value: string }
  | { op: 'listItem'; id: string; itemId: string; value: string }
  | { op: 'listAdd'; id: string; itemId: string; index: number }
  | { op: 'listRemove'; id: string; itemId: string }
  | { op: 'listMove'; id: string; itemId: string; to: number }
  | { op: 'crosswalkAdd'; id: string; crosswalkId: string; columns: string[] }
  | { op: 'crosswalkRemove'; id: string; crosswalkId: string }
  | { op: 'initiative'; id: string; crosswalkId: string; value: string }
  | { op: 'cell'; id: string; crosswalkId: string; columnId: string; value: string }
  | { op: 'moreAdd'; id: string; entryId: string }
  | { op: 'moreSet'; id: string; entryId: string; field: 'name' | 'text'; value: string }
  | { op: 'moreRemove'; id: string; entryId: string };

/** Applies an op to answers in place (inside a store's produce). Unknown targets are ignored. */
export function applyOp(answers: Answers, op: AnswerOp): void {
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
      if (!list().some((entry) => entry.id === op.itemId)) list().splice(Math.min(op.index, list().length), 0, emptyListItem(op.itemId));
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
        entries.push(emptyCrosswalk(op.columns.map((id) => ({ id })), op.crosswalkId));
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
      if (!more().some((entry) => entry.id === op.entryId)) more().push({ id: op.entryId, name: '', text: '' });
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

/** The one field a typing op writes, so two tabs typing in the same field can be noticed. */
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

const OPS = new Set(['text', 'blank', 'listItem', 'listAdd', 'listRemove', 'listMove', 'crosswalkAdd', 'crosswalkRemove', 'initiative', 'cell', 'moreAdd', 'moreSet', 'moreRemove']);

/** A message from another tab is used only if it is a well-formed op. */
export function isAnswerOp(value: unknown): value is AnswerOp {
  if (typeof value !== 'object' || value === null) return false;
  const op = value as Record<string, unknown>;
  const strings = ['id', 'itemId', 'crosswalkId', 'columnId', 'entryId', 'value'].every(
    (key) => op[key] === undefined || typeof op[key] === 'string',
  );
  const numbers = ['index', 'to'].every((key) => op[key] === undefined || (Number.isInteger(op[key]) && (op[key] as number) >= 0));
  const columns = op.columns === undefined || (Array.isArray(op.columns) && op.columns.every((c) => typeof c === 'string'));
  const field = op.field === undefined || op.field === 'name' || op.field === 'text';
  return typeof op.op === 'string' && OPS.has(op.op) && typeof op.id === 'string' && strings && numbers && columns && field;
}
