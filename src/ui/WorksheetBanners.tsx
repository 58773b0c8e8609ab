import { Show } from 'solid-js';

/**
 * What the worksheet page must say above the form: deleted in another tab (Restore or Close),
 * or saving failed (download a backup), and a notice another tab's typing left.
 */
export function WorksheetBanners(props: {
  deleted: boolean;
  saveFailed: boolean;
  notice: string;
  onRestore: () => void;
  onClose: () => void;
  onBackup: () => void;
  onDismiss: () => void;
}) {
  return (
    <>
      <Show
        when={props.deleted}
        fallback={
          <Show when={props.saveFailed}>
            <p class="banner error storage-banner" role="alert">
              <span>Your latest changes are only in this tab for now. Download a backup so nothing can be lost.</span>
              <button type="button" onClick={() => props.onBackup()}>
                Download a backup of this worksheet
              </button>
            </p>
          </Show>
        }
      >
        <p class="banner error storage-banner" role="alert">
          <span>Deleted in another tab. What you see is kept only in this tab until you restore it.</span>
          <button type="button" onClick={() => props.onRestore()}>
            Restore
          </button>
          <button type="button" onClick={() => props.onClose()}>
            Close
          </button>
        </p>
      </Show>
      <Show when={props.notice}>
        <p class="banner notice" role="alert">
          {props.notice}{' '}
          <button type="button" class="link" onClick={() => props.onDismiss()}>
            Dismiss
          </button>
        </p>
      </Show>
    </>
  );
}
