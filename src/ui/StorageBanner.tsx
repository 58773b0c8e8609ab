import { createSignal, onCleanup, Show } from 'solid-js';
import { backupFile } from '../backup/files';
import { useServices, type ConnectionEvent } from '../services';
import { todayIso } from '../worksheet/answers';
import { saveJson } from './download';

const MESSAGES: Record<ConnectionEvent, string> = {
  superseded: 'A newer version of CPM Workshop is open in another tab. Your changes are saved; reload this tab to keep working.',
  blocked: 'CPM Workshop is updating, but another tab with the older version is still open. Reload or close the other CPM Workshop tabs.',
  terminated:
    'The browser closed the connection to your saved worksheets. Your text is still on screen and will be saved again as soon as storage is back.',
};

/**
 * App-wide word from the storage layer, with the one action that helps. A save that failed
 * stays on screen on every page until a later save succeeds, with a backup of what is in memory.
 */
export function StorageBanner() {
  const health = useServices().health;
  const [event, setEvent] = createSignal<ConnectionEvent>();
  const [problems, setProblems] = createSignal(health.saveProblems());
  onCleanup(health.onConnectionEvent(setEvent));
  onCleanup(health.onSaveHealth(() => setProblems(health.saveProblems())));
  const downloadUnsaved = () => saveJson(backupFile(health.unsavedWork(), []), `CPM-backup-${todayIso()}.json`);
  return (
    <>
      <Show when={event()}>
        {(current) => (
          <div class="banner error storage-banner" role="alert">
            <span>{MESSAGES[current()]}</span>
            <Show when={current() === 'superseded'}>
              <button type="button" onClick={() => location.reload()}>
                Reload this tab
              </button>
            </Show>
          </div>
        )}
      </Show>
      <Show when={!event() && problems()[0]}>
        {(problem) => (
          <div class="banner error storage-banner" role="alert">
            <span>Your latest changes are only in this tab for now. {problem()}</span>
            <button type="button" onClick={downloadUnsaved}>
              Download a backup of your unsaved work
            </button>
          </div>
        )}
      </Show>
    </>
  );
}
