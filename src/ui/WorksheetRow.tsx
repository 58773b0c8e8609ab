import { createSignal, Show } from 'solid-js';
import type { WorksheetSummary } from '../worksheet/summary';
import { formText } from './formText';
import { focusById } from './focus';
import { ProgressBar } from './ProgressBar';
import { LIMITS } from '../worksheet/limits';
import { whenChanged } from './clock';

export interface WorksheetActions {
  onRename: (sheet: WorksheetSummary, title: string) => Promise<void>;
  onDuplicate: (sheet: WorksheetSummary) => void;
  onDelete: (sheet: WorksheetSummary) => void;
  onExport: (sheet: WorksheetSummary) => void;
  onSaveFile: (sheet: WorksheetSummary) => void;
}

/** One worksheet in the library: its name, who and when, progress, and what can be done with it. */
export function WorksheetRow(props: { sheet: WorksheetSummary; actions: WorksheetActions; now: Date }) {
  const [renaming, setRenaming] = createSignal(false);
  const renameId = () => `rename-${props.sheet.id}`;
  const startRename = () => {
    setRenaming(true);
    focusById(renameId());
  };
  const finishRename = async (title?: string) => {
    setRenaming(false);
    if (title !== undefined) await props.actions.onRename(props.sheet, title);
    focusById(`rename-button-${props.sheet.id}`);
  };

  return (
    <li class="worksheet-card">
      <Show
        when={renaming()}
        fallback={
          <h2>
            <a id={`open-${props.sheet.id}`} href={`#/worksheets/${props.sheet.id}`}>
              {props.sheet.title}
            </a>
          </h2>
        }
      >
        <RenameForm id={renameId()} title={props.sheet.title} onDone={(title) => void finishRename(title)} />
      </Show>
      <p class="meta">
        <Show when={props.sheet.participant} fallback={<span>No participant name yet</span>}>
          <span>{props.sheet.participant}</span>
        </Show>
        <span>Last change: {whenChanged(props.sheet.updatedAt, props.now)}</span>
      </p>
      <ProgressBar progress={props.sheet.progress} label="Answered" />
      <div class="card-actions">
        <a class="button" href={`#/worksheets/${props.sheet.id}`} aria-label={`Open ${props.sheet.title}`}>
          Open
        </a>
        <button type="button" id={`rename-button-${props.sheet.id}`} onClick={startRename} aria-label={`Rename ${props.sheet.title}`}>
          Rename
        </button>
        <button type="button" onClick={() => props.actions.onExport(props.sheet)} aria-label={`Export PDF of ${props.sheet.title}`}>
          Export PDF
        </button>
        <button type="button" onClick={() => props.actions.onSaveFile(props.sheet)} aria-label={`Save as file: ${props.sheet.title}`}>
          Save as file
        </button>
        <button type="button" onClick={() => props.actions.onDuplicate(props.sheet)} aria-label={`Duplicate ${props.sheet.title}`}>
          Duplicate
        </button>
        <button
          type="button"
          class="danger-link"
          onClick={() => props.actions.onDelete(props.sheet)}
          aria-label={`Delete ${props.sheet.title}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

/** Renaming in place: Save name keeps the typed name; Cancel or Escape leaves it as it was. */
function RenameForm(props: { id: string; title: string; onDone: (title?: string) => void }) {
  return (
    <form
      class="rename"
      onSubmit={(event) => {
        event.preventDefault();
        props.onDone(formText(event.currentTarget, 'title'));
      }}
    >
      <label for={props.id}>Session name</label>
      <input
        id={props.id}
        name="title"
        maxLength={LIMITS.shortText}
        value={props.title === 'Untitled worksheet' ? '' : props.title}
        onKeyDown={(event) => event.key === 'Escape' && props.onDone()}
      />
      <button type="submit" class="primary">
        Save name
      </button>
      <button type="button" onClick={() => props.onDone()}>
        Cancel
      </button>
    </form>
  );
}
