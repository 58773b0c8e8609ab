import { createResource, createSignal, onMount, Show } from 'solid-js';
import { settled } from './settled';

// The font module is small, but it is the PDF's: it is loaded once this panel has been painted,
// so a first visit's page is complete without waiting for one more download.
const fonts = () => import('../pdf/fontFiles');

/**
 * Offline use (the service worker and the font cache) needs a secure context: https, or this
 * computer's own address. A venue or intranet address over plain http has neither.
 */
const offlineCapable = () => window.isSecureContext && typeof caches !== 'undefined';
const OFFLINE_NEEDS_SECURE_ADDRESS =
  'Offline use needs https or this computer’s own address: here the app works while its server can be reached, and a PDF fetches its Chinese or Korean font when it needs one.';

/**
 * Chinese and Korean PDF fonts are large, so a first visit does not download them. A facilitator
 * preparing for a session with no network can keep them on this device ahead of time.
 */
export function OfflineFonts() {
  return (
    <Show when={offlineCapable()} fallback={<p class="offline-fonts">{OFFLINE_NEEDS_SECURE_ADDRESS}</p>}>
      <KeepFontsOffline />
    </Show>
  );
}

function KeepFontsOffline() {
  const [painted, setPainted] = createSignal(false);
  onMount(() => requestAnimationFrame(() => setTimeout(() => setPainted(true))));
  const [stored, { mutate }] = createResource(painted, async () => (await fonts()).onDemandFontsOffline());
  // Unknown until the font module answers: the line stays empty rather than guess.
  const offline = () => settled(stored, false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');

  const keep = async () => {
    setBusy(true);
    setError('');
    try {
      await (await fonts()).keepOnDemandFontsOffline();
      mutate(true);
    } catch {
      setError('The Chinese and Korean fonts could not be downloaded. Check the connection, then try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="offline-fonts">
      <p role="status">{busy() ? 'Downloading the Chinese and Korean fonts…' : offlineText(offline())}</p>
      <Show when={offline() === false}>
        <button type="button" disabled={busy()} onClick={() => void keep()}>
          Make Chinese and Korean PDFs work offline
        </button>
      </Show>
      <Show when={error()}>
        <p class="banner error" role="alert">
          {error()}
        </p>
      </Show>
    </div>
  );
}

function offlineText(offline: boolean | undefined): string {
  if (offline === undefined) return '';
  return offline
    ? 'Chinese and Korean fonts for PDFs are on this device: export works offline.'
    : 'Chinese and Korean fonts for PDFs download the first time a PDF needs them.';
}
