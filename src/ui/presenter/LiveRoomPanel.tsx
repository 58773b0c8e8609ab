import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import type { FacilitationSession } from '../../facilitate/session';
import type { RoomCounts, LiveAnswers } from '../../room/presenterRoom';
import type { PresenterRoom } from '../../store/liveRooms';
import { mergeLive } from '../../room/projection';
import { TEMPLATE } from '../../worksheet/template';
import { plural } from '../plural';
import type { RoomAnswers } from '../synthesis/roomState';

type Follow = { close: () => void; writeState: () => void };

/** "Join at 192.168.1.23:4173 · code K7P2QX" */
export const joinLine = (room: PresenterRoom) => `Join at ${new URL(room.joinUrl).host} · code ${room.code}`;

/** The room's answers with the live ones in: whoever stopped sharing is taken out, no one is counted twice. */
function withLive(room: RoomAnswers, answers: LiveAnswers, last: { json: string }) {
  const json = JSON.stringify([answers.live.map((c) => [c.contributionId, c.answers, c.name]), answers.stopped]);
  if (json === last.json) return;
  last.json = json;
  const gone = new Set(answers.stopped);
  room.update((current) => ({
    ...current,
    contributions: mergeLive(
      current.contributions.filter((c) => !gone.has(c.contributionId)),
      answers.live,
    ),
  }));
}

/**
 * Opens a live room for the session and shows how to join (a QR code, the address and code),
 * who is in it and sharing, and closes joining or ends it. Live answers go into the room's
 * answers, which are kept in the session: a reload or a dead server keeps the synthesis.
 */
export function LiveRoomPanel(props: {
  session: FacilitationSession;
  room: RoomAnswers;
  stored: PresenterRoom | undefined;
  onStore: (room: PresenterRoom | undefined) => void;
}) {
  const [server, setServer] = createSignal<'checking' | 'none' | 'here' | 'elsewhere'>('checking');
  const [live, setLive] = createSignal<PresenterRoom | undefined>(props.stored);
  const [counts, setCounts] = createSignal<RoomCounts>({ joined: 0, online: 0, sharing: 0 });
  const [qr, setQr] = createSignal('');
  const [error, setError] = createSignal('');
  const [joinOpen, setJoinOpen] = createSignal(true);
  let follow: Follow | undefined;
  const last = { json: '' };

  const start = async (room: PresenterRoom) => {
    const [{ followRoom }, { renderSVG }] = await Promise.all([import('../../room/presenterRoom'), import('uqr')]);
    setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(room.joinUrl, { border: 2 }))}`);
    follow?.close();
    follow = followRoom(
      TEMPLATE,
      room,
      () => ({ title: props.session.name, joinOpen: joinOpen() }),
      (answers) => {
        setCounts(answers.counts);
        withLive(props.room, answers, last);
      },
    );
  };
  onMount(() => {
    void import('../../room/api').then(async ({ roomServerInfo }) => {
      const info = await roomServerInfo();
      setServer(!info ? 'none' : info.canOpen ? 'here' : 'elsewhere');
      const stored = live();
      if (info && stored) await start(stored);
    });
  });
  onCleanup(() => follow?.close());

  const open = async () => {
    setError('');
    try {
      const api = await import('../../room/api');
      const info = await api.roomServerInfo();
      const opened = await api.openRoom(props.session.name);
      const origin = info?.joinOrigins[0] ?? location.origin;
      const room: PresenterRoom = { ...opened, joinUrl: `${origin}/#/join/${opened.code}?k=${opened.joinToken}` };
      props.onStore(room);
      setLive(room);
      await start(room);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  const end = async () => {
    const room = live();
    if (!room) return;
    try {
      await (await import('../../room/api')).endRoom(room.code, room.facilitatorToken);
    } catch (failure) {
      setError((failure as Error).message);
      return;
    }
    follow?.close();
    follow = undefined;
    props.onStore(undefined);
    setLive(undefined);
  };
  const toggleJoining = async () => {
    const room = live();
    if (!room) return;
    try {
      const result = await (await import('../../room/api')).setJoining(room.code, room.facilitatorToken, !joinOpen());
      setJoinOpen(result.joinOpen);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <section class="side-panel live-room" aria-labelledby="live-room-title">
      <h2 id="live-room-title">Live room</h2>
      <Show when={error()}>
        <p class="banner error" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={live()} fallback={<OpenRoom server={server()} onOpen={() => void open()} />}>
        {(room) => (
          <>
            <img class="join-qr" src={qr()} alt={`QR code: ${joinLine(room())}`} width="180" height="180" />
            <p class="join-line">{joinLine(room())}</p>
            <p class="join-link">
              <a href={room().joinUrl} target="_blank" rel="noopener">
                Join link
              </a>{' '}
              (for a device that cannot scan)
            </p>
            <p role="status" class="room-counts">
              {plural(counts().online, 'participant')} in the room · {counts().sharing} sharing
            </p>
            <div class="actions">
              <button type="button" onClick={() => void toggleJoining()}>
                {joinOpen() ? 'Close joining' : 'Open joining'}
              </button>
              <button type="button" onClick={() => void end()}>
                End the room
              </button>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}

function OpenRoom(props: { server: string; onOpen: () => void }) {
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
