import { openBroadcast, TAB_ID } from '../sync/broadcast';
import { fieldOf, parseOp, promptIndex, type AnswerOp, type Ordering } from '../worksheet/ops';
import { Replica, type StampedOp } from '../worksheet/replica';
import type { WorksheetRecord } from '../worksheet/record';
import { TEMPLATE } from '../worksheet/template';
import type { Answers } from '../worksheet/types';
import { createAutosave, track, type Autosave, type SaveStatus } from './autosave';
import { onWorksheetChange } from './changes';
import { reportSave, saveProblem, showing } from './health';
import { stepAside } from './db';
import { describeStorageError } from './errors';
import { putWorksheet, saveWorksheet, saveWorksheetLeaving, wasStored, WorksheetDeletedError, type SaveBase } from './worksheets';

/** What an open worksheet page shows, as the live worksheet tells it. */
export interface LiveView {
  /** The answers on screen right now. */
  answers(): Answers;
  /** Another tab's change, to apply to what is on screen. */
  applyRemote(op: AnswerOp, ordering: Ordering): void;
  /** The stored copy changed under this tab (a library action): show it, with this tab's changes on top. */
  replace(answers: Answers): void;
  status(status: SaveStatus): void;
  /** Another tab wrote the field this tab is typing in, and won. */
  overwritten(op: AnswerOp): void;
  /** The worksheet was deleted in another tab; this tab stops saving. */
  deleted(): void;
}

export interface LiveWorksheet {
  /** A change made in this tab: sent to the other tabs and saved within a second. */
  local(op: AnswerOp): void;
  /** Saves now; resolves when stored. */
  flush(): Promise<void>;
  /** Puts a worksheet deleted elsewhere back, as it is on screen, and saves again. */
  restore(): Promise<void>;
  close(): void;
}

const PROMPTS = promptIndex(TEMPLATE);

/** How long after a keystroke a field counts as being typed in. */
const TYPING_PAUSE_MS = 700;

function parseStamped(body: unknown): StampedOp | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { op, stamp } = body as Record<string, unknown>;
  const parsed = parseOp(op, PROMPTS);
  if (!parsed || typeof stamp !== 'object' || stamp === null) return undefined;
  const { t, tab } = stamp as Record<string, unknown>;
  if (typeof t !== 'number' || !Number.isFinite(t) || typeof tab !== 'string' || tab.length > 100) return undefined;
  return { op: parsed, stamp: { t, tab } };
}

/**
 * One worksheet open in this tab, kept true to storage and to every other tab: changes go out
 * as ops, other tabs' ops come in, saves are compare-and-set on the record's revision, and a
 * newer stored copy is merged with this tab's changes instead of being overwritten.
 */
export function openLiveWorksheet(record: WorksheetRecord, view: LiveView): LiveWorksheet {
  const replica = new Replica(TAB_ID);
  let base: SaveBase = { rev: record.rev ?? 0, stored: wasStored(record.id) };
  let current: WorksheetRecord = record;
  /** Changes on screen that are not known to be stored yet, this tab's and other tabs'. */
  let unstored: StampedOp[] = [];
  let gone = false;
  /** The latest revision other tabs have announced. */
  let heardRev = base.rev;
  const typedAt = new Map<string, number>();

  const ops = openBroadcast(`worksheet:${record.id}`, {
    parse: parseStamped,
    onMessage: (change) => receive(change),
    onNewerVersion: () => void stepAside(),
  });

  const rebase = (stored: Answers) => replica.rebase(stored, unstored);
  const typing = (field: string | undefined) => field !== undefined && Date.now() - (typedAt.get(field) ?? 0) < TYPING_PAUSE_MS;
  /** What to show after a merge: a field being typed in here keeps what is typed (see `hold`). */
  const keepTyping = (answers: Answers) => {
    for (const change of unstored) if (change.stamp.tab === TAB_ID && typing(fieldOf(change.op))) replica.apply(answers, change);
    return answers;
  };

  async function write({ leaving }: { leaving: boolean }): Promise<void> {
    if (gone) throw new WorksheetDeletedError(record.id);
    const upTo = lastOwnStamp();
    const snapshot: WorksheetRecord = { ...current, rev: base.rev, updatedAt: Date.now(), answers: structuredClone(view.answers()) };
    try {
      // Leaving, there is no time to read first: what is on screen already holds every other
      // tab's changes, so it is written over the latest revision this tab has heard of.
      const { saved, rebased } = leaving
        ? await saveWorksheetLeaving(snapshot, { ...base, rev: Math.max(base.rev, heardRev) }, upTo)
        : await saveWorksheet(snapshot, base, rebase, upTo);
      base = { rev: saved.rev ?? 0, stored: true };
      current = saved;
      if (rebased) view.replace(keepTyping(rebase(saved.answers)));
      forgetOwn(upTo);
    } catch (error) {
      if (error instanceof WorksheetDeletedError) markDeleted();
      throw error;
    }
  }

  const autosave: Autosave = track(
    createAutosave(write, (status) => {
      // A deleted worksheet is not a failing save: its own banner says what happened.
      reportSave(record.id, gone ? { state: 'saved', at: new Date() } : status);
      view.status(status);
    }),
  );
  // Opened again after saves failed: what is in memory is still unsaved, so try again at once.
  if (saveProblem(record.id)) autosave.schedule();
  showing(record.id, true);

  function receive(change: StampedOp) {
    if (gone || !replica.admit(change)) return;
    remember(change);
    const field = fieldOf(change.op);
    // Someone is typing in this very field here: changing it under their cursor would splice two
    // people's words together. Hold the other tab's text until typing here pauses.
    if (typing(field)) return hold(field!, change);
    show(change);
  }

  function show(change: StampedOp) {
    view.applyRemote(change.op, { stamp: change.stamp, insertedAt: replica.insertedAt });
  }

  /** The latest other tab's change per field, held while this tab types in that field. */
  const held = new Map<string, { change: StampedOp; timer: ReturnType<typeof setTimeout> }>();
  function hold(field: string, change: StampedOp) {
    clearTimeout(held.get(field)?.timer);
    const pause = TYPING_PAUSE_MS - (Date.now() - (typedAt.get(field) ?? 0));
    const timer = setTimeout(() => releaseHeld(field), Math.max(0, pause));
    held.set(field, { change, timer });
  }
  function releaseHeld(field: string) {
    const entry = held.get(field);
    if (!entry) return;
    if (typing(field)) return hold(field, entry.change);
    held.delete(field);
    // Still the latest write to the field (the later of the two tabs' typing wins everywhere).
    if (!replica.holds(entry.change)) return;
    show(entry.change);
    view.overwritten(entry.change.op);
    if (!gone) autosave.schedule();
  }

  /** Keeps one entry per field (the latest), and every change to rows. */
  function remember(change: StampedOp) {
    const field = fieldOf(change.op);
    if (field !== undefined) unstored = unstored.filter((other) => fieldOf(other.op) !== field);
    unstored.push(change);
  }

  function lastOwnStamp(): number | undefined {
    return unstored.reduce<number | undefined>(
      (latest, c) => (c.stamp.tab === TAB_ID ? Math.max(latest ?? 0, c.stamp.t) : latest),
      undefined,
    );
  }
  function forget(tab: string, upTo: number | undefined) {
    if (upTo !== undefined) unstored = unstored.filter((c) => c.stamp.tab !== tab || c.stamp.t > upTo);
  }
  function forgetOwn(upTo: number | undefined) {
    forget(TAB_ID, upTo);
  }

  function markDeleted() {
    if (gone) return;
    gone = true;
    view.deleted();
    view.status({ state: 'error', message: describeStorageError(new WorksheetDeletedError(record.id)) });
  }

  const stopListening = onWorksheetChange((change, fromTab) => {
    if (change.id !== record.id || fromTab === TAB_ID) return;
    heardRev = Math.max(heardRev, change.rev);
    if (change.change === 'deleted') return markDeleted();
    if (change.change === 'saved') return forget(fromTab, change.upTo);
    // Renamed or replaced by a library action: read it, with this tab's changes on top.
    if (change.change === 'changed' && change.rev > base.rev && !gone) autosave.schedule();
  });

  return {
    local(op) {
      const stamp = replica.stampLocal(op);
      const field = fieldOf(op);
      if (field) typedAt.set(field, Date.now());
      remember({ op, stamp });
      ops.post({ op, stamp });
      if (!gone) autosave.schedule();
    },
    flush: () => autosave.flush(),
    async restore() {
      const back: WorksheetRecord = { ...current, updatedAt: Date.now(), answers: structuredClone(view.answers()) };
      await putWorksheet(back);
      base = { rev: (back.rev ?? 0) + 1, stored: true };
      current = { ...back, rev: base.rev };
      unstored = [];
      gone = false;
    },
    close() {
      held.forEach((entry) => clearTimeout(entry.timer));
      showing(record.id, false);
      autosave.dispose();
      stopListening();
      ops.close();
    },
  };
}
