import { For } from 'solid-js';
import { bindModal } from './modal';
import type { Action } from '../facilitate/session';

/** Presenter shortcuts: the keys presentation clickers send, and the slide-software habits. */
export const SHORTCUTS: Array<{ keys: string[]; caps: string[]; describe: string; action: Action }> = [
  { keys: ['ArrowRight', 'PageDown'], caps: ['→', 'Page Down'], describe: 'Next exercise', action: { type: 'next' } },
  { keys: ['ArrowLeft', 'PageUp'], caps: ['←', 'Page Up'], describe: 'Previous exercise', action: { type: 'prev' } },
  { keys: ['b', 'B', '.'], caps: ['B'], describe: 'Blank or show the projector screen', action: { type: 'toggleBlank' } },
  { keys: ['r', 'R'], caps: ['R'], describe: 'Reveal or hide the answers', action: { type: 'toggleReveal' } },
  { keys: ['t', 'T'], caps: ['T'], describe: 'Start or pause the timer', action: { type: 'timerStart' } },
  { keys: ['+'], caps: ['+'], describe: 'Add a minute to the timer', action: { type: 'timerAddMinute' } },
];

/** The ? dialog. A native <dialog> keeps focus inside and closes on Escape. */
export function ShortcutHelp(props: { open: boolean; onClose: () => void }) {
  let dialog!: HTMLDialogElement;
  bindModal(
    () => dialog,
    () => props.open,
  );
  return (
    <dialog ref={dialog} class="confirm" aria-labelledby="help-title" onClose={() => props.onClose()}>
      <h2 id="help-title">Keyboard shortcuts</h2>
      <table class="shortcuts">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          <For each={SHORTCUTS}>
            {(shortcut) => (
              <tr>
                <td>
                  {/* One key cap a key: "→ or Page Down". */}
                  <For each={shortcut.caps}>
                    {(cap, i) => (
                      <>
                        {i() > 0 && ' or '}
                        <kbd>{cap}</kbd>
                      </>
                    )}
                  </For>
                </td>
                <td>{shortcut.describe}</td>
              </tr>
            )}
          </For>
          <tr>
            <td>
              <kbd>?</kbd>
            </td>
            <td>Show this list</td>
          </tr>
          <tr>
            <td>
              <kbd>Enter</kbd>
            </td>
            <td>In “Add an idea”: add it to the board; in an idea on the board: save the change</td>
          </tr>
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>Leave a text field, so the keys above work again</td>
          </tr>
          <tr>
            <td>
              <kbd>F</kbd>
            </td>
            <td>In the projector window: full screen</td>
          </tr>
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" class="primary" autofocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
