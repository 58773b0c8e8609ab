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
  /** Increases on every change; lets the projector tell a newer room view from an older one. */
  updatedAt: number;
}

export function emptyRoomAnswers(sessionId: string): RoomAnswersRecord {
  return { sessionId, contributions: [], edits: NO_EDITS, onScreen: false, updatedAt: 0 };
}
