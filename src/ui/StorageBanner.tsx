import { createSignal, onCleanup, Show } from 'solid-js';
import { onConnectionEvent, type ConnectionEvent } from '../store/events';

const MESSAGES: Record<ConnectionEvent, string> = {
  superseded: 'A newer version of CPM Workshop is open in another tab. Your changes are saved; reload this tab to keep working.',
  blocked: 'CPM Workshop is updating, but another tab with the older version is still open. Reload or close the other CPM Workshop tabs.',
  terminated: 'The browser closed the connection to your saved worksheets. Your text is still on screen and will be saved again as soon as storage is back.',
};

/** App-wide word from the storage layer, with the one action that helps. */
export function StorageBanner() {
  const [event, setEvent] = createSignal<ConnectionEvent>();
  onCleanup(onConnectionEvent(setEvent));
  return (
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
  );
}
