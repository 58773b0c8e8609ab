import { WebSocketStatus } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { roomSocketUrl } from './api';
import { openDoc, openRoomSocket } from './connection';
import type { ShareMap } from './projection';
import { parseRoomState, participantDocName, REFUSAL, ROOM_LIMITS, stateDocName, type RoomState } from './protocol';

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'ended' | 'refused' | 'too-large';

/**
 * A participant's side of a live room: their own share, written only after it has synced (a
 * fresh document writing first loses to the server's older copy) and again on every sync, and
 * the room state read for its title. The worksheet on this device stays the truth; the share
 * is a projection of it. The room state tells them its title and what the room votes on.
 */
export function joinLive(
  member: { code: string; pid: string; token: string },
  on: { state: (state: LiveState) => void; room: (room: RoomState) => void },
) {
  const socket = openRoomSocket(roomSocketUrl());
  let doc: Y.Doc | undefined;
  let wanted: ShareMap | undefined;
  let ended = false;
  const say = (state: LiveState) => {
    if (!ended) on.state(state);
    if (state === 'ended') ended = true;
  };

  const apply = () => {
    if (!doc || !wanted || ended) return;
    // An update the server would refuse is never sent: the provider would resend it on every reconnect.
    if (JSON.stringify(wanted).length > ROOM_LIMITS.docBytes / 2) return say('too-large');
    const map = doc.getMap('share');
    const next = wanted;
    doc.transact(() => {
      for (const key of [...map.keys()]) if (!(key in next)) map.delete(key);
      for (const [key, value] of Object.entries(next)) if (map.get(key) !== value) map.set(key, value);
    });
  };
  const closed = (reason: string) => reason === REFUSAL.ended && say('ended');
  const own = openDoc(
    socket,
    participantDocName(member.code, member.pid),
    member.token,
    {
      onSynced: (synced) => {
        doc = synced;
        say('live');
        apply();
      },
      onRefused: (reason) => say(reason === REFUSAL.ended ? 'ended' : 'refused'),
      onClosed: closed,
    },
    true,
  );
  const state = openDoc(socket, stateDocName(member.code), member.token, {
    onSynced: (synced) => {
      const map = synced.getMap('state');
      const read = () => on.room(parseRoomState(map.toJSON()) ?? { title: '' });
      read();
      map.observe(read);
    },
    onClosed: closed,
  });
  socket.on('status', ({ status }: { status: WebSocketStatus }) => {
    if (status === WebSocketStatus.Disconnected) say('reconnecting');
  });

  return {
    /** What to share now: the ticked exercises' answers, or `{ v }` alone to share nothing. */
    share(map: ShareMap) {
      wanted = map;
      apply();
    },
    close() {
      own.destroy();
      state.destroy();
      socket.destroy();
    },
  };
}
