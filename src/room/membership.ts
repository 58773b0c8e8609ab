import type { Ballot } from '../facilitate/voting';
import type { JoinedRoom, OpenedRoom } from './protocol';

/** A live room as the presenter keeps it for a session on this device: its tokens and join link. */
export interface PresenterRoom extends OpenedRoom {
  joinUrl: string;
}

/** A worksheet's place in a live room on this device, and what its participant chose to share. */
export interface Membership extends JoinedRoom {
  worksheetId: string;
  sharing: boolean;
  exerciseIds: string[];
  includeName: boolean;
  /** Their votes while the room votes; only counts of them reach the facilitator. */
  ballot?: Ballot;
}
