import { produce, type SetStoreFunction } from 'solid-js/store';
import { shortId } from '../worksheet/answers';
import { cleanText } from '../worksheet/limits';
import { applyOp, limitOf, promptIndex, type AnswerOp, type Ordering } from '../worksheet/ops';
import { TEMPLATE } from '../worksheet/template';
import type { Answers } from '../worksheet/types';

const PROMPTS = promptIndex(TEMPLATE);

/** Text as typed, cleaned and held to its field's limit, so nothing the app stores is beyond what its backups restore. */
function withinLimits(op: AnswerOp): AnswerOp {
  return 'value' in op ? { ...op, value: cleanText(op.value, limitOf(op, PROMPTS.prompt(op.id))) } : op;
}

export type OpOrigin = 'local' | 'remote';

/**
 * Every way a participant can change answers. Each method turns into an op, applied to the
 * reactive store and reported through `changed` (which autosaves and tells other tabs).
 */
export interface AnswersEditor {
  readonly answers: Answers;
  /** Applies an op from anywhere; remote ops come from another tab, with their place in time. */
  apply(op: AnswerOp, origin: OpOrigin, ordering?: Ordering): void;
  setText(promptId: string, value: string): void;
  setBlank(promptId: string, index: number, value: string): void;
  setListItem(promptId: string, itemId: string, text: string): void;
  /** Inserts an empty item at `index` (the end when omitted) and returns its id. */
  addListItem(promptId: string, index?: number): string;
  removeListItem(promptId: string, itemId: string): void;
  moveListItem(promptId: string, from: number, to: number): void;
  addCrosswalk(promptId: string, columns: Array<{ id: string }>): string;
  removeCrosswalk(promptId: string, crosswalkId: string): void;
  setInitiative(promptId: string, crosswalkId: string, value: string): void;
  setCell(promptId: string, crosswalkId: string, columnId: string, value: string): void;
  addMore(moreId: string): string;
  setMore(moreId: string, entryId: string, field: 'name' | 'text', value: string): void;
  removeMore(moreId: string, entryId: string): void;
}

export function createAnswersEditor(
  answers: Answers,
  setAnswers: SetStoreFunction<Answers>,
  changed: (op: AnswerOp, origin: OpOrigin) => void,
): AnswersEditor {
  const apply = (op: AnswerOp, origin: OpOrigin, ordering?: Ordering) => {
    setAnswers(produce((draft) => applyOp(draft, op, ordering)));
    changed(op, origin);
  };
  const local = (op: AnswerOp) => apply(withinLimits(op), 'local');

  return {
    answers,
    apply,
    setText: (id, value) => local({ op: 'text', id, value }),
    setBlank: (id, index, value) => local({ op: 'blank', id, index, value }),
    setListItem: (id, itemId, value) => local({ op: 'listItem', id, itemId, value }),
    addListItem(id, index) {
      const itemId = shortId();
      const items = answers.lists[id] ?? [];
      const at = Math.min(index ?? items.length, items.length);
      local({ op: 'listAdd', id, itemId, after: at > 0 ? (items[at - 1]?.id ?? null) : null });
      return itemId;
    },
    removeListItem: (id, itemId) => local({ op: 'listRemove', id, itemId }),
    moveListItem(id, from, to) {
      const item = answers.lists[id]?.[from];
      if (item) local({ op: 'listMove', id, itemId: item.id, to });
    },
    addCrosswalk(id, columns) {
      const crosswalkId = shortId();
      local({ op: 'crosswalkAdd', id, crosswalkId, columns: columns.map((column) => column.id) });
      return crosswalkId;
    },
    removeCrosswalk: (id, crosswalkId) => local({ op: 'crosswalkRemove', id, crosswalkId }),
    setInitiative: (id, crosswalkId, value) => local({ op: 'initiative', id, crosswalkId, value }),
    setCell: (id, crosswalkId, columnId, value) => local({ op: 'cell', id, crosswalkId, columnId, value }),
    addMore(id) {
      const entryId = shortId();
      local({ op: 'moreAdd', id, entryId });
      return entryId;
    },
    setMore: (id, entryId, field, value) => local({ op: 'moreSet', id, entryId, field, value }),
    removeMore: (id, entryId) => local({ op: 'moreRemove', id, entryId }),
  };
}
