import { Show, untrack } from 'solid-js';
import type { Action, FacilitationSession, JoinScreen } from '../../facilitate/session';
import type { PresenterRoom } from '../../room/membership';
import { plural } from '../plural';
import type { RoomAnswers } from '../synthesis/roomState';
import { createLiveRoom, joinLine, joinScreenOf, type ServerKind } from './liveRoomControl';

/**
 * Opens a live room for the session and shows how to join (a QR code, the address and code),
 * who is in it and sharing, and closes joining or ends it.
 */
export function LiveRoomPanel(props: {
  session: FacilitationSession;
  room: RoomAnswers;
  stored: PresenterRoom | undefined;
  onStore: (room: PresenterRoom | undefined) => void;
  onJoinScreen: (join: JoinScreen | undefined) => void;
  onVotes: (count: Extract<Action, { type: 'countVotes' }>) => void;
}) {
  // Made once for one session: its room answers and its stored room are read once.
  const live = createLiveRoom({
    session: () => props.session,
    room: untrack(() => props.room),
    stored: untrack(() => props.stored),
    onStore: (room) => props.onStore(room),
    onJoinScreen: (join) => props.onJoinScreen(join),
    onVotes: (count) => props.onVotes(count),
  });
  return (
    <section class="side-panel live-room" aria-labelledby="live-room-title">
      <h2 id="live-room-title">Live room</h2>
      <Show when={live.error()}>
        <p class="banner error" role="alert">
          {live.error()}
        </p>
      </Show>
      <Show when={live.live()} fallback={<OpenRoom server={live.server()} onOpen={() => void live.open()} />}>
        {(room) => (
          <>
            <img class="join-qr" src={live.qr()} alt={`QR code: ${joinLine(room())}`} width="180" height="180" />
            <p class="join-line">{joinLine(room())}</p>
            <p class="join-link">
              <a href={room().joinUrl} target="_blank" rel="noopener">
                Join link
              </a>{' '}
              (for a device that cannot scan)
            </p>
            <p role="status" class="room-counts">
              {plural(live.counts().online, 'participant')} in the room · {live.counts().sharing} sharing
            </p>
            <div class="actions">
              <button type="button" onClick={() => props.onJoinScreen(props.session.join ? undefined : joinScreenOf(room()))}>
                {props.session.join ? 'Hide the join screen' : 'Show the join screen'}
              </button>
              <button type="button" onClick={() => void live.toggleJoining()}>
                {live.joinOpen() ? 'Close joining' : 'Open joining'}
              </button>
              <button type="button" onClick={() => void live.end()}>
                End the room
              </button>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}

function OpenRoom(props: { server: ServerKind; onOpen: () => void }) {
  return (
    <Show
      when={props.server === 'here'}
      fallback={
        <p class="muted">
          {props.server === 'checking'
            ? 'Looking for the room server…'
            : props.server === 'none'
              ? 'This copy of the app has no room server: participants share by contribution file.'
              : 'A live room is opened on the computer that runs the room server.'}
        </p>
      }
    >
      <p class="muted">Participants join by QR code; what they choose to share arrives here as they type.</p>
      <button type="button" class="primary" onClick={() => props.onOpen()}>
        Open a live room
      </button>
    </Show>
  );
}
