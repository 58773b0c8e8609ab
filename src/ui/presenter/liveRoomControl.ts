import { createEffect, createSignal, on, onCleanup, onMount } from 'solid-js';
import { voteCall, type Action, type FacilitationSession, type JoinScreen } from '../../facilitate/session';
import { countVotes, type Ballot } from '../../facilitate/voting';
import type { LiveAnswers, RoomCounts } from '../../room/presenterRoom';
import { mergeLive } from '../../room/projection';
import type { PresenterRoom } from '../../room/membership';
import type { RoomState } from '../../room/protocol';
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

/** What the room reads from the session: its name, and the round of voting open. */
const roomStateOf = (session: FacilitationSession): RoomState => ({ title: session.name, vote: voteCall(session) });

/** An action whose failure is said in the panel, not thrown. */
const attempting = (setError: (message: string) => void) => (action: () => Promise<void>) => async () => {
  setError('');
  try {
    await action();
  } catch (failure) {
    setError((failure as Error).message);
  }
};

type CountVotes = Extract<Action, { type: 'countVotes' }>;

/**
 * Counts the open round from everyone's ballots, again whenever the round or its ideas change.
 * The session keeps the count, so it outlives the room; a room not yet read whole (just after a
 * presenter reload) is not counted, or the kept count would dip.
 */
function createVoteCounter(session: () => FacilitationSession, onVotes: (count: CountVotes) => void) {
  const [ballots, setBallots] = createSignal<Ballot[]>();
  createEffect(() => {
    const heard = ballots();
    const call = voteCall(session());
    if (!heard || !call) return;
    const ids = call.ideas.map((idea) => idea.id);
    onVotes({ type: 'countVotes', exerciseId: call.exercise, ...countVotes(call.exercise, call.each, ids, heard) });
  });
  return {
    hear: (answers: LiveAnswers) => answers.complete && setBallots(answers.ballots),
    forget: () => setBallots(undefined),
  };
}

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
  /** The room's votes, counted for the open round. */
  onVotes: (count: CountVotes) => void;
}) {
  const [server, setServer] = createSignal<ServerKind>('checking');
  const [live, setLive] = createSignal<PresenterRoom | undefined>(options.stored);
  const [counts, setCounts] = createSignal<RoomCounts>({ online: 0, sharing: 0 });
  const [qr, setQr] = createSignal('');
  const [error, setError] = createSignal('');
  const [joinOpen, setJoinOpen] = createSignal(true);
  const votes = createVoteCounter(options.session, options.onVotes);
  let follow: { close: () => void; writeState: () => void } | undefined;
  const last = { json: '' };

  const start = async (room: PresenterRoom) => {
    const [{ followRoom }, image] = await Promise.all([import('../../room/presenterRoom'), qrImage(room.joinUrl)]);
    setQr(image);
    follow?.close();
    follow = followRoom(
      TEMPLATE,
      room,
      () => roomStateOf(options.session()),
      (answers) => {
        setCounts(answers.counts);
        votes.hear(answers);
        withLive(options.room, answers, last);
      },
    );
  };
  const attempt = attempting(setError);
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
  // A renamed session is renamed in the room too (participants read "Live with <name>"), and a
  // round of voting opened, closed or with ideas added reaches their devices.
  createEffect(
    on(
      () => JSON.stringify(roomStateOf(options.session())),
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
    votes.forget();
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
