import { produce, type SetStoreFunction } from 'solid-js/store';
import { emptyCrosswalk, emptyListItem, newId } from '../worksheet/answers';
import type { Answers, Crosswalk, ListItem, MoreEntry } from '../worksheet/types';

/**
 * Every way a participant can change answers. Fields call these; each change is applied to
 * the reactive store and then reported once through `changed`, which the page uses to autosave.
 */
export interface AnswersEditor {
  readonly answers: Answers;
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
  changed: () => void,
): AnswersEditor {
  const edit = (fn: (draft: Answers) => void) => {
    setAnswers(produce(fn));
    changed();
  };
  const list = (draft: Answers, id: string): ListItem[] => (draft.lists[id] ??= []);
  const crosswalk = (draft: Answers, id: string, crosswalkId: string): Crosswalk | undefined =>
    draft.crosswalks[id]?.find((entry) => entry.id === crosswalkId);
  const more = (draft: Answers, id: string): MoreEntry[] => (draft.more[id] ??= []);

  return {
    answers,
    setText: (id, value) => edit((d) => void (d.text[id] = value)),
    setBlank: (id, index, value) =>
      edit((d) => {
        const blanks = (d.blanks[id] ??= []);
        blanks[index] = value;
      }),
    setListItem: (id, itemId, text) =>
      edit((d) => {
        const item = list(d, id).find((entry) => entry.id === itemId);
        if (item) item.text = text;
      }),
    addListItem(id, index) {
      const item = emptyListItem();
      edit((d) => {
        const items = list(d, id);
        items.splice(index ?? items.length, 0, item);
      });
      return item.id;
    },
    removeListItem: (id, itemId) =>
      edit((d) => {
        const items = list(d, id);
        const at = items.findIndex((entry) => entry.id === itemId);
        if (at >= 0) items.splice(at, 1);
      }),
    moveListItem: (id, from, to) =>
      edit((d) => {
        const items = list(d, id);
        if (to < 0 || to >= items.length) return;
        const [item] = items.splice(from, 1);
        if (item) items.splice(to, 0, item);
      }),
    addCrosswalk(id, columns) {
      const entry = emptyCrosswalk(columns);
      edit((d) => void (d.crosswalks[id] ??= []).push(entry));
      return entry.id;
    },
    removeCrosswalk: (id, crosswalkId) =>
      edit((d) => {
        d.crosswalks[id] = (d.crosswalks[id] ?? []).filter((entry) => entry.id !== crosswalkId);
      }),
    setInitiative: (id, crosswalkId, value) =>
      edit((d) => {
        const entry = crosswalk(d, id, crosswalkId);
        if (entry) entry.initiative = value;
      }),
    setCell: (id, crosswalkId, columnId, value) =>
      edit((d) => {
        const entry = crosswalk(d, id, crosswalkId);
        if (entry) entry.cells[columnId] = value;
      }),
    addMore(id) {
      const entry: MoreEntry = { id: newId(), name: '', text: '' };
      edit((d) => void more(d, id).push(entry));
      return entry.id;
    },
    setMore: (id, entryId, field, value) =>
      edit((d) => {
        const entry = more(d, id).find((item) => item.id === entryId);
        if (entry) entry[field] = value;
      }),
    removeMore: (id, entryId) =>
      edit((d) => {
        d.more[id] = more(d, id).filter((item) => item.id !== entryId);
      }),
  };
}
