import { createSignal, For, Show } from 'solid-js';
import { boardColumns, type Action, type FacilitationSession, type Idea } from '../../facilitate/session';
import { loadPaper } from '../../store/preferences';
import { skippedLine, type Skipped } from '../../synthesis/intake';
import { groupKey, type AnswerGroup } from '../../synthesis/group';
import { groupId, type SynthesisPart } from '../../synthesis/synthesize';
import type { Exercise } from '../../worksheet/types';
import { saveFile } from '../download';
import type { RoomAnswers } from './roomState';
import './synthesis.css';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The facilitator's room answers: add many contribution files at once (picker or drop), see the
 * current exercise's answers grouped and counted, promote one to the board, hide one, or merge
 * two by hand; remove a contribution. Nobody is named unless they ticked it.
 */
export function RoomAnswersPanel(props: {
  room: RoomAnswers;
  session: FacilitationSession;
  exercise: Exercise;
  board: Idea[];
  dispatch: (action: Action) => void;
}) {
  let input!: HTMLInputElement;
  const [dragging, setDragging] = createSignal(false);
  const [added, setAdded] = createSignal<string>('');
  const [skipped, setSkipped] = createSignal<Skipped[]>([]);

  const record = () => props.room.record();
  const synthesis = () => props.room.of(props.exercise.id);
  const columns = () => boardColumns(props.exercise);

  const add = async (files: readonly File[]) => {
    if (!files.length) return;
    const result = await props.room.addFiles(files);
    setAdded(`${plural(result.added, 'contribution')} added.`);
    setSkipped(result.skipped);
  };

  const editPart = (part: SynthesisPart, change: 'hide' | 'show' | 'split', group: AnswerGroup) => {
    const id = groupId(props.exercise.id, part.id, group.key);
    props.room.update((current) => {
      const { hidden, merges } = current.edits;
      const edits =
        change === 'hide'
          ? { hidden: [...hidden, id], merges }
          : change === 'show'
            ? { hidden: hidden.filter((h) => h !== id), merges }
            : { hidden, merges: merges.filter((m) => m.into !== id) };
      return { ...current, edits };
    });
  };
  const merge = (part: SynthesisPart, from: AnswerGroup, intoKey: string) => {
    const fromId = groupId(props.exercise.id, part.id, from.key);
    const intoId = groupId(props.exercise.id, part.id, intoKey);
    props.room.update((current) => ({
      ...current,
      // What was merged into `from` follows it into the new group.
      edits: {
        hidden: current.edits.hidden,
        merges: [...current.edits.merges.map((m) => (m.into === fromId ? { ...m, into: intoId } : m)), { from: fromId, into: intoId }],
      },
    }));
  };

  const [exportStatus, setExportStatus] = createSignal('');
  const exportPdf = async () => {
    setExportStatus('Preparing the room answers PDF…');
    try {
      const pdf = await import('../../pdf/export');
      const file = await pdf.exportSynthesisPdf(props.session, props.room.synthesis(), record().contributions.length, loadPaper());
      saveFile(file.bytes, file.fileName, 'application/pdf');
      setExportStatus('Room answers PDF downloaded.');
    } catch {
      setExportStatus('The room answers PDF could not be made. The answers are safe; please try again.');
    }
  };

  const onBoard = (text: string) => props.board.some((idea) => groupKey(idea.text) === groupKey(text));
  const canPromote = (part: SynthesisPart) => !columns() || columns()!.some((column) => column.id === part.id);
  const promote = (part: SynthesisPart, group: AnswerGroup) =>
    props.dispatch({ type: 'addIdea', text: group.text, column: columns() ? part.id : undefined });
  const mergedInto = (part: SynthesisPart, group: AnswerGroup) =>
    record().edits.merges.some((m) => m.into === groupId(props.exercise.id, part.id, group.key));

  return (
    <section
      class="room-answers"
      classList={{ dragging: dragging() }}
      aria-labelledby="room-answers-title"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void add([...(event.dataTransfer?.files ?? [])]);
      }}
    >
      <h2 id="room-answers-title">Room answers</h2>
      <p class="muted">
        {plural(record().contributions.length, 'contribution')} from participants. Drop contribution files here, or:
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => input.click()}>
          Add contributions
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          multiple
          class="sr-only"
          tabindex="-1"
          aria-label="Contribution files"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            void add(files);
          }}
        />
        <label class="check">
          <input
            type="checkbox"
            checked={record().onScreen}
            onChange={(event) => {
              const onScreen = event.currentTarget.checked;
              props.room.update((current) => ({ ...current, onScreen }));
            }}
          />
          Show room answers on screen
        </label>
        <button type="button" disabled={!record().contributions.length} onClick={() => void exportPdf()}>
          Export room answers PDF
        </button>
      </div>
      <p class="room-export" role="status">
        {exportStatus()}
      </p>
      <div class="room-intake" role="status">
        <Show when={added()}>
          <p>{added()}</p>
        </Show>
        <Show when={skipped().length}>
          <ul class="room-skipped">
            <For each={skipped()}>{(item) => <li>{skippedLine(item)}</li>}</For>
          </ul>
        </Show>
      </div>
      <Show when={props.room.saveError()}>
        <p class="banner error" role="alert">
          {props.room.saveError()}
        </p>
      </Show>

      <Show when={synthesis()} fallback={<p class="muted">Participants are not asked to share this exercise.</p>}>
        {(exercise) => (
          <Show when={exercise().respondents > 0} fallback={<p class="muted">No contribution answers this exercise yet.</p>}>
            <p class="room-respondents">{plural(exercise().respondents, 'participant')} answered this exercise.</p>
            <Show when={exercise().score}>{(score) => <p class="room-score">{score().text}</p>}</Show>
            <For each={exercise().parts.filter((part) => part.groups.length)}>
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
                            <button type="button" onClick={() => editPart(part, group.hidden ? 'show' : 'hide', group)}>
                              {group.hidden ? 'Show' : 'Hide'}
                              <span class="sr-only"> “{group.text}”</span>
                            </button>
                            <Show when={mergedInto(part, group)}>
                              <button type="button" onClick={() => editPart(part, 'split', group)}>
                                Undo merge<span class="sr-only"> “{group.text}”</span>
                              </button>
                            </Show>
                            <Show when={part.groups.length > 1}>
                              <select
                                aria-label={`Merge “${group.text}” into`}
                                onChange={(event) => {
                                  const into = event.currentTarget.value;
                                  if (into) merge(part, group, into);
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
              )}
            </For>
          </Show>
        )}
      </Show>

      <Show when={record().contributions.length}>
        <details class="room-contributions">
          <summary>Contributions ({record().contributions.length})</summary>
          <ol>
            <For each={record().contributions}>
              {(contribution, index) => (
                <li>
                  <span>
                    {contribution.name ?? `Anonymous ${index() + 1}`} · shared{' '}
                    {new Date(contribution.sharedAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}
                  </span>
                  <button
                    type="button"
                    class="danger-link"
                    onClick={() =>
                      props.room.update((current) => ({
                        ...current,
                        contributions: current.contributions.filter((c) => c.contributionId !== contribution.contributionId),
                      }))
                    }
                  >
                    Remove<span class="sr-only"> contribution {contribution.name ?? `Anonymous ${index() + 1}`}</span>
                  </button>
                </li>
              )}
            </For>
          </ol>
        </details>
      </Show>
    </section>
  );
}
