/** Hands a file to the browser's downloads. */
export function saveFile(contents: ArrayBuffer | string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the blob goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A backup or worksheet file, pretty-printed so a person can read it too. */
export function saveJson(value: unknown, fileName: string): void {
  saveFile(JSON.stringify(value, null, 2), fileName, 'application/json');
}
