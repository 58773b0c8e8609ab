import { openBroadcast, TAB_ID, type Broadcast } from '../sync/broadcast';
import { stepAside } from './db';

/**
 * Word to every other tab that stored worksheets changed: saved by a tab, changed by a library
 * action (rename, restore with "Replace"), added or deleted. Open worksheets and libraries
 * listen, so no tab goes on showing, or writing back, a copy that is no longer true.
 */
export interface WorksheetChange {
  id: string;
  change: 'saved' | 'changed' | 'added' | 'deleted';
  rev: number;
  /** For a tab's save: the stamp time of the latest of its own changes that the save holds. */
  upTo?: number;
}

const CHANGES = new Set<WorksheetChange['change']>(['saved', 'changed', 'added', 'deleted']);

function parseChange(body: unknown): WorksheetChange | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { id, change, rev } = body as Record<string, unknown>;
  if (typeof id !== 'string' || id.length > 100 || !CHANGES.has(change as WorksheetChange['change'])) return undefined;
  if (typeof rev !== 'number' || !Number.isInteger(rev) || rev < 0) return undefined;
  const upTo = (body as Record<string, unknown>).upTo;
  if (upTo !== undefined && (typeof upTo !== 'number' || !Number.isFinite(upTo))) return undefined;
  return { id, change: change as WorksheetChange['change'], rev, ...(upTo === undefined ? {} : { upTo }) };
}

type Listener = (change: WorksheetChange, fromTab: string) => void;
const listeners = new Set<Listener>();
let channel: Broadcast<WorksheetChange> | undefined;

function open(): Broadcast<WorksheetChange> {
  channel ??= openBroadcast('library', {
    parse: parseChange,
    onMessage: (change, fromTab) => listeners.forEach((listener) => listener(change, fromTab)),
    onNewerVersion: () => void stepAside(),
  });
  return channel;
}

/**
 * Tells the other tabs, and this tab's own listeners too, so every view updates one way.
 * Listeners hear which tab made the change (this tab's own id for its own).
 */
export function announce(change: WorksheetChange): void {
  open().post(change);
  listeners.forEach((listener) => listener(change, TAB_ID));
}

/** Listens to changes from every tab; returns the way to stop. */
export function onWorksheetChange(listener: Listener): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
