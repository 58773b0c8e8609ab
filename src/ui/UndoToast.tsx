import { createEffect, onCleanup, Show } from 'solid-js';

export interface Undoable {
  message: string;
  undo: () => void | Promise<void>;
}

const UNDO_WINDOW_MS = 8000;

/** "Deleted X. Undo" for a few seconds after a destructive action. */
export function UndoToast(props: { action: Undoable | undefined; onDone: () => void }) {
  createEffect(() => {
    if (!props.action) return;
    const timer = setTimeout(props.onDone, UNDO_WINDOW_MS);
    onCleanup(() => clearTimeout(timer));
  });
  return (
    <div class="toast-region" role="status">
      <Show when={props.action}>
        {(action) => (
          <div class="toast">
            <span>{action().message}</span>
            <button
              type="button"
              onClick={() => {
                void action().undo();
                props.onDone();
              }}
            >
              Undo
            </button>
          </div>
        )}
      </Show>
    </div>
  );
}
