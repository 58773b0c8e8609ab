import { createEffect, createMemo, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import { placeVote, takeBackVote, votesUsed, type VoteCall } from '../../facilitate/voting';
import type { joinLive, LiveState } from '../../room/participantRoom';
import { SHARE_VERSION, shareMap, type ShareMap } from '../../room/projection';
import type { Membership } from '../../room/membership';
import { BALLOT_KEY } from '../../room/protocol';
import { buildContribution, shareableExercises } from '../../synthesis/contribution';
import { TEMPLATE } from '../../worksheet/template';
import type { Answers } from '../../worksheet/types';

const EXERCISES = shareableExercises(TEMPLATE);

/**
 * A participant's live share: joins the room when the worksheet opens, and sends what is
 * ticked while sharing (or nothing): at once on a tick, Start or Stop, and about a second
 * after typing pauses. While the room votes, their ballot goes with it, shared or not.
 * Every change of choice, and every vote, is kept with the worksheet's membership.
 */
export function createLiveShare(initial: Membership, answers: Accessor<Answers>, onChange: (membership: Membership) => void) {
  const [member, setMember] = createSignal(initial);
  const [state, setState] = createSignal<LiveState>('connecting');
  const [title, setTitle] = createSignal(initial.title);
  const [call, setCall] = createSignal<VoteCall>();
  let room: ReturnType<typeof joinLive> | undefined;

  const everything = createMemo(() =>
    buildContribution(TEMPLATE, answers(), { exerciseIds: EXERCISES.map((e) => e.id), includeName: false }),
  );
  const wanted = (): ShareMap => {
    const { sharing, exerciseIds, includeName, ballot } = member();
    const map = sharing ? shareMap(TEMPLATE, answers(), { exerciseIds, includeName }) : { v: SHARE_VERSION };
    return votesUsed(ballot) ? { ...map, [BALLOT_KEY]: JSON.stringify(ballot) } : map;
  };
  const send = () => room?.share(wanted());

  void import('../../room/participantRoom').then(({ joinLive }) => {
    room = joinLive(initial, {
      state: setState,
      room: (state) => {
        setTitle(state.title);
        setCall(state.vote);
      },
    });
    send();
  });
  let pause: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      everything,
      () => {
        clearTimeout(pause);
        pause = setTimeout(send, 1000);
      },
      { defer: true },
    ),
  );
  createEffect(on(member, send, { defer: true }));
  onCleanup(() => {
    clearTimeout(pause);
    room?.close();
  });

  const update = (change: Partial<Membership>) => {
    const next = { ...member(), ...change };
    setMember(next);
    onChange(next);
  };
  const tick = (id: string, ticked: boolean) =>
    update({ exerciseIds: ticked ? [...member().exerciseIds, id] : member().exerciseIds.filter((other) => other !== id) });
  const vote = (change: typeof placeVote) => (ideaId: string) => {
    const open = call();
    if (open) update({ ballot: change(open, member().ballot, ideaId) });
  };
  return { member, state, title, call, everything, update, tick, vote: vote(placeVote), unvote: vote(takeBackVote), exercises: EXERCISES };
}
