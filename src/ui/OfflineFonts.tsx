import { createResource, createSignal, Show } from 'solid-js';

// The font module is small, but it is the PDF's: load it only once this panel is on screen.
const fonts = () => import('../pdf/fontFiles');

/**
 * Chinese and Korean PDF fonts are large, so a first visit does not download them. A facilitator
 * preparing for a session with no network can keep them on this device ahead of time.
 */
export function OfflineFonts() {
  const [offline, { mutate }] = createResource(async () => (await fonts()).onDemandFontsOffline());
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
      <p role="status">
        {busy()
          ? 'Downloading the Chinese and Korean fonts…'
          : offline()
            ? 'Chinese and Korean fonts for PDFs are on this device: export works offline.'
            : 'Chinese and Korean fonts for PDFs download the first time a PDF needs them.'}
      </p>
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
