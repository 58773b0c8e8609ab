import { For, Show } from 'solid-js';
import type { ListPrompt } from '../worksheet/types';
import type { AnswersEditor } from './editor';
import { fieldId } from './ids';
import { focusById } from './focus';
import { LIMITS } from '../worksheet/limits';

/**
 * Numbered items. From the keyboard: Enter adds a row below, Alt+↑/↓ moves a row, and
 * Backspace in an empty row removes it; the buttons do the same for pointer users.
 */
export function ListField(props: { prompt: ListPrompt; editor: AnswersEditor }) {
  const items = () => props.editor.answers.lists[props.prompt.id] ?? [];
  const noun = () => props.prompt.itemLabel;
  const inputId = (itemId: string) => fieldId(props.prompt.id, itemId);

  const add = (index?: number) => focusById(inputId(props.editor.addListItem(props.prompt.id, index)));
  const move = (from: number, to: number) => {
    const item = items()[from];
    if (!item || to < 0 || to >= items().length) return;
    props.editor.moveListItem(props.prompt.id, from, to);
    focusById(inputId(item.id));
  };
  const remove = (index: number) => {
    const item = items()[index];
    if (!item) return;
    const neighbour = items()[index - 1] ?? items()[index + 1];
    props.editor.removeListItem(props.prompt.id, item.id);
    focusById(neighbour ? inputId(neighbour.id) : `${fieldId(props.prompt.id)}-add`);
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const input = event.currentTarget as HTMLInputElement;
    if (event.key === 'Enter') {
      event.preventDefault();
      add(index + 1);
    } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
    } else if (event.key === 'Backspace' && input.value === '' && items().length > 1) {
      event.preventDefault();
      remove(index);
    }
  };

  return (
    <div class="list">
      <ol class="list-items">
        <For each={items()}>
          {(item, index) => (
            <li class="list-item">
              <label for={inputId(item.id)} class="list-label">
                {noun()} {index() + 1}
              </label>
              <input
                id={inputId(item.id)}
                autocomplete="off"
                maxLength={LIMITS.listItem}
                value={item.text}
                onInput={(event) => props.editor.setListItem(props.prompt.id, item.id, event.currentTarget.value)}
                onKeyDown={(event) => onKeyDown(event, index())}
              />
              <RowTools
                noun={noun().toLowerCase()}
                index={index()}
                count={items().length}
                onMove={(to) => move(index(), to)}
                onRemove={() => remove(index())}
              />
            </li>
          )}
        </For>
      </ol>
      <button
        type="button"
        id={`${fieldId(props.prompt.id)}-add`}
        class="add"
        disabled={items().length >= LIMITS.listRows}
        onClick={() => add()}
      >
        + Add {noun().toLowerCase()}
      </button>
      <Show when={items().length >= LIMITS.listRows}>
        <p class="help">This list holds at most {LIMITS.listRows} rows.</p>
      </Show>
      <p class="help">Enter adds a row · Alt+↑/↓ moves a row · Backspace in an empty row removes it</p>
    </div>
  );
}

/** Move up, move down and remove, for pointer users; each button names its row. */
function RowTools(props: { noun: string; index: number; count: number; onMove: (to: number) => void; onRemove: () => void }) {
  const row = () => `${props.noun} ${props.index + 1}`;
  return (
    <span class="row-tools">
      <button type="button" class="icon" disabled={props.index === 0} onClick={() => props.onMove(props.index - 1)}>
        <span aria-hidden="true">↑</span>
        <span class="sr-only">Move {row()} up</span>
      </button>
      <button type="button" class="icon" disabled={props.index === props.count - 1} onClick={() => props.onMove(props.index + 1)}>
        <span aria-hidden="true">↓</span>
        <span class="sr-only">Move {row()} down</span>
      </button>
      <button type="button" class="icon" onClick={() => props.onRemove()}>
        <span aria-hidden="true">✕</span>
        <span class="sr-only">Remove {row()}</span>
      </button>
    </span>
  );
}
