import { describe, expect, it } from 'vitest';
import {
  newSession,
  projectorView,
  reduce,
  roomExercises,
  voteCall,
  type Action,
  type FacilitationSession,
} from '../../src/facilitate/session';
import {
  ballotFor,
  countVotes,
  parseBallot,
  parseVoteCall,
  parseVoteRound,
  placeVote,
  rankByVotes,
  takeBackVote,
  type Ballot,
  type VoteCall,
} from '../../src/facilitate/voting';
import { TEMPLATE } from '../../src/worksheet/template';

const T0 = 1_700_000_000_000;
const FACTORS = roomExercises(TEMPLATE).findIndex((exercise) => exercise.id === 'org-factors');

const apply = (session: FacilitationSession, ...actions: Action[]) =>
  actions.reduce((s, action) => reduce(TEMPLATE, s, action, T0), session);

/** A session on the organizational factors exercise with three ideas on its board, one hidden. */
function board(): FacilitationSession {
  const session = apply(
    newSession(TEMPLATE, 'Monday cohort', '2024-05-06', T0),
    { type: 'goto', index: FACTORS },
    { type: 'addIdea', text: 'Coaching time', id: 'coach' },
    { type: 'addIdea', text: 'Data dashboards', id: 'data' },
    { type: 'addIdea', text: 'Shared calendar', id: 'cal' },
  );
  return apply(session, { type: 'toggleIdea', id: 'cal' });
}

const call: VoteCall = {
  exercise: 'org-factors',
  each: 3,
  ideas: [
    { id: 'coach', text: 'Coaching time' },
    { id: 'data', text: 'Data dashboards' },
  ],
};

describe('a participant’s ballot', () => {
  it('places votes while some are left, stacks them on one idea, and takes them back', () => {
    let ballot: Ballot | undefined;
    for (const id of ['coach', 'coach', 'data', 'data']) ballot = placeVote(call, ballot, id);
    expect(ballot?.picks).toEqual({ coach: 2, data: 1 });
    ballot = takeBackVote(call, ballot, 'coach');
    ballot = takeBackVote(call, ballot, 'data');
    expect(ballot.picks).toEqual({ coach: 1 });
  });

  it('starts empty for a round on another exercise, and ignores ideas no longer on the board', () => {
    expect(ballotFor(call, { exercise: 'benefits', picks: { coach: 2 } }).picks).toEqual({});
    expect(ballotFor(call, { exercise: 'org-factors', picks: { gone: 2, data: 1 } }).picks).toEqual({ data: 1 });
    expect(placeVote(call, undefined, 'gone').picks).toEqual({});
  });
});

describe('counting the room’s votes', () => {
  it('counts at most each participant’s share, in board order, on ideas still on the board', () => {
    const ballots: Ballot[] = [
      { exercise: 'org-factors', picks: { coach: 2, data: 1 } },
      { exercise: 'org-factors', picks: { coach: 10, data: 10 } },
      { exercise: 'org-factors', picks: { gone: 3 } },
      { exercise: 'benefits', picks: { coach: 3 } },
    ];
    expect(countVotes('org-factors', 3, ['coach', 'data'], ballots)).toEqual({ tally: { coach: 5, data: 1 }, voters: 2 });
  });

  it('ranks ideas by votes, the board’s order among equals', () => {
    const ideas = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(rankByVotes(ideas, { b: 4, c: 4 }).map(({ idea, votes }) => `${idea.id}${votes}`)).toEqual(['b4', 'c4', 'a0']);
  });
});

describe('what the network may send', () => {
  it('reads a ballot this app writes and refuses anything else', () => {
    expect(parseBallot(JSON.stringify({ exercise: 'org-factors', picks: { coach: 2 } }), 100)).toEqual({
      exercise: 'org-factors',
      picks: { coach: 2 },
    });
    for (const bad of [
      'not json',
      JSON.stringify({ exercise: 'org-factors', picks: { coach: 11 } }),
      JSON.stringify({ exercise: 'org-factors', picks: { coach: 6, data: 6 } }),
      JSON.stringify({ exercise: 'org-factors', picks: { 'no spaces': 1 } }),
      JSON.stringify({ exercise: 'org-factors', picks: { coach: -1 } }),
      JSON.stringify({ exercise: 'org-factors', picks: { coach: 1.5 } }),
      JSON.stringify({ exercise: 7, picks: {} }),
      JSON.stringify({ exercise: 'org-factors', picks: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`i${i}`, 0])) }),
    ]) {
      expect(parseBallot(bad, 100), bad.slice(0, 60)).toBeUndefined();
    }
  });

  it('reads a vote call within the board’s limits', () => {
    const limits = { ideas: 100, text: 300 };
    expect(parseVoteCall(JSON.stringify(call), limits)).toEqual(call);
    expect(parseVoteCall(JSON.stringify({ ...call, each: 0 }), limits)).toBeUndefined();
    expect(parseVoteCall(JSON.stringify({ ...call, ideas: [{ id: 'x', text: 'y'.repeat(301) }] }), limits)).toBeUndefined();
  });

  it('keeps a sound stored round and drops a damaged one', () => {
    const round = { votesEach: 3, open: false, shown: true, tally: { coach: 4 }, voters: 2 };
    expect(parseVoteRound(round)).toEqual(round);
    expect(parseVoteRound({ ...round, tally: { coach: 'many' } })).toBeUndefined();
    expect(parseVoteRound({ ...round, votesEach: 99 })).toBeUndefined();
  });
});

describe('a round of voting in the session', () => {
  it('asks the room about the ideas on screen, counts while open, and keeps the count when closed', () => {
    let session = apply(board(), { type: 'openVoting', votesEach: 2 });
    expect(voteCall(session)).toEqual({
      exercise: 'org-factors',
      each: 2,
      ideas: [
        { id: 'coach', text: 'Coaching time' },
        { id: 'data', text: 'Data dashboards' },
      ],
    });
    session = apply(session, { type: 'countVotes', exerciseId: 'org-factors', tally: { data: 3, coach: 1 }, voters: 2 });
    session = apply(session, { type: 'closeVoting' });
    expect(voteCall(session)).toBeUndefined();
    const after = apply(session, { type: 'countVotes', exerciseId: 'org-factors', tally: {}, voters: 0 });
    expect(after.votes?.['org-factors']).toMatchObject({ open: false, tally: { data: 3, coach: 1 }, voters: 2 });
  });

  it('shows the results on the projector only once the facilitator shows them, most first', () => {
    let session = apply(board(), { type: 'openVoting', votesEach: 3 });
    session = apply(session, { type: 'countVotes', exerciseId: 'org-factors', tally: { data: 3, coach: 1 }, voters: 2 });
    expect(projectorView(TEMPLATE, session).votes).toBeUndefined();
    session = apply(session, { type: 'toggleVoteResults' });
    expect(projectorView(TEMPLATE, session).votes).toEqual({
      voters: 2,
      each: 3,
      results: [
        { text: 'Data dashboards', votes: 3 },
        { text: 'Coaching time', votes: 1 },
      ],
    });
  });

  it('opens only on a board with ideas on screen, and one round at a time', () => {
    const empty = apply(newSession(TEMPLATE, 'Monday cohort', '2024-05-06', T0), { type: 'goto', index: FACTORS });
    expect(apply(empty, { type: 'openVoting', votesEach: 3 })).toBe(empty);
    let session = apply(board(), { type: 'openVoting', votesEach: 3 }, { type: 'next' }, { type: 'addIdea', text: 'Mentors', id: 'm' });
    session = apply(session, { type: 'openVoting', votesEach: 50 });
    const open = Object.entries(session.votes ?? {}).filter(([, round]) => round.open);
    expect(open.map(([id, round]) => [id, round.votesEach])).toEqual([[roomExercises(TEMPLATE)[FACTORS + 1]!.id, 10]]);
  });
});
