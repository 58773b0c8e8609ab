import { createEffect } from 'solid-js';
import { bindModal } from './modal';
import { LIMITS } from '../worksheet/limits';

/** Today's date in words, the name a session gets unless the facilitator types another. */
export const todayName = (now = new Date()) => now.toLocaleDateString([], { month: 'long', day: 'numeric', year: 'numeric' });

/**
 * Asks for a new facilitation session's name before it starts: the name heads every projector
 * slide. The field starts with today's date, selected, so typing replaces it and Enter keeps it.
 */
export function NewSessionDialog(props: { open: boolean; onStart: (name: string) => void; onClose: () => void }) {
  let dialog!: HTMLDialogElement;
  let field!: HTMLInputElement;
  bindModal(
    () => dialog,
    () => props.open,
  );
  createEffect(() => {
    if (!props.open) return;
    field.value = todayName();
    field.select();
  });
  return (
    <dialog ref={dialog} class="confirm" aria-labelledby="new-session-title" onClose={() => props.onClose()}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onStart(field.value.trim() || todayName());
        }}
      >
        <h2 id="new-session-title">Facilitate a session</h2>
        <div class="field">
          <label for="new-session-name">Session name</label>
          <input id="new-session-name" ref={field} autocomplete="off" maxLength={LIMITS.sessionName} aria-describedby="new-session-help" />
          <p id="new-session-help" class="help">
            Shown at the top of every projector slide and on the board PDF.
          </p>
        </div>
        <div class="actions">
          <button type="button" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button type="submit" class="primary">
            Start the session
          </button>
        </div>
      </form>
    </dialog>
  );
}
