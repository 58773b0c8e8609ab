import { fieldOf } from './ops';
import type { StampedOp } from './replica';

/**
 * Changes on screen that are not known to be stored yet, this tab's and other tabs': one entry
 * per field (the latest) and every change to rows. A save or another tab's word of its save
 * forgets what it covered; a merge replays the rest on the stored copy.
 */
export class Unstored {
  private changes: StampedOp[] = [];

  constructor(private readonly tab: string) {}

  get all(): readonly StampedOp[] {
    return this.changes;
  }

  remember(change: StampedOp): void {
    const field = fieldOf(change.op);
    if (field !== undefined) this.changes = this.changes.filter((other) => fieldOf(other.op) !== field);
    this.changes.push(change);
  }

  /** The stamp of this tab's latest change, which a save covers up to. */
  lastOwnStamp(): number | undefined {
    return this.changes.reduce<number | undefined>(
      (latest, c) => (c.stamp.tab === this.tab ? Math.max(latest ?? 0, c.stamp.t) : latest),
      undefined,
    );
  }

  /** Drops a tab's changes up to a stamp: they are stored. */
  forget(tab: string, upTo: number | undefined): void {
    if (upTo !== undefined) this.changes = this.changes.filter((c) => c.stamp.tab !== tab || c.stamp.t > upTo);
  }

  clear(): void {
    this.changes = [];
  }
}
