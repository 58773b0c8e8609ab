import { For, Show } from 'solid-js';
import type { Idea } from '../../facilitate/session';
import { AutoTextarea } from '../AutoTextarea';
import { LIMITS } from '../../worksheet/limits';
import { focusById } from '../focus';
import { formText } from '../formText';

type Column = { id: string; label: string };

export interface RoomBoardActions {
  onAdd: (text: string, column: string | undefined) => void;
  onEdit: (id: string, text: string) => void;
  onMove: (id: string, column: string) => void;
  onToggle: (id: string) => void;
  onDelete: (idea: Idea, index: number) => void;
  onHoldChange: (hold: boolean) => void;
}

/** Where the facilitator types the room's ideas; the list scrolls in its own pane. */
export function RoomBoard(props: { ideas: Idea[]; columns?: Column[]; hold: boolean } & RoomBoardActions) {
  return (
    <section class="room-board" aria-labelledby="board-title">
      <h2 id="board-title" class="sr-only">
        Room board
      </h2>
      <AddIdea columns={props.columns} onAdd={props.onAdd} />
      <label class="check">
        <input type="checkbox" checked={props.hold} onChange={(event) => props.onHoldChange(event.currentTarget.checked)} />
        Hold new ideas for review before they show on screen
      </label>
      <div class="board-pane">
        <Show when={props.ideas.length > 0} fallback={<p class="muted">No ideas yet for this exercise.</p>}>
          <ol class="ideas">
            <For each={props.ideas}>
              {(idea, index) => (
                <IdeaRow
                  idea={idea}
                  number={index() + 1}
                  columns={props.columns}
                  onEdit={props.onEdit}
                  onMove={props.onMove}
                  onToggle={props.onToggle}
                  onDelete={() => props.onDelete(idea, index())}
                />
              )}
            </For>
          </ol>
        </Show>
      </div>
    </section>
  );
}

function AddIdea(props: { columns?: Column[]; onAdd: RoomBoardActions['onAdd'] }) {
  return (
    <form
      class="add-idea"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        props.onAdd(formText(data, 'idea'), props.columns ? formText(data, 'column') : undefined);
        (form.elements.namedItem('idea') as HTMLInputElement).value = '';
        focusById('new-idea');
      }}
    >
      <div class="field">
        <label for="new-idea">Add an idea (Enter adds it)</label>
        <input id="new-idea" name="idea" autocomplete="off" maxLength={LIMITS.idea} />
      </div>
      <Show when={props.columns}>
        {(columns) => (
          <div class="field">
            <label for="new-idea-column">Element</label>
            <select id="new-idea-column" name="column">
              <For each={columns()}>{(column) => <option value={column.id}>{column.label}</option>}</For>
            </select>
          </div>
        )}
      </Show>
      <button type="submit" class="primary">
        Add
      </button>
    </form>
  );
}

/** One idea, edited in place: the text wraps, Enter or leaving the field saves it. */
function IdeaRow(
  props: { idea: Idea; number: number; columns?: Column[]; onDelete: () => void } & Pick<
    RoomBoardActions,
    'onEdit' | 'onMove' | 'onToggle'
  >,
) {
  const fieldId = () => `idea-${props.idea.id}`;
  return (
    <li classList={{ held: props.idea.hidden }}>
      <label for={fieldId()} class="idea-number">
        Idea {props.number}
      </label>
      <AutoTextarea
        id={fieldId()}
        rows={1}
        maxLength={LIMITS.idea}
        value={props.idea.text}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.shiftKey) return;
          event.preventDefault();
          props.onEdit(props.idea.id, event.currentTarget.value);
        }}
        onChange={(event) => props.onEdit(props.idea.id, event.currentTarget.value)}
      />
      <div class="idea-actions">
        <Show when={props.columns}>
          {(columns) => (
            <select
              aria-label={`Element for idea ${props.number}`}
              value={props.idea.column ?? columns()[0]?.id}
              onChange={(event) => props.onMove(props.idea.id, event.currentTarget.value)}
            >
              <For each={columns()}>{(column) => <option value={column.id}>{column.label}</option>}</For>
            </select>
          )}
        </Show>
        <button type="button" onClick={() => props.onToggle(props.idea.id)}>
          {props.idea.hidden ? 'Show' : 'Hide'}
          <span class="sr-only"> idea {props.number}</span>
        </button>
        <button type="button" class="danger-link" onClick={() => props.onDelete()}>
          Delete<span class="sr-only"> idea {props.number}</span>
        </button>
      </div>
      <Show when={props.idea.hidden}>
        <span class="held-note">Not on screen</span>
      </Show>
    </li>
  );
}
