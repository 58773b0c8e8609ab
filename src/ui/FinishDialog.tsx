import { bindModal } from './modal';

/**
 * The end of a session: take the PDF and a backup, and a plain reminder of where the
 * worksheet lives, before closing the laptop.
 */
export function FinishDialog(props: { open: boolean; onClose: () => void; onPdf: () => void; onBackup: () => void }) {
  let dialog!: HTMLDialogElement;
  bindModal(
    () => dialog,
    () => props.open,
  );
  return (
    <dialog ref={dialog} class="confirm finish" aria-labelledby="finish-title" onClose={() => props.onClose()}>
      <h2 id="finish-title">Finish this worksheet</h2>
      <ol class="finish-steps">
        <li>
          <button type="button" class="primary" onClick={() => props.onPdf()}>
            Download your PDF
          </button>
          <span class="muted">The finished handout, to keep or to show your director.</span>
        </li>
        <li>
          <button type="button" onClick={() => props.onBackup()}>
            Download a backup
          </button>
          <span class="muted">A file you can restore on this or another computer.</span>
        </li>
      </ol>
      <p>
        <strong>Your worksheet lives only in this browser on this device.</strong> Nothing was sent anywhere. Clearing the browser’s data
        deletes it, and Safari may clear it after 7 days without a visit.
      </p>
      <form method="dialog">
        <button type="submit">Done</button>
      </form>
    </dialog>
  );
}
