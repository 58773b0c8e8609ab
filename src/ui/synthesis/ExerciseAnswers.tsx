import { For, Show } from 'solid-js';
import { boardColumns, type Action, type Idea } from '../../facilitate/session';
import { hasMerges, hideGroup, mergeGroup, showGroup, splitGroup } from '../../synthesis/edits';
import { groupKey, type AnswerGroup } from '../../synthesis/group';
import { groupId, type ExerciseSynthesis, type SynthesisEdits, type SynthesisPart } from '../../synthesis/synthesize';
import type { Exercise } from '../../worksheet/types';

export const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * One exercise's room answers in the presenter: the score, then each part's answers with their
 * counts and initiatives, each with Add to board, Hide or Show, and Merge into another.
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

  return (
    <Show when={props.synthesis.respondents > 0} fallback={<p class="muted">No contribution answers this exercise yet.</p>}>
      <p class="room-respondents">{plural(props.synthesis.respondents, 'participant')} answered this exercise.</p>
      <Show when={props.synthesis.score}>{(score) => <p class="room-score">{score().text}</p>}</Show>
      <For each={props.synthesis.parts.filter((part) => part.groups.length)}>
        {(part) => {
          const id = (group: AnswerGroup) => groupId(props.exercise.id, part.id, group.key);
          return (
            <section class="room-part" aria-label={part.label}>
              <h3>{part.label}</h3>
              <ol class="room-groups">
                <For each={part.groups}>
                  {(group) => (
                    <li classList={{ held: !!group.hidden }}>
                      <span class="room-text">{group.text}</span>
                      <span class="room-count">{plural(group.count, 'participant')}</span>
                      <Show when={group.tags.length}>
                        <span class="room-tags">{group.tags.map((tag) => (tag.count > 1 ? `${tag.text} (${tag.count})` : tag.text)).join(', ')}</span>
                      </Show>
                      <span class="room-tools">
                        <Show when={canPromote(part)}>
                          <Show when={!onBoard(group.text)} fallback={<span class="muted">On the board</span>}>
                            <button type="button" onClick={() => promote(part, group)}>
                              Add to board<span class="sr-only"> “{group.text}”</span>
                            </button>
                          </Show>
                        </Show>
                        <button type="button" onClick={() => props.onEdit((edits) => (group.hidden ? showGroup : hideGroup)(edits, id(group)))}>
                          {group.hidden ? 'Show' : 'Hide'}
                          <span class="sr-only"> “{group.text}”</span>
                        </button>
                        <Show when={hasMerges(props.edits, id(group))}>
                          <button type="button" onClick={() => props.onEdit((edits) => splitGroup(edits, id(group)))}>
                            Undo merge<span class="sr-only"> “{group.text}”</span>
                          </button>
                        </Show>
                        <Show when={part.groups.length > 1}>
                          <select
                            aria-label={`Merge “${group.text}” into`}
                            onChange={(event) => {
                              const into = part.groups.find((other) => other.key === event.currentTarget.value);
                              if (into) props.onEdit((edits) => mergeGroup(edits, id(group), id(into)));
                            }}
                          >
                            <option value="">Merge into…</option>
                            <For each={part.groups.filter((other) => other.key !== group.key)}>
                              {(other) => <option value={other.key}>{other.text}</option>}
                            </For>
                          </select>
                        </Show>
                      </span>
                    </li>
                  )}
                </For>
              </ol>
            </section>
          );
        }}
      </For>
    </Show>
  );
}
