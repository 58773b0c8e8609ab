import { openBroadcast, TAB_ID, type Broadcast } from '../sync/broadcast';
import { fieldOf, parseOp, promptIndex, type AnswerOp, type Ordering } from '../worksheet/ops';
import { Replica, type StampedOp } from '../worksheet/replica';
import { Unstored } from '../worksheet/unstored';
import type { WorksheetRecord } from '../worksheet/record';
import { TEMPLATE } from '../worksheet/template';
import type { Answers } from '../worksheet/types';
import { createAutosave, track, type Autosave, type SaveStatus } from './autosave';
import { onWorksheetChange, type WorksheetChange } from './changes';
import { reportSave, saveProblem, showing } from './health';
import { stepAside } from './db';
import { createTypingHold } from './typingHold';
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
  /** A worksheet deleted elsewhere was put back there (Undo, Restore, a backup): saving goes on. */
  restored(): void;
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
  return new Live(record, view);
}

class Live implements LiveWorksheet {
  private readonly replica = new Replica(TAB_ID);
  private readonly unstored = new Unstored(TAB_ID);
  private base: SaveBase;
  private current: WorksheetRecord;
  private gone = false;
  /** The latest revision other tabs have announced. */
  private heardRev: number;
  private readonly hold = createTypingHold((change) => this.release(change));
  private readonly ops: Broadcast<StampedOp>;
  private readonly autosave: Autosave;
  private readonly stopListening: () => void;

  constructor(
    private readonly record: WorksheetRecord,
    private readonly view: LiveView,
  ) {
    this.base = { rev: record.rev ?? 0, stored: wasStored(record.id) };
    this.current = record;
    this.heardRev = this.base.rev;
    this.ops = openBroadcast(`worksheet:${record.id}`, {
      parse: parseStamped,
      onMessage: (change) => this.receive(change),
      onNewerVersion: () => void stepAside(),
    });
    this.autosave = track(
      createAutosave(
        (options) => this.write(options),
        (status) => {
          // A deleted worksheet is not a failing save: its own banner says what happened.
          reportSave(record.id, this.gone ? { state: 'saved', at: new Date() } : status);
          view.status(status);
        },
      ),
    );
    // Opened again after saves failed, or new and not yet written: what is on screen is not
    // stored yet, so a save is due at once, and the status says so until it lands.
    if (saveProblem(record.id) || !this.base.stored) this.autosave.schedule();
    showing(record.id, true);
    this.stopListening = onWorksheetChange((change, fromTab) => this.heard(change, fromTab));
  }

  local(op: AnswerOp): void {
    const stamp = this.replica.stampLocal(op);
    const field = fieldOf(op);
    if (field) this.hold.typed(field);
    this.unstored.remember({ op, stamp });
    this.ops.post({ op, stamp });
    if (!this.gone) this.autosave.schedule();
  }

  flush(): Promise<void> {
    return this.autosave.flush();
  }

  async restore(): Promise<void> {
    const back: WorksheetRecord = { ...this.current, updatedAt: Date.now(), answers: structuredClone(this.view.answers()) };
    await putWorksheet(back);
    this.base = { rev: (back.rev ?? 0) + 1, stored: true };
    this.current = { ...back, rev: this.base.rev };
    this.unstored.clear();
    this.gone = false;
  }

  close(): void {
    this.hold.dispose();
    showing(this.record.id, false);
    this.autosave.dispose();
    this.stopListening();
    this.ops.close();
  }

  private async write({ leaving }: { leaving: boolean }): Promise<void> {
    if (this.gone) throw new WorksheetDeletedError(this.record.id);
    const upTo = this.unstored.lastOwnStamp();
    const snapshot: WorksheetRecord = {
      ...this.current,
      rev: this.base.rev,
      updatedAt: Date.now(),
      answers: structuredClone(this.view.answers()),
    };
    const rebase = (stored: Answers) => this.replica.rebase(stored, [...this.unstored.all]);
    try {
      // Leaving, there is no time to read first: what is on screen already holds every other
      // tab's changes, so it is written over the latest revision this tab has heard of.
      const { saved, rebased } = leaving
        ? await saveWorksheetLeaving(snapshot, { ...this.base, rev: Math.max(this.base.rev, this.heardRev) }, upTo)
        : await saveWorksheet(snapshot, this.base, rebase, upTo);
      this.base = { rev: saved.rev ?? 0, stored: true };
      this.current = saved;
      if (rebased) this.view.replace(this.keepTyping(rebase(saved.answers)));
      this.unstored.forget(TAB_ID, upTo);
    } catch (error) {
      if (error instanceof WorksheetDeletedError) this.markDeleted();
      throw error;
    }
  }

  /** What to show after a merge: a field being typed in here keeps what is typed (see `hold`). */
  private keepTyping(answers: Answers): Answers {
    for (const change of this.unstored.all) {
      if (change.stamp.tab === TAB_ID && this.hold.typing(fieldOf(change.op))) this.replica.apply(answers, change);
    }
    return answers;
  }

  private receive(change: StampedOp): void {
    if (this.gone || !this.replica.admit(change)) return;
    this.unstored.remember(change);
    const field = fieldOf(change.op);
    if (field !== undefined && this.hold.typing(field)) return this.hold.hold(field, change);
    this.show(change);
  }

  /** Another tab's text, held while this tab typed in its field, once typing here has paused. */
  private release(change: StampedOp): void {
    // Still the latest write to the field (the later of the two tabs' typing wins everywhere).
    if (!this.replica.holds(change)) return;
    this.show(change);
    this.view.overwritten(change.op);
    if (!this.gone) this.autosave.schedule();
  }

  private show(change: StampedOp): void {
    this.view.applyRemote(change.op, { stamp: change.stamp, insertedAt: this.replica.insertedAt });
  }

  private heard(change: WorksheetChange, fromTab: string): void {
    if (change.id !== this.record.id || fromTab === TAB_ID) return;
    this.heardRev = Math.max(this.heardRev, change.rev);
    if (change.change === 'deleted') return this.markDeleted();
    if (this.gone && (change.change === 'added' || change.change === 'changed')) return this.broughtBack();
    if (change.change === 'saved') return this.unstored.forget(fromTab, change.upTo);
    // Renamed or replaced by a library action: read it now, with this tab's changes on top, so a
    // tab closed a moment later leaves the library's change in place (its leaving write cannot read).
    if (change.change === 'changed' && change.rev > this.base.rev && !this.gone) {
      this.autosave.schedule();
      void this.autosave.flush().catch(() => {});
    }
  }

  /** Put back by another tab: what was typed here meanwhile is saved over it, this tab's changes on top. */
  private broughtBack(): void {
    this.gone = false;
    this.view.restored();
    this.autosave.schedule();
  }

  private markDeleted(): void {
    if (this.gone) return;
    this.gone = true;
    this.view.deleted();
    this.view.status({ state: 'error', message: describeStorageError(new WorksheetDeletedError(this.record.id)) });
  }
}
