import { shortId } from '../worksheet/answers';
import { newId } from '../worksheet/ids';
import { cleanText, LIMITS } from '../worksheet/limits';
import { plainText } from '../worksheet/richtext';
import type { Exercise, Template } from '../worksheet/types';
import { allExercises } from '../worksheet/walk';
import { rankByVotes, VOTES_EACH, type VoteCall, type VoteRound } from './voting';

/**
 * A facilitation session as pure data and pure transitions. The presenter applies them,
 * stores the result, and broadcasts what the projector may show.
 */

export interface Idea {
  id: string;
  text: string;
  /** Crosswalk column (practice element id); undefined for single-column boards. */
  column?: string;
  /** Held back from the projector until the facilitator shows it. */
  hidden: boolean;
}

export interface TimerState {
  durationMs: number;
  /** Time left when last paused or reset. */
  remainingMs: number;
  /** Epoch ms when it was last started; undefined while paused. */
  startedAt?: number;
}

export interface FacilitationSession {
  id: string;
  name: string;
  date: string;
  createdAt: number;
  updatedAt: number;
  templateId: string;
  templateVersion: number;
  /** Revision, increased on every change; the projector ignores anything older than it has. */
  rev: number;
  current: number;
  revealed: Record<string, boolean>;
  blank: boolean;
  /** New ideas start hidden, for review before the room sees them. */
  holdNewIdeas: boolean;
  /** The current exercise's timer. */
  timer: TimerState;
  /** Other exercises' timers, paused where they were when the facilitator moved on. */
  timers?: Record<string, TimerState>;
  boards: Record<string, Idea[]>;
  /** While set, the projector shows how to join the live room instead of the exercise. */
  join?: JoinScreen;
  /** Dot voting, per exercise whose board the room voted on. */
  votes?: Record<string, VoteRound>;
}

/** How to join a live room, as the projector shows it: the link its QR code carries, and the line under it. */
export interface JoinScreen {
  url: string;
  line: string;
}

export function isJoinScreen(value: unknown): value is JoinScreen {
  if (typeof value !== 'object' || value === null) return false;
  const { url, line } = value as Record<string, unknown>;
  return typeof url === 'string' && typeof line === 'string' && url.length <= 2000 && line.length <= 200;
}

/** The exercises a facilitator runs with the room, in worksheet order. */
export function roomExercises(template: Template): Exercise[] {
  return allExercises(template).filter((exercise) => exercise.facilitator);
}

const minutesMs = (exercise: Exercise | undefined) => (exercise?.facilitator?.minutes ?? 5) * 60_000;

export function newSession(template: Template, name: string, date: string, now: number): FacilitationSession {
  const first = roomExercises(template)[0];
  return {
    id: newId(),
    name,
    date,
    createdAt: now,
    updatedAt: now,
    templateId: template.id,
    templateVersion: template.version,
    rev: 1,
    current: 0,
    revealed: {},
    blank: false,
    holdNewIdeas: false,
    timer: { durationMs: minutesMs(first), remainingMs: minutesMs(first) },
    boards: {},
  };
}

export function timeLeft(timer: TimerState, now: number): number {
  // A window whose clock is a little behind the presenter's never shows more than was left.
  return timer.startedAt === undefined ? timer.remainingMs : Math.max(0, timer.remainingMs - Math.max(0, now - timer.startedAt));
}

/** A timer nobody has started since it was set: the projector keeps it off the screen. */
const isIdle = (timer: TimerState) => timer.startedAt === undefined && timer.remainingMs === timer.durationMs && timer.durationMs > 0;

export const LAST_MINUTE_MS = 60_000;

/** What the timer is doing, for both windows: hidden while idle, marked in its last minute, "Time's up" at zero. */
export type TimerPhase = 'idle' | 'running' | 'lastMinute' | 'paused' | 'done';

export function timerPhase(timer: TimerState, now: number): TimerPhase {
  if (isIdle(timer)) return 'idle';
  const left = timeLeft(timer, now);
  if (left === 0) return 'done';
  if (timer.startedAt === undefined) return 'paused';
  return left <= LAST_MINUTE_MS ? 'lastMinute' : 'running';
}

export type Action =
  | { type: 'goto'; index: number }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'toggleReveal' }
  | { type: 'toggleBlank' }
  | { type: 'timerStart' }
  | { type: 'timerPause' }
  | { type: 'timerReset' }
  | { type: 'timerAddMinute' }
  | { type: 'setHoldNewIdeas'; hold: boolean }
  | { type: 'addIdea'; text: string; column?: string; id?: string }
  | { type: 'editIdea'; id: string; text: string }
  | { type: 'moveIdea'; id: string; column: string }
  | { type: 'toggleIdea'; id: string }
  | { type: 'deleteIdea'; id: string }
  /** Undo of a delete: puts the idea back where it was, on the exercise it was deleted from. */
  | { type: 'restoreIdea'; exerciseId: string; idea: Idea; index: number }
  | { type: 'rename'; name: string }
  /** Shows how to join the live room on the projector, or (undefined) hides it. */
  | { type: 'showJoin'; join: JoinScreen | undefined }
  /** Dot voting on the current exercise's board; opening it closes any other round. */
  | { type: 'openVoting'; votesEach: number }
  | { type: 'closeVoting' }
  | { type: 'toggleVoteResults' }
  /** The room's votes as the presenter last counted them. */
  | { type: 'countVotes'; exerciseId: string; tally: Record<string, number>; voters: number };

/** What one action changes, or undefined when it changes nothing. */
type Change = Partial<FacilitationSession> | undefined;

/** The session an action meets: its exercises, the current one, and the time. */
interface Scene {
  session: FacilitationSession;
  exercises: Exercise[];
  exercise: Exercise | undefined;
  now: number;
}

/** Applies one action; returns the same object when nothing changes. */
export function reduce(template: Template, session: FacilitationSession, action: Action, now: number): FacilitationSession {
  const exercises = roomExercises(template);
  const scene: Scene = { session, exercises, exercise: exercises[session.current], now };
  const change = screenChange(scene, action) ?? timerChange(scene, action) ?? boardChange(scene, action) ?? voteChange(scene, action);
  if (!change) return session;
  return { ...session, ...change, rev: session.rev + 1, updatedAt: now };
}

/** Moving between exercises, revealing, blanking, holding new ideas, renaming. */
function screenChange(scene: Scene, action: Action): Change {
  const { session, exercise } = scene;
  switch (action.type) {
    case 'goto':
      return goTo(scene, action.index);
    case 'next':
      return goTo(scene, session.current + 1);
    case 'prev':
      return goTo(scene, session.current - 1);
    case 'toggleReveal':
      return exercise && answerKeyOf(exercise)
        ? { revealed: { ...session.revealed, [exercise.id]: !session.revealed[exercise.id] } }
        : undefined;
    case 'toggleBlank':
      return { blank: !session.blank };
    case 'setHoldNewIdeas':
      return action.hold !== session.holdNewIdeas ? { holdNewIdeas: action.hold } : undefined;
    case 'rename': {
      const name = cleanText(action.name, LIMITS.sessionName).trim();
      return name ? { name } : undefined;
    }
    case 'showJoin':
      return action.join?.url !== session.join?.url || action.join?.line !== session.join?.line ? { join: action.join } : undefined;
    default:
      return undefined;
  }
}

/**
 * A timer belongs to its exercise, as a slide's does: moving on pauses it and keeps it for a
 * return, and the exercise moved to shows its own (its suggested time, until started).
 */
function goTo({ session, exercises, now }: Scene, index: number): Change {
  if (!Number.isInteger(index)) return undefined;
  const target = Math.min(Math.max(index, 0), exercises.length - 1);
  if (target === session.current) return undefined;
  const { [exercises[target]!.id]: kept, ...others } = session.timers ?? {};
  const leaving = exercises[session.current]?.id;
  const left = session.timer;
  const stash =
    leaving && !isIdle(left) ? { ...others, [leaving]: { durationMs: left.durationMs, remainingMs: timeLeft(left, now) } } : others;
  const ms = minutesMs(exercises[target]);
  return { current: target, timer: kept ?? { durationMs: ms, remainingMs: ms }, timers: stash };
}

function timerChange({ session, exercise, now }: Scene, action: Action): Change {
  const timer = session.timer;
  const running = timer.startedAt !== undefined;
  switch (action.type) {
    case 'timerStart':
      // At "Time's up" it starts again from the exercise's full time.
      if (timeLeft(timer, now) === 0) return { timer: { durationMs: timer.durationMs, remainingMs: timer.durationMs, startedAt: now } };
      return !running ? { timer: { ...timer, startedAt: now } } : undefined;
    case 'timerPause':
      return running ? { timer: { durationMs: timer.durationMs, remainingMs: timeLeft(timer, now) } } : undefined;
    case 'timerReset': {
      const fresh = minutesMs(exercise);
      const changed = running || timer.remainingMs !== fresh || timer.durationMs !== fresh;
      return changed ? { timer: { durationMs: fresh, remainingMs: fresh } } : undefined;
    }
    case 'timerAddMinute': {
      const left = timeLeft(timer, now) + 60_000;
      return { timer: { durationMs: timer.durationMs + 60_000, remainingMs: left, ...(running ? { startedAt: now } : {}) } };
    }
    default:
      return undefined;
  }
}

/** Ideas on the current exercise's board; an undone delete goes back to the exercise it left. */
function boardChange({ session, exercises, exercise }: Scene, action: Action): Change {
  const board = (exercise && session.boards[exercise.id]) ?? [];
  const has = (id: string, differs: (idea: Idea) => boolean = () => true) => board.some((idea) => idea.id === id && differs(idea));
  const withBoard = (ideas: Idea[]) => (exercise ? { boards: { ...session.boards, [exercise.id]: ideas } } : undefined);
  const mapIdea = (id: string, fn: (idea: Idea) => Idea) => withBoard(board.map((idea) => (idea.id === id ? fn(idea) : idea)));
  switch (action.type) {
    case 'addIdea': {
      const text = cleanText(action.text, LIMITS.idea).trim();
      if (!text || board.length >= LIMITS.ideasPerBoard) return undefined;
      return withBoard([...board, { id: action.id ?? shortId(), text, column: action.column, hidden: session.holdNewIdeas }]);
    }
    case 'editIdea': {
      const text = cleanText(action.text, LIMITS.idea).trim();
      return text && has(action.id, (idea) => idea.text !== text) ? mapIdea(action.id, (idea) => ({ ...idea, text })) : undefined;
    }
    case 'moveIdea':
      return has(action.id, (idea) => idea.column !== action.column)
        ? mapIdea(action.id, (idea) => ({ ...idea, column: action.column }))
        : undefined;
    case 'toggleIdea':
      return has(action.id) ? mapIdea(action.id, (idea) => ({ ...idea, hidden: !idea.hidden })) : undefined;
    case 'deleteIdea':
      return has(action.id) ? withBoard(board.filter((idea) => idea.id !== action.id)) : undefined;
    case 'restoreIdea': {
      const ideas = session.boards[action.exerciseId] ?? [];
      if (!exercises.some((e) => e.id === action.exerciseId) || ideas.some((idea) => idea.id === action.idea.id)) return undefined;
      const at = Math.min(Math.max(0, Math.trunc(action.index)), ideas.length);
      return { boards: { ...session.boards, [action.exerciseId]: [...ideas.slice(0, at), action.idea, ...ideas.slice(at)] } };
    }
    default:
      return undefined;
  }
}

/** Opening, closing and showing a round of dot voting on the current exercise, and its count. */
function voteChange({ session, exercise }: Scene, action: Action): Change {
  const votes = session.votes ?? {};
  const id = exercise?.id ?? '';
  const round = votes[id];
  const withRound = (id: string, next: VoteRound) => ({ votes: { ...votes, [id]: next } });
  switch (action.type) {
    case 'openVoting': {
      const votesEach = Math.min(Math.max(Math.trunc(action.votesEach) || VOTES_EACH.default, VOTES_EACH.min), VOTES_EACH.max);
      if (!(session.boards[id] ?? []).some((idea) => !idea.hidden)) return undefined;
      const closed = Object.fromEntries(Object.entries(votes).map(([id, other]) => [id, { ...other, open: false }]));
      const fresh = { votesEach, open: true, shown: false, tally: {}, voters: 0 };
      return { votes: { ...closed, [id]: { ...fresh, ...round, votesEach, open: true } } };
    }
    case 'closeVoting':
      return round?.open ? withRound(id, { ...round, open: false }) : undefined;
    case 'toggleVoteResults':
      return round ? withRound(id, { ...round, shown: !round.shown }) : undefined;
    case 'countVotes': {
      const counted = votes[action.exerciseId];
      const same = counted && counted.voters === action.voters && JSON.stringify(counted.tally) === JSON.stringify(action.tally);
      return counted?.open && !same ? withRound(action.exerciseId, { ...counted, tally: action.tally, voters: action.voters }) : undefined;
    }
    default:
      return undefined;
  }
}

/** What the room is asked to vote on: the open round's exercise and the ideas on its screen. */
export function voteCall(session: FacilitationSession): VoteCall | undefined {
  const open = Object.entries(session.votes ?? {}).find(([, round]) => round.open);
  if (!open) return undefined;
  const [exercise, round] = open;
  const ideas = (session.boards[exercise] ?? []).filter((idea) => !idea.hidden).map(({ id, text }) => ({ id, text }));
  return { exercise, each: round.votesEach, ideas };
}

/** The recall answer key of an exercise, if it has one. */
export function answerKeyOf(exercise: Exercise): string[] | undefined {
  const blanks = exercise.prompts.find((prompt) => prompt.kind === 'blanks');
  return blanks?.kind === 'blanks' ? blanks.answerKey.map((accepted) => accepted[0] ?? '') : undefined;
}

/** Board columns: the practice elements for the crosswalk, one column otherwise. */
export function boardColumns(exercise: Exercise): Array<{ id: string; label: string }> | undefined {
  const crosswalk = exercise.prompts.find((prompt) => prompt.kind === 'crosswalk');
  return crosswalk?.kind === 'crosswalk' ? crosswalk.columns : undefined;
}

/**
 * The exercise's shape on the screen, from the template, so the room sees it before any idea
 * arrives: recall blanks as slots, numbered rows for a list, the crosswalk's columns, or the
 * exercise's own questions. A new kind of screen adds its kind here and its view in the projector.
 */
export type ScreenShape =
  | { kind: 'recall'; blanks: Array<{ before?: string; after?: string }> }
  | { kind: 'list'; rows: number }
  | { kind: 'columns' }
  | { kind: 'questions'; questions: string[] };

export function screenShape(exercise: Exercise): ScreenShape {
  for (const prompt of exercise.prompts) {
    if (prompt.kind === 'blanks')
      return {
        kind: 'recall',
        blanks: prompt.blanks.map(({ before, after }) => ({ ...(before ? { before } : {}), ...(after ? { after } : {}) })),
      };
    if (prompt.kind === 'list') return { kind: 'list', rows: prompt.rows };
    if (prompt.kind === 'crosswalk') return { kind: 'columns' };
  }
  const questions = exercise.prompts.flatMap((prompt) => (prompt.kind === 'longText' && prompt.label ? [plainText(prompt.label)] : []));
  return { kind: 'questions', questions };
}

/**
 * The room's answers as the projector shows them: only what is not hidden, the most frequent
 * answers of each part, and how many more there are, so the screen never needs to scroll.
 */
export interface ProjectedGroup {
  text: string;
  count: number;
  tags: string[];
}

export interface ProjectedPart {
  label: string;
  groups: ProjectedGroup[];
  /** Answers left off the screen for room. */
  more: number;
}

export interface ProjectedRoom {
  respondents: number;
  score?: string;
  parts: ProjectedPart[];
}

/** Exactly what the projector may show: no hidden ideas, no notes, no unrevealed answers. */
export interface ProjectorView {
  sessionId: string;
  rev: number;
  sessionName: string;
  position: { index: number; count: number };
  exerciseId: string;
  prompt: string;
  blank: boolean;
  timer: TimerState;
  shape: ScreenShape;
  /** The answer key, once revealed. */
  answers?: string[];
  columns?: Array<{ id: string; label: string; ideas: string[] }>;
  ideas: string[];
  /** The room's answers to this exercise, when the facilitator puts them on screen. */
  room?: ProjectedRoom;
  /** Orders changes to the room's answers, which do not change the session's rev. */
  roomRev?: number;
  /** How to join the live room, shown instead of the exercise. */
  join?: JoinScreen;
  /** The room's votes on this board, once the facilitator shows them: most first. */
  votes?: { voters: number; each: number; results: Array<{ text: string; votes: number }> };
}

export function projectorView(template: Template, session: FacilitationSession): ProjectorView {
  const exercises = roomExercises(template);
  const exercise = exercises[session.current]!;
  const visible = (session.boards[exercise.id] ?? []).filter((idea) => !idea.hidden);
  const columns = boardColumns(exercise);
  return {
    sessionId: session.id,
    rev: session.rev,
    sessionName: session.name,
    position: { index: session.current, count: exercises.length },
    exerciseId: exercise.id,
    prompt: exercise.facilitator?.screen ?? exercise.question,
    blank: session.blank,
    timer: session.timer,
    shape: screenShape(exercise),
    answers: session.revealed[exercise.id] ? answerKeyOf(exercise) : undefined,
    columns: columns?.map((column) => ({
      ...column,
      ideas: visible.filter((idea) => (idea.column ?? columns[0]?.id) === column.id).map((idea) => idea.text),
    })),
    ideas: columns ? [] : visible.map((idea) => idea.text),
    ...(session.join ? { join: session.join } : {}),
    ...projectedVotes(session.votes?.[exercise.id], visible),
  };
}

function projectedVotes(round: VoteRound | undefined, visible: Idea[]): Pick<ProjectorView, 'votes'> {
  if (!round?.shown) return {};
  const results = rankByVotes(visible, round.tally).map(({ idea, votes }) => ({ text: idea.text, votes }));
  return { votes: { voters: round.voters, each: round.votesEach, results } };
}
