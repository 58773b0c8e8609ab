import { createEffect, onMount } from 'solid-js';
import { backupFile } from '../backup/files';
import { unsavedRecords } from '../store/memory';
import { todayIso } from '../worksheet/answers';
import { saveJson } from '../ui/download';
import { discardFirstFrame } from '../ui/takeOverFirstFrame';

/**
 * What a user sees if a page fails in a way nothing else caught: plain words, and a way to
 * take away what this tab still holds in memory. Never a stack trace or "Something went wrong".
 */
export function AppError(props: { error: unknown }) {
  createEffect(() => console.error(props.error));
  onMount(discardFirstFrame);
  const inMemory = unsavedRecords();
  return (
    <main class="missing" id="main">
      <h1>This page could not be shown</h1>
      <p>
        Something in CPM Workshop stopped working on this page. Your saved worksheets are not affected. Reload the page to try again, or go
        back to your worksheets.
      </p>
      <p class="actions">
        <button type="button" class="primary" onClick={() => location.reload()}>
          Reload the page
        </button>
        <a href="#/" class="button">
          Go to your worksheets
        </a>
        {inMemory.length > 0 && (
          <button type="button" onClick={() => saveJson(backupFile(inMemory, []), `CPM-backup-${todayIso()}.json`)}>
            Download a backup of the {inMemory.length === 1 ? 'worksheet' : `${inMemory.length} worksheets`} open in this tab
          </button>
        )}
      </p>
    </main>
  );
}
