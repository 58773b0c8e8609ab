/** Moves focus once Solid has rendered the element, e.g. a row that was just added or moved. */
export function focusById(id: string): void {
  queueMicrotask(() => document.getElementById(id)?.focus());
}
