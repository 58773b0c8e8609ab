import { createSignal, For, Show } from 'solid-js';
import type { ConflictChoice, Conflicts } from '../services';

const CHOICES: Array<{ value: ConflictChoice; label: string; hint: string }> = [
  { value: 'keepBoth', label: 'Keep both', hint: 'The restored copy is added beside the one on this device.' },
  { value: 'replace', label: 'Replace', hint: 'The copy on this device is replaced by the one in the file.' },
  { value: 'skip', label: 'Skip', hint: 'The copy on this device stays; the one in the file is not restored.' },
];

/** Asks what to do with items that are already on this device; nothing is overwritten unasked. */
export function RestoreChoice(props: { conflicts: Conflicts; onChoose: (choice: ConflictChoice | undefined) => void }) {
  let dialog!: HTMLDialogElement;
  const [choice, setChoice] = createSignal<ConflictChoice>('keepBoth');
  const items = () => [...props.conflicts.worksheets, ...props.conflicts.sessions];
  queueMicrotask(() => dialog.showModal());
  return (
    <dialog
      ref={dialog}
      class="confirm"
      aria-labelledby="restore-title"
      onClose={() => props.onChoose(dialog.returnValue === 'ok' ? choice() : undefined)}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          dialog.close('ok');
        }}
      >
        <h2 id="restore-title">Already on this device</h2>
        <p>
          {items().length === 1 ? 'This item from the backup is' : `These ${items().length} items from the backup are`} already on this
          device:
        </p>
        <ul class="confirm-details">
          <For each={items()}>{(item) => <li>{item.title}</li>}</For>
        </ul>
        <fieldset class="choices-set">
          <legend>What should happen to them?</legend>
          <For each={CHOICES}>
            {(option) => (
              <label class="check">
                <input
                  type="radio"
                  name="choice"
                  value={option.value}
                  checked={choice() === option.value}
                  onChange={() => setChoice(option.value)}
                />
                <span>
                  <strong>{option.label}</strong>
                  <Show when={option.hint}>
                    <span class="muted"> — {option.hint}</span>
                  </Show>
                </span>
              </label>
            )}
          </For>
        </fieldset>
        <div class="actions">
          <button type="button" onClick={() => dialog.close('cancel')}>
            Cancel
          </button>
          <button type="submit" class="primary">
            Restore
          </button>
        </div>
      </form>
    </dialog>
  );
}
