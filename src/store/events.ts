/**
 * Word from the storage layer for the whole app, kept apart from db.ts so the page can listen
 * without loading IndexedDB code up front.
 */
export type ConnectionEvent = 'blocked' | 'superseded' | 'terminated';

const listeners = new Set<(event: ConnectionEvent) => void>();

/** Tells the UI when another tab holds up an upgrade, replaces this tab's version, or the browser closes the database. */
export function onConnectionEvent(listener: (event: ConnectionEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emit(event: ConnectionEvent): void {
  listeners.forEach((listener) => listener(event));
}
