import { applyOp, compareStamps, fieldOf, type AnswerOp, type Stamp } from './ops';
import type { Answers } from './types';

/** An op with its place in time. */
export interface StampedOp {
  op: AnswerOp;
  stamp: Stamp;
}

/**
 * One tab's memory of who wrote each field last and when each row was added. With it every
 * tab resolves concurrent edits the same way: the write with the later (time, tab) stamp wins,
 * in every tab, whichever arrives first.
 */
export class Replica {
  private clock = 0;
  private readonly fields = new Map<string, Stamp>();
  private readonly rows = new Map<string, Stamp>();

  constructor(
    readonly tab: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stamps a change made in this tab: later than anything this tab has seen. */
  stampLocal(op: AnswerOp): Stamp {
    const stamp = { t: Math.max(this.now(), this.clock + 1), tab: this.tab };
    this.clock = stamp.t;
    this.record(op, stamp);
    return stamp;
  }

  /** Takes note of another tab's change; false when a later write to its field is already here. */
  admit({ op, stamp }: StampedOp): boolean {
    this.clock = Math.max(this.clock, stamp.t);
    const field = fieldOf(op);
    const last = field === undefined ? undefined : this.fields.get(field);
    if (last && compareStamps(last, stamp) >= 0) return false;
    this.record(op, stamp);
    return true;
  }

  /** Whether a change still holds its field, i.e. no later write replaced it. */
  holds({ op, stamp }: StampedOp): boolean {
    const field = fieldOf(op);
    const last = field === undefined ? undefined : this.fields.get(field);
    return !last || compareStamps(last, stamp) === 0;
  }

  /** When a row was added, if this tab knows: rows added at once are ordered by it. */
  readonly insertedAt = (itemId: string): Stamp | undefined => this.rows.get(itemId);

  /** Applies a stamped op with this tab's knowledge of row order. */
  apply(answers: Answers, { op, stamp }: StampedOp): void {
    applyOp(answers, op, { stamp, insertedAt: this.insertedAt });
  }

  /**
   * Another tab's saved answers plus this tab's changes that are not in them yet: the changes
   * are replayed in order, except those a later write has replaced.
   */
  rebase(stored: Answers, pending: StampedOp[]): Answers {
    const answers = structuredClone(stored);
    for (const change of pending) if (this.holds(change)) this.apply(answers, change);
    return answers;
  }

  private record(op: AnswerOp, stamp: Stamp) {
    const field = fieldOf(op);
    if (field !== undefined) this.fields.set(field, stamp);
    if (op.op === 'listAdd') this.rows.set(op.itemId, stamp);
  }
}
