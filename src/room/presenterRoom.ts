import type { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { Contribution } from '../synthesis/contribution';
import type { Template } from '../worksheet/types';
import { roomSocketUrl } from './api';
import { openDoc, openRoomSocket } from './connection';
import { contributionFromShare } from './projection';
import { parseRoster, participantDocName, stateDocName, type OpenedRoom, type RoomState } from './protocol';

export interface RoomCounts {
  online: number;
  sharing: number;
}

export interface LiveAnswers {
  /** Everyone sharing now, read through the contribution validator. */
  live: Contribution[];
  /** Participants who stopped sharing: their answers leave the room. */
  stopped: string[];
  counts: RoomCounts;
}

/**
 * The facilitator's side of a live room: one socket; the room state written from the session;
 * and, as the server's roster names participants, each one's share read (never written) and
 * turned into contributions at most every 250 ms.
 */
export function followRoom(template: Template, room: OpenedRoom, state: () => RoomState, onAnswers: (answers: LiveAnswers) => void) {
  const socket = openRoomSocket(roomSocketUrl());
  const shares = new Map<string, { provider: HocuspocusProvider; doc?: Y.Doc }>();
  const online = new Map<string, boolean>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const report = () => {
    timer = undefined;
    const live: Contribution[] = [];
    const stopped: string[] = [];
    for (const [pid, { doc }] of shares) {
      const map = doc?.getMap('share').toJSON() ?? {};
      const keys = Object.keys(map);
      if (!keys.length) continue;
      if (keys.every((key) => key === 'v' || key === 'name')) stopped.push(pid);
      else {
        try {
          live.push(contributionFromShare(template, pid, map));
        } catch {
          // The server checks every update with the same validator: a share that fails here is left out.
        }
      }
    }
    const counts = { online: [...online.values()].filter(Boolean).length, sharing: live.length };
    onAnswers({ live, stopped, counts });
  };
  const schedule = () => (timer ??= setTimeout(report, 250));

  const follow = (pid: string) => {
    if (shares.has(pid)) return;
    const entry: { provider: HocuspocusProvider; doc?: Y.Doc } = {
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
    map.doc!.transact(() => {
      if (map.get('title') !== next.title) map.set('title', next.title);
      if (next.current && map.get('current') !== next.current) map.set('current', next.current);
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
