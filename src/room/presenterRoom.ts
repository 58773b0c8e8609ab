import type { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { Ballot } from '../facilitate/voting';
import type { Contribution } from '../synthesis/contribution';
import type { Template } from '../worksheet/types';
import { roomSocketUrl } from './api';
import { openDoc, openRoomSocket } from './connection';
import { contributionFromShare, isAnswerKey } from './projection';
import { BALLOT_KEY, parseRoster, parseShareBallot, participantDocName, stateDocName, type OpenedRoom, type RoomState } from './protocol';

export interface RoomCounts {
  online: number;
  sharing: number;
}

export interface LiveAnswers {
  /** Everyone sharing now, read through the contribution validator. */
  live: Contribution[];
  /** Participants who stopped sharing: their answers leave the room. */
  stopped: string[];
  /** Everyone's votes, shared or not: only counts of them are ever shown. */
  ballots: Ballot[];
  /** Every participant's document has been read at least once: counts are whole, not partial. */
  complete: boolean;
  counts: RoomCounts;
}

type Share = { provider: HocuspocusProvider; doc?: Y.Doc };

/** Everyone's share as read now: answers through the contribution validator, and ballots. */
function readShares(template: Template, shares: Map<string, Share>): Omit<LiveAnswers, 'counts'> {
  const live: Contribution[] = [];
  const stopped: string[] = [];
  const ballots: Ballot[] = [];
  for (const [pid, { doc }] of shares) {
    const map = doc?.getMap('share').toJSON() ?? {};
    const ballot = parseShareBallot(map[BALLOT_KEY]);
    if (ballot) ballots.push(ballot);
    const keys = Object.keys(map);
    if (!keys.length) continue;
    if (!keys.some(isAnswerKey)) stopped.push(pid);
    else {
      try {
        live.push(contributionFromShare(template, pid, map));
      } catch {
        // The server checks every update with the same validator: a share that fails here is left out.
      }
    }
  }
  return { live, stopped, ballots, complete: [...shares.values()].every((share) => share.doc) };
}

/**
 * The facilitator's side of a live room: one socket; the room state written from the session;
 * and, as the server's roster names participants, each one's share read (never written) and
 * turned into contributions at most every 250 ms.
 */
export function followRoom(template: Template, room: OpenedRoom, state: () => RoomState, onAnswers: (answers: LiveAnswers) => void) {
  const socket = openRoomSocket(roomSocketUrl());
  const shares = new Map<string, Share>();
  const online = new Map<string, boolean>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const report = () => {
    timer = undefined;
    const read = readShares(template, shares);
    const counts = { online: [...online.values()].filter(Boolean).length, sharing: read.live.length };
    onAnswers({ ...read, counts });
  };
  const schedule = () => (timer ??= setTimeout(report, 250));

  const follow = (pid: string) => {
    if (shares.has(pid)) return;
    const entry: Share = {
      provider: openDoc(socket, participantDocName(room.code, pid), room.facilitatorToken, {
        onSynced: (doc) => {
          if (!entry.doc) doc.getMap('share').observe(schedule);
          entry.doc = doc;
          schedule();
        },
      }),
    };
    shares.set(pid, entry);
  };

  let stateDoc: Y.Doc | undefined;
  const writeState = () => {
    const map = stateDoc?.getMap('state');
    if (!map) return;
    const next = state();
    const vote = next.vote && JSON.stringify(next.vote);
    map.doc!.transact(() => {
      if (map.get('title') !== next.title) map.set('title', next.title);
      if (next.current && map.get('current') !== next.current) map.set('current', next.current);
      if (!vote) map.delete('vote');
      else if (map.get('vote') !== vote) map.set('vote', vote);
    });
  };
  const stateProvider = openDoc(
    socket,
    stateDocName(room.code),
    room.facilitatorToken,
    {
      // Written only once synced: a fresh document writing first would lose to the server's older copy.
      onSynced: (doc) => {
        stateDoc = doc;
        writeState();
      },
      onStateless: (payload) => {
        const roster = parseRoster(payload);
        if (!roster) return;
        for (const { pid, online: on } of roster.participants) {
          online.set(pid, on);
          follow(pid);
        }
        schedule();
      },
    },
    true,
  );

  return {
    writeState,
    close: () => {
      if (timer) clearTimeout(timer);
      for (const { provider } of shares.values()) provider.destroy();
      stateProvider.destroy();
      socket.destroy();
    },
  };
}
