import { createSignal, For, Show } from 'solid-js';
import type { Crosswalk, CrosswalkPrompt } from '../worksheet/types';
import { AutoTextarea } from './AutoTextarea';
import { useConfirm } from './ConfirmDialog';
import type { AnswersEditor } from './editor';
import { focusById } from './focus';
import { fieldId } from './ids';
import { LIMITS } from '../worksheet/limits';

/**
 * An initiative lined up under the practice elements. The initiative comes from the
 * participant's own list, a suggestion, or their own words; they may fill in up to `max`.
 */
export function CrosswalkField(props: { prompt: CrosswalkPrompt; editor: AnswersEditor }) {
  const confirm = useConfirm();
  const crosswalks = () => props.editor.answers.crosswalks[props.prompt.id] ?? [];
  const ownItems = () => (props.editor.answers.lists[props.prompt.sourceListId] ?? []).map((item) => item.text.trim()).filter(Boolean);
  const initiativeId = (crosswalkId: string) => fieldId(props.prompt.id, crosswalkId, 'initiative');

  const add = () => focusById(initiativeId(props.editor.addCrosswalk(props.prompt.id, props.prompt.columns)));
  const remove = async (crosswalkId: string, index: number) => {
    const entry = crosswalks()[index];
    const hasText = !!entry && [entry.initiative, ...Object.values(entry.cells)].some((text) => text.trim());
    if (
      hasText &&
      !(await confirm({ title: `Remove crosswalk ${index + 1}?`, body: 'What you wrote in it will be removed.', action: 'Remove' }))
    )
      return;
    props.editor.removeCrosswalk(props.prompt.id, crosswalkId);
    focusById(`${fieldId(props.prompt.id)}-add`);
  };

  return (
    <div class="crosswalks">
      <For each={crosswalks()}>
        {(crosswalk, index) => {
          const choose = (text: string) => props.editor.setInitiative(props.prompt.id, crosswalk.id, text);
          return (
            <fieldset class="crosswalk">
              <legend>
                Crosswalk {index() + 1}
                <Show when={crosswalk.initiative.trim()}>: {crosswalk.initiative}</Show>
              </legend>
              <div class="field">
                <label for={initiativeId(crosswalk.id)}>Initiative or mandate</label>
                <input
                  id={initiativeId(crosswalk.id)}
                  autocomplete="off"
                  maxLength={LIMITS.shortText}
                  value={crosswalk.initiative}
                  onInput={(event) => choose(event.currentTarget.value)}
                />
              </div>
              <Show when={ownItems().length > 0}>
                <Choices
                  label="From your list"
                  group={`Crosswalk ${index() + 1}: from your list`}
                  texts={ownItems()}
                  chosen={crosswalk.initiative}
                  onChoose={choose}
                />
              </Show>
              <Choices
                label="Suggestions"
                group={`Crosswalk ${index() + 1}: suggestions`}
                texts={props.prompt.suggestions}
                chosen={crosswalk.initiative}
                onChoose={choose}
              />
              <CrosswalkCells prompt={props.prompt} editor={props.editor} crosswalk={crosswalk} />
              <Show when={crosswalks().length > 1}>
                <button type="button" class="danger-link remove-crosswalk" onClick={() => void remove(crosswalk.id, index())}>
                  Remove crosswalk {index() + 1}
                </button>
              </Show>
            </fieldset>
          );
        }}
      </For>
      <Show when={crosswalks().length < props.prompt.max}>
        <button type="button" id={`${fieldId(props.prompt.id)}-add`} class="add" onClick={add}>
          + Add another crosswalk
        </button>
      </Show>
    </div>
  );
}

/** Chips shown before "More…": enough to suggest, few enough not to bury the fields. */
const SHORT_LIST = 3;

/**
 * Initiatives to pick with one tap, collapsed to a short list with "More…". The chosen one
 * stays visible even when it is further down the list.
 */
function Choices(props: { label: string; group: string; texts: string[]; chosen: string; onChoose: (text: string) => void }) {
  const [expanded, setExpanded] = createSignal(false);
  const shown = () => (expanded() ? props.texts : props.texts.filter((text, i) => i < SHORT_LIST || text === props.chosen));
  const hidden = () => props.texts.length - shown().length;
  return (
    <div class="choices" role="group" aria-label={props.group}>
      <span class="choices-label" aria-hidden="true">
        {props.label}:
      </span>
      <For each={shown()}>
        {(text) => (
          <button type="button" class="chip" aria-pressed={props.chosen === text} onClick={() => props.onChoose(text)}>
            {text}
          </button>
        )}
      </For>
      <Show when={hidden() > 0 || expanded()}>
        <button type="button" class="chip more-chips" aria-expanded={expanded()} onClick={() => setExpanded(!expanded())}>
          {expanded() ? 'Fewer' : `More… (${hidden()})`}
        </button>
      </Show>
    </div>
  );
}

/** One row per practice element: its label and the initiative's principles under it. */
function CrosswalkCells(props: { prompt: CrosswalkPrompt; editor: AnswersEditor; crosswalk: Crosswalk }) {
  const cellId = (columnId: string) => fieldId(props.prompt.id, props.crosswalk.id, columnId);
  return (
    <div class="grid">
      <For each={props.prompt.columns}>
        {(column) => (
          <div class="grid-row">
            <label for={cellId(column.id)}>{column.label}</label>
            <AutoTextarea
              id={cellId(column.id)}
              rows={2}
              maxLength={LIMITS.cell}
              value={props.crosswalk.cells[column.id] ?? ''}
              onInput={(event) => props.editor.setCell(props.prompt.id, props.crosswalk.id, column.id, event.currentTarget.value)}
            />
          </div>
        )}
      </For>
    </div>
  );
}
