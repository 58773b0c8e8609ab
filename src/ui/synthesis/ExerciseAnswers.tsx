import { For, Show } from 'solid-js';
import { boardColumns, type Action, type Idea } from '../../facilitate/session';
import { hasMerges, hideGroup, mergeGroup, showGroup, splitGroup } from '../../synthesis/edits';
import { groupKey, type AnswerGroup } from '../../synthesis/group';
import { groupId, type ExerciseSynthesis, type SynthesisEdits, type SynthesisPart } from '../../synthesis/synthesize';
import type { Exercise } from '../../worksheet/types';
import { formText } from '../formText';
import { plural } from '../plural';

/**
 * One exercise's room answers in the presenter: the score, then each part's answers with their
 * counts and initiatives, each with Add to board and Hide or Show; two answers can be merged by hand.
 */
export function ExerciseAnswers(props: {
  synthesis: ExerciseSynthesis;
  exercise: Exercise;
  edits: SynthesisEdits;
  onEdit: (change: (edits: SynthesisEdits) => SynthesisEdits) => void;
  board: Idea[];
  dispatch: (action: Action) => void;
}) {
  const columns = () => boardColumns(props.exercise);
  const onBoard = (text: string) => props.board.some((idea) => groupKey(idea.text) === groupKey(text));
  // On the crosswalk an answer goes to its element's column; initiatives have no column.
  const canPromote = (part: SynthesisPart) => !columns() || columns()!.some((column) => column.id === part.id);
  const promote = (part: SynthesisPart, group: AnswerGroup) =>
    props.dispatch({ type: 'addIdea', text: group.text, column: columns() ? part.id : undefined });
  // Each edit names its groups by id, read when the button is pressed.
  const idOf = (part: SynthesisPart, group: AnswerGroup) => groupId(props.exercise.id, part.id, group.key);
  const toggleHidden = (part: SynthesisPart, group: AnswerGroup) => {
    const id = idOf(part, group);
    props.onEdit((edits) => (group.hidden ? showGroup : hideGroup)(edits, id));
  };
  const split = (part: SynthesisPart, group: AnswerGroup) => {
    const id = idOf(part, group);
    props.onEdit((edits) => splitGroup(edits, id));
  };
  const merge = (part: SynthesisPart, from: AnswerGroup, into: AnswerGroup) => {
    const [fromId, intoId] = [idOf(part, from), idOf(part, into)];
    props.onEdit((edits) => mergeGroup(edits, fromId, intoId));
  };

  return (
    <Show when={props.synthesis.respondents > 0} fallback={<p class="muted">No contribution answers this exercise yet.</p>}>
      <p class="room-respondents">{plural(props.synthesis.respondents, 'participant')} answered this exercise.</p>
      <Show when={props.synthesis.score}>{(score) => <p class="room-score">{score().text}</p>}</Show>
      <For each={props.synthesis.parts.filter((part) => part.groups.length)}>
        {(part) => (
          <section class="room-part" aria-label={part.label}>
            <h3>{part.label}</h3>
            <ol class="room-groups">
              <For each={part.groups}>
                {(group) => (
                  <li classList={{ held: !!group.hidden }}>
                    <span class="room-text">{group.text}</span>
                    <span class="room-count">{plural(group.count, 'participant')}</span>
                    <Show when={group.tags.length}>
                      <span class="room-tags">
                        {group.tags.map((tag) => (tag.count > 1 ? `${tag.text} (${tag.count})` : tag.text)).join(', ')}
                      </span>
                    </Show>
                    <span class="room-tools">
                      <Show when={canPromote(part)}>
                        <Show when={!onBoard(group.text)} fallback={<span class="muted">On the board</span>}>
                          <button type="button" onClick={() => promote(part, group)}>
                            Add to board<span class="sr-only"> “{group.text}”</span>
                          </button>
                        </Show>
                      </Show>
                      <button type="button" onClick={() => toggleHidden(part, group)}>
                        {group.hidden ? 'Show' : 'Hide'}
                        <span class="sr-only"> “{group.text}”</span>
                      </button>
                      <Show when={hasMerges(props.edits, idOf(part, group))}>
                        <button type="button" onClick={() => split(part, group)}>
                          Undo merge<span class="sr-only"> “{group.text}”</span>
                        </button>
                      </Show>
                    </span>
                  </li>
                )}
              </For>
            </ol>
            <Show when={part.groups.length > 1}>
              <MergeForm part={part} onMerge={(from, into) => merge(part, from, into)} />
            </Show>
          </section>
        )}
      </For>
    </Show>
  );
}

/**
 * Merging two answers by hand: pick both, then press Merge. Choosing in a list never acts by
 * itself, so a keyboard user can move through the options safely.
 */
function MergeForm(props: { part: SynthesisPart; onMerge: (from: AnswerGroup, into: AnswerGroup) => void }) {
  const base = () => `merge-${props.part.id.replace(/[^\w-]/g, '-')}`;
  return (
    <form
      class="room-merge"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const find = (name: string) => {
          const key = formText(data, name);
          return props.part.groups.find((group) => group.key === key);
        };
        const from = find('from');
        const into = find('into');
        if (from && into && from !== into) props.onMerge(from, into);
      }}
    >
      <label for={`${base()}-from`}>Merge the answer</label>
      <select id={`${base()}-from`} name="from">
        <GroupOptions groups={props.part.groups} selected={1} />
      </select>
      <label for={`${base()}-into`}>into</label>
      <select id={`${base()}-into`} name="into">
        <GroupOptions groups={props.part.groups} selected={0} />
      </select>
      <button type="submit">
        Merge<span class="sr-only"> in {props.part.label}</span>
      </button>
    </form>
  );
}

/** The part's answers as options, one of them chosen at first. */
function GroupOptions(props: { groups: AnswerGroup[]; selected: number }) {
  return (
    <For each={props.groups}>
      {(group, i) => (
        <option value={group.key} selected={i() === props.selected}>
          {group.text}
        </option>
      )}
    </For>
  );
}
