/**
 * Which PDF fonts are being downloaded right now, for the status line of whatever started the
 * export. Kept apart from the fonts themselves so a page can listen without loading them.
 */
export type FontName = 'Chinese' | 'Korean';

type Listener = (downloading: FontName[]) => void;
const listeners = new Set<Listener>();
const downloading = new Set<FontName>();

export function onFontDownloads(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function fontDownloadStarted(name: FontName): void {
  downloading.add(name);
  listeners.forEach((listener) => listener([...downloading]));
}

export function fontDownloadEnded(name: FontName): void {
  downloading.delete(name);
  listeners.forEach((listener) => listener([...downloading]));
}

/** "Preparing the Chinese font…", "Preparing the Chinese and Korean fonts…". */
export function preparingMessage(names: FontName[]): string {
  if (!names.length) return '';
  return names.length === 1 ? `Preparing the ${names[0]} font…` : `Preparing the ${names.join(' and ')} fonts…`;
}
