/** What the app says when the browser will not store anything at all. */
export const STORAGE_REFUSED =
  'This browser is not letting CPM Workshop store anything (private browsing, or site data is blocked). You can keep working in this tab, but nothing is saved on this device: download a backup before you close it.';

/** Whether an error means storage is refused outright, rather than one write failing. */
export function isStorageRefused(error: unknown): boolean {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return name === 'StorageRefusedError' || name === 'SecurityError';
}

/** Turns a storage failure into words a participant can act on. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'QuotaExceededError':
      return 'This device is out of storage space, so your latest changes are not saved yet. Your text is still here; free up some space and keep typing to try again.';
    case 'VersionError':
      return 'A newer version of CPM Workshop is open in another tab. Reload this tab to keep working; your text is still here.';
    case 'InvalidStateError':
    case 'TransactionInactiveError':
    case 'AbortError':
      return 'The browser closed the connection to saved worksheets. Your text is still here; keep typing to try again, or reload the page.';
    case 'SecurityError':
    case 'StorageRefusedError':
      return STORAGE_REFUSED;
    case 'TooManyError':
      return (error as Error).message;
    case 'WorksheetDeletedError':
      return 'Not saved: this worksheet was removed in another tab. Restore it to keep it.';
    case 'WorksheetMissingError':
      return 'This worksheet is no longer on this device.';
    case 'SaveMismatchError':
      return 'Your changes were written, but the saved copy does not match what is on screen. Your text is still here; keep typing to save again, and download a backup to be safe.';
    case 'SupersededError':
      return 'A newer version of CPM Workshop opened in another tab, so this tab stopped saving. Reload this tab to keep working; your text is still here.';
    case 'TypeError':
      return 'A file the app needs could not be loaded. Reload the page once you are back online, then try again.';
    default:
      return 'Your latest changes could not be saved. Your text is still here; keep typing to try again.';
  }
}
