/**
 * Dot voting on one exercise's board: the facilitator opens a round on the ideas the room can
 * see, each participant places a few votes on their own device, and the presenter counts them.
 * Pure data and pure functions, shared by the app and the room server (which checks ballots).
 */

export const VOTES_EACH = { default: 3, min: 1, max: 10 } as const;

/** An idea id as the board makes them; kept short so a ballot stays small. */
const IDEA_ID = /^[A-Za-z0-9_-]{1,40}$/;

export interface VoteRound {
  votesEach: number;
  /** Participants can vote while it is open; closing keeps the last count. */
  open: boolean;
  /** The results are on the projector. */
  shown: boolean;
  /** Votes per idea id, as last counted from the room: kept when the room ends. */
  tally: Record<string, number>;
  /** How many participants placed at least one vote. */
  voters: number;
}

/** One participant's votes, as their device shares them: the exercise, and votes per idea. */
export interface Ballot {
  exercise: string;
  picks: Record<string, number>;
}

/** What the room is asked to vote on, as the facilitator publishes it. */
export interface VoteCall {
  exercise: string;
  each: number;
  ideas: Array<{ id: string; text: string }>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;
const isEach = (value: unknown) => isCount(value, VOTES_EACH.max) && value >= VOTES_EACH.min;
const parseJson = (text: unknown): unknown => {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Votes in a ballot's picks or a round's tally. */
export const totalVotes = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);

export const votesUsed = (ballot: Ballot | undefined) => totalVotes(ballot?.picks ?? {});

/** A ballot from the network (its JSON text), or undefined when it is not one this app writes. */
export function parseBallot(text: unknown, maxIdeas: number): Ballot | undefined {
  const data = parseJson(text);
  if (!isObject(data) || typeof data.exercise !== 'string' || data.exercise.length > 100 || !isObject(data.picks)) return undefined;
  const picks = Object.entries(data.picks);
  if (picks.length > maxIdeas || picks.some(([id, n]) => !IDEA_ID.test(id) || !isCount(n, VOTES_EACH.max))) return undefined;
  const ballot = { exercise: data.exercise, picks: Object.fromEntries(picks) as Record<string, number> };
  return votesUsed(ballot) <= VOTES_EACH.max ? ballot : undefined;
}

/** A vote call from the room state (its JSON text), or undefined. */
export function parseVoteCall(text: unknown, limits: { ideas: number; text: number }): VoteCall | undefined {
  const data = parseJson(text);
  if (!isObject(data) || typeof data.exercise !== 'string' || data.exercise.length > 100 || !isEach(data.each)) return undefined;
  if (!Array.isArray(data.ideas) || data.ideas.length > limits.ideas) return undefined;
  const sound = data.ideas.every(
    (idea) =>
      isObject(idea) &&
      typeof idea.id === 'string' &&
      IDEA_ID.test(idea.id) &&
      typeof idea.text === 'string' &&
      idea.text.length <= limits.text,
  );
  return sound ? { exercise: data.exercise, each: data.each as number, ideas: data.ideas as VoteCall['ideas'] } : undefined;
}

/** A stored or restored round, or undefined when it is not sound. */
export function parseVoteRound(value: unknown): VoteRound | undefined {
  if (!isObject(value) || !isEach(value.votesEach) || typeof value.open !== 'boolean' || typeof value.shown !== 'boolean') return undefined;
  if (!isObject(value.tally) || !Number.isInteger(value.voters) || (value.voters as number) < 0) return undefined;
  const tally = Object.entries(value.tally);
  if (tally.some(([id, n]) => !IDEA_ID.test(id) || !Number.isInteger(n) || (n as number) < 0)) return undefined;
  return {
    votesEach: value.votesEach as number,
    open: value.open,
    shown: value.shown,
    tally: Object.fromEntries(tally) as Record<string, number>,
    voters: value.voters as number,
  };
}

/** The participant's ballot for this call: what they placed on its ideas, or nothing for a new round. */
export function ballotFor(call: VoteCall, ballot: Ballot | undefined): Ballot {
  const ids = new Set(call.ideas.map((idea) => idea.id));
  const picks = ballot?.exercise === call.exercise ? Object.entries(ballot.picks).filter(([id, n]) => ids.has(id) && n > 0) : [];
  return { exercise: call.exercise, picks: Object.fromEntries(picks) };
}

/** One more vote on an idea, while the participant has votes left. */
export function placeVote(call: VoteCall, ballot: Ballot | undefined, ideaId: string): Ballot {
  const current = ballotFor(call, ballot);
  if (votesUsed(current) >= call.each || !call.ideas.some((idea) => idea.id === ideaId)) return current;
  return { ...current, picks: { ...current.picks, [ideaId]: (current.picks[ideaId] ?? 0) + 1 } };
}

/** One vote taken back from an idea. */
export function takeBackVote(call: VoteCall, ballot: Ballot | undefined, ideaId: string): Ballot {
  const current = ballotFor(call, ballot);
  const { [ideaId]: placed = 0, ...rest } = current.picks;
  return { ...current, picks: placed > 1 ? { ...rest, [ideaId]: placed - 1 } : rest };
}

/**
 * The room's votes on a board: each ballot for this exercise counts at most `votesEach` votes,
 * taken in the board's order, and only on ideas still on it. A device cannot vote more than
 * its share, whatever it sends.
 */
export function countVotes(exercise: string, votesEach: number, ideaIds: readonly string[], ballots: readonly Ballot[]) {
  const tally: Record<string, number> = {};
  let voters = 0;
  for (const ballot of ballots) {
    if (ballot.exercise !== exercise) continue;
    let left = votesEach;
    for (const id of ideaIds) {
      const votes = Math.min(left, ballot.picks[id] ?? 0);
      if (votes > 0) tally[id] = (tally[id] ?? 0) + votes;
      left -= votes;
    }
    if (left < votesEach) voters += 1;
  }
  return { tally, voters };
}

/** Ideas with their votes, most first; the board's order among equals. */
export function rankByVotes<T extends { id: string }>(
  ideas: readonly T[],
  tally: Record<string, number>,
): Array<{ idea: T; votes: number }> {
  return ideas.map((idea) => ({ idea, votes: tally[idea.id] ?? 0 })).sort((a, b) => b.votes - a.votes);
}
