import { onFontDownloads, preparingMessage } from '../pdf/fontStatus';

/**
 * Runs an export; while a large font downloads for it, `show` says so ("Preparing the Chinese
 * font…"), and goes back to `meanwhile` when the download is done.
 */
export async function withFontNotice<T>(show: (message: string) => void, meanwhile: string, run: () => Promise<T>): Promise<T> {
  const stop = onFontDownloads((names) => show(preparingMessage(names) || meanwhile));
  try {
    return await run();
  } finally {
    stop();
  }
}
