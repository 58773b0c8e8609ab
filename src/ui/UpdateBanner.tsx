import { createSignal, onMount, Show } from 'solid-js';
import { useServices } from '../services';

/**
 * Offers a new version when the service worker has one; reloading is the user's choice,
 * and pending saves are written first.
 */
export function UpdateBanner() {
  const { flushAllSaves } = useServices().health;
  /** Writes what is pending, then lets the new version take over the page. */
  const reload = async (apply: (reload: boolean) => Promise<void>) => {
    await flushAllSaves();
    await apply(true);
  };
  const [update, setUpdate] = createSignal<(reload: boolean) => Promise<void>>();
  const [offline, setOffline] = createSignal(false);
  onMount(() => {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
    // The service worker downloads the whole app (fonts included) for offline use: start it once
    // the page is up, so it never competes with the participant's first keystrokes.
    const register = async () => {
      const { registerSW } = await import('virtual:pwa-register');
      const updateSW = registerSW({
        onNeedRefresh: () => setUpdate(() => updateSW),
        onOfflineReady: () => setOffline(true),
      });
    };
    const later = () => setTimeout(() => void register(), 1500);
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later, { once: true });
  });
  return (
    <div class="update-region" role="status">
      <Show when={update()}>
        {(apply) => (
          <div class="toast">
            <span>Update available.</span>
            <button type="button" onClick={() => void reload(apply())}>
              Reload
            </button>
          </div>
        )}
      </Show>
      <Show when={offline() && !update()}>
        <span class="sr-only">CPM Workshop now works offline.</span>
      </Show>
    </div>
  );
}
