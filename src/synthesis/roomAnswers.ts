import type { Contribution } from './contribution';
import { NO_EDITS, type SynthesisEdits } from './synthesize';

/**
 * The room's answers of one facilitation session: the contributions the facilitator added and
 * the hand edits made to their synthesis, kept together so a reload shows the same room.
 */
export interface RoomAnswersRecord {
  sessionId: string;
  contributions: Contribution[];
  edits: SynthesisEdits;
  /** The projector shows the room's answers of the current exercise instead of the board. */
  onScreen: boolean;
  /**
   * Held for review: the projector shows these copies (as the facilitator last released them),
   * not the contributions as they are now. Absent when nothing is held.
   */
  review?: { released: Contribution[] };
  /** Increases on every change; lets the projector tell a newer room view from an older one. */
  updatedAt: number;
}

export function emptyRoomAnswers(sessionId: string): RoomAnswersRecord {
  return { sessionId, contributions: [], edits: NO_EDITS, onScreen: false, updatedAt: 0 };
}

/**
 * What the projector may show. Under a hold, the released copies of those still in the room:
 * someone who stops sharing (or is removed) leaves the screen at once, held or not.
 */
export function shownContributions(record: RoomAnswersRecord): Contribution[] {
  if (!record.review) return record.contributions;
  const present = new Set(record.contributions.map((c) => c.contributionId));
  return record.review.released.filter((c) => present.has(c.contributionId));
}

const sameAnswers = (a: Contribution, b: Contribution) => a.name === b.name && JSON.stringify(a.answers) === JSON.stringify(b.answers);

/** How many contributions are new or changed since the facilitator last released them. */
export function heldForReview(record: RoomAnswersRecord): number {
  if (!record.review) return 0;
  const released = new Map(record.review.released.map((c) => [c.contributionId, c]));
  return record.contributions.filter((c) => {
    const copy = released.get(c.contributionId);
    return !copy || !sameAnswers(copy, c);
  }).length;
}

/** Holding starts from what is on screen now, so turning it on hides nothing already shown. */
export function holdForReview(record: RoomAnswersRecord, hold: boolean): RoomAnswersRecord {
  const { review: _review, ...rest } = record;
  return hold ? { ...rest, review: { released: shownContributions(record) } } : rest;
}

/** Shows everything held; the hold stays on for what comes next. */
export function releaseHeld(record: RoomAnswersRecord): RoomAnswersRecord {
  return record.review ? { ...record, review: { released: record.contributions } } : record;
}
