import { openBroadcast } from '../sync/broadcast';
import { isProjectedRoom } from './roomView';
import { isJoinScreen, type ProjectorView, type ScreenShape, type TimerState } from './session';

/**
 * Presenter ⇄ projector messages over BroadcastChannel (same browser, no server).
 * The presenter sends the whole view on every change; a projector that opens late, reloads,
 * or wakes from being hidden says "hello" and gets the current view at once.
 */
export type Message = { kind: 'view'; view: ProjectorView } | { kind: 'hello'; sessionId: string };

export const channelName = (sessionId: string) => `cpm-workshop:session:${sessionId}`;

const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function isTimer(value: unknown): value is TimerState {
  return (
    isObject(value) && isTime(value.durationMs) && isTime(value.remainingMs) && (value.startedAt === undefined || isTime(value.startedAt))
  );
}

const isOptionalString = (value: unknown) => value === undefined || isString(value);

function isShape(value: unknown): value is ScreenShape {
  if (!isObject(value)) return false;
  switch (value.kind) {
    case 'recall':
      return (
        Array.isArray(value.blanks) && value.blanks.every((b) => isObject(b) && isOptionalString(b.before) && isOptionalString(b.after))
      );
    case 'list':
      return isCount(value.rows);
    case 'columns':
      return true;
    case 'questions':
      return isStrings(value.questions);
    default:
      return false;
  }
}

function isView(value: unknown): value is ProjectorView {
  if (!isObject(value)) return false;
  const position = value.position;
  const columns = value.columns;
  return (
    isString(value.sessionId) &&
    isCount(value.rev) &&
    isString(value.sessionName) &&
    isObject(position) &&
    isCount(position.index) &&
    isCount(position.count) &&
    isString(value.exerciseId) &&
    isString(value.prompt) &&
    typeof value.blank === 'boolean' &&
    isTimer(value.timer) &&
    isShape(value.shape) &&
    (value.answers === undefined || isStrings(value.answers)) &&
    (columns === undefined ||
      (Array.isArray(columns) && columns.every((c) => isObject(c) && isString(c.id) && isString(c.label) && isStrings(c.ideas)))) &&
    isStrings(value.ideas) &&
    (value.room === undefined || isProjectedRoom(value.room)) &&
    (value.roomRev === undefined || isTime(value.roomRev)) &&
    (value.join === undefined || isJoinScreen(value.join))
  );
}

/** Anything that is not a well-formed message is ignored. */
export function parseMessage(data: unknown): Message | undefined {
  if (!isObject(data)) return undefined;
  if (data.kind === 'hello' && isString(data.sessionId)) return { kind: 'hello', sessionId: data.sessionId };
  if (data.kind === 'view' && isView(data.view)) return { kind: 'view', view: data.view };
  return undefined;
}

/** The projector keeps a view only if it is for its session and newer than what it shows. */
export function acceptView(current: ProjectorView | undefined, incoming: ProjectorView, sessionId: string): boolean {
  if (incoming.sessionId !== sessionId) return false;
  if (!current || incoming.rev > current.rev) return true;
  return incoming.rev === current.rev && (incoming.roomRev ?? 0) > (current.roomRev ?? 0);
}

export interface Channel {
  post(message: Message): void;
  close(): void;
}

/**
 * The presenter ⇄ projector channel, through the app's one validated channel: messages carry the
 * app's versions, and a window that hears a newer version is told through `onNewerVersion`.
 */
export function openChannel(sessionId: string, onMessage: (message: Message) => void, onNewerVersion: () => void): Channel {
  return openBroadcast(`session:${sessionId}`, { parse: parseMessage, onMessage, onNewerVersion });
}
