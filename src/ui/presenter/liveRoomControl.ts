import { createEffect, createSignal, on, onCleanup, onMount } from 'solid-js';
import type { FacilitationSession, JoinScreen } from '../../facilitate/session';
import type { LiveAnswers, RoomCounts } from '../../room/presenterRoom';
import { mergeLive } from '../../room/projection';
import type { PresenterRoom } from '../../room/membership';
import { TEMPLATE } from '../../worksheet/template';
import { qrImage } from '../qrImage';
import type { RoomAnswers } from '../synthesis/roomState';

export type ServerKind = 'checking' | 'none' | 'here' | 'elsewhere';

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

const api = () => import('../../room/api');

/** "Join at 192.168.1.23:4173 · code K7P2QX" */
export const joinLine = (room: PresenterRoom) => `Join at ${new URL(room.joinUrl).host} · code ${room.code}`;

export const joinScreenOf = (room: PresenterRoom): JoinScreen => ({ url: room.joinUrl, line: joinLine(room) });

/**
 * The presenter's live room: finds the room server, opens, follows, closes joining and ends the
 * room. Live answers go into the room's answers, which the session keeps.
 */
export function createLiveRoom(options: {
  session: () => FacilitationSession;
  room: RoomAnswers;
  stored: PresenterRoom | undefined;
  onStore: (room: PresenterRoom | undefined) => void;
  /** Shows how to join on the projector, or (undefined) hides it. */
  onJoinScreen: (join: JoinScreen | undefined) => void;
}) {
  const [server, setServer] = createSignal<ServerKind>('checking');
  const [live, setLive] = createSignal<PresenterRoom | undefined>(options.stored);
  const [counts, setCounts] = createSignal<RoomCounts>({ online: 0, sharing: 0 });
  const [qr, setQr] = createSignal('');
  const [error, setError] = createSignal('');
  const [joinOpen, setJoinOpen] = createSignal(true);
  let follow: { close: () => void; writeState: () => void } | undefined;
  const last = { json: '' };

  const start = async (room: PresenterRoom) => {
    const [{ followRoom }, image] = await Promise.all([import('../../room/presenterRoom'), qrImage(room.joinUrl)]);
    setQr(image);
    follow?.close();
    follow = followRoom(
      TEMPLATE,
      room,
      () => ({ title: options.session().name }),
      (answers) => {
        setCounts(answers.counts);
        withLive(options.room, answers, last);
      },
    );
  };
  const attempt = (action: () => Promise<void>) => async () => {
    setError('');
    try {
      await action();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  onMount(() => {
    void api().then(async ({ roomServerInfo }) => {
      const info = await roomServerInfo();
      setServer(!info ? 'none' : info.canOpen ? 'here' : 'elsewhere');
      const stored = live();
      if (info && stored) await start(stored);
      // A join screen left from a room this device no longer has comes off the projector.
      if (!stored) options.onJoinScreen(undefined);
    });
  });
  // A renamed session is renamed in the room too: participants read "Live with <name>" from it.
  createEffect(
    on(
      () => options.session().name,
      () => follow?.writeState(),
      { defer: true },
    ),
  );
  onCleanup(() => follow?.close());

  const open = attempt(async () => {
    const { roomServerInfo, openRoom } = await api();
    const origin = (await roomServerInfo())?.joinOrigins[0] ?? location.origin;
    const opened = await openRoom(options.session().name);
    const room: PresenterRoom = { ...opened, joinUrl: `${origin}/#/join/${opened.code}?k=${opened.joinToken}` };
    options.onStore(room);
    setLive(room);
    // A room is opened for people to join: the projector shows how at once.
    options.onJoinScreen(joinScreenOf(room));
    await start(room);
  });
  const end = attempt(async () => {
    const room = live();
    if (room) await (await api()).endRoom(room.code, room.facilitatorToken);
    follow?.close();
    follow = undefined;
    options.onStore(undefined);
    setLive(undefined);
    options.onJoinScreen(undefined);
  });
  const toggleJoining = attempt(async () => {
    const room = live();
    if (room) setJoinOpen((await (await api()).setJoining(room.code, room.facilitatorToken, !joinOpen())).joinOpen);
  });
  return { server, live, counts, qr, error, joinOpen, open, end, toggleJoining };
}
