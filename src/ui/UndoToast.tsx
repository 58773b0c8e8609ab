import { createEffect, createSignal, onCleanup, Show } from 'solid-js';

export interface Undoable {
  message: string;
  undo: () => void | Promise<void>;
}

const UNDO_WINDOW_MS = 8000;

/**
 * "Deleted X. Undo" for a few seconds after a destructive action. It waits while the pointer
 * or focus is on it (WCAG 2.2.1), so it can be read and reached at a person's pace. With
 * `takeFocus`, Undo gets focus at once, and focus goes back where it was if the toast leaves.
 */
export function UndoToast(props: { action: Undoable | undefined; onDone: () => void; takeFocus?: boolean }) {
  const [held, setHeld] = createSignal(false);
  let undo: HTMLButtonElement | undefined;
  let returnTo: HTMLElement | undefined;
  createEffect(() => {
    if (!props.action || held()) return;
    const timer = setTimeout(props.onDone, UNDO_WINDOW_MS);
    onCleanup(() => clearTimeout(timer));
  });
  createEffect(() => {
    if (!props.action || !props.takeFocus) return;
    returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    queueMicrotask(() => undo?.focus());
    onCleanup(() => {
      // Leaving with focus inside would drop it on the page's body.
      if (undo && document.activeElement === undo) queueMicrotask(() => returnTo?.focus());
      setHeld(false);
    });
  });
  return (
    <div
      class="toast-region"
      role="status"
      onFocusIn={() => setHeld(true)}
      onFocusOut={() => setHeld(false)}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
    >
      <Show when={props.action}>
        {(action) => (
          <div class="toast">
            <span>{action().message}</span>
            <button
              type="button"
              ref={undo}
              onClick={() => {
                // The action moves focus to what it brings back; the toast must not send it elsewhere.
                undo = undefined;
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
