import { shownContributions, type RoomAnswersRecord } from '../synthesis/roomAnswers';
import { synthesize, visibleGroups, type ExerciseSynthesis } from '../synthesis/synthesize';
import type { Template } from '../worksheet/types';
import type { ProjectedRoom, ProjectorView } from './session';

/** Fewer answers per part when there are many parts (the crosswalk's five elements). */
const perPart = (parts: number) => (parts > 2 ? 3 : 8);

export function projectRoom(synthesis: ExerciseSynthesis): ProjectedRoom {
  const parts = synthesis.parts.map((part) => ({ label: part.label, groups: visibleGroups(part) })).filter((part) => part.groups.length);
  const limit = perPart(parts.length);
  return {
    respondents: synthesis.respondents,
    ...(synthesis.score ? { score: synthesis.score.text } : {}),
    parts: parts.map((part) => ({
      label: part.label,
      groups: part.groups
        .slice(0, limit)
        .map((group) => ({ text: group.text, count: group.count, tags: group.tags.slice(0, 3).map((tag) => tag.text) })),
      more: Math.max(0, part.groups.length - limit),
    })),
  };
}

/**
 * A projector view with the room's answers of its exercise when the facilitator put them on
 * screen; the board gives way to them. Always stamped, so turning them off is news too.
 */
export function withRoomAnswers(
  view: ProjectorView,
  record: RoomAnswersRecord,
  synthesisOf: (exerciseId: string) => ExerciseSynthesis | undefined,
): ProjectorView {
  const exercise = record.onScreen ? synthesisOf(view.exerciseId) : undefined;
  if (!exercise || exercise.respondents === 0) return { ...view, roomRev: record.updatedAt };
  return { ...view, columns: undefined, ideas: [], room: projectRoom(exercise), roomRev: record.updatedAt };
}

/** The same, computing the synthesis of what may be shown: for a projector catching up from storage. */
export function storedRoomView(template: Template, view: ProjectorView, record: RoomAnswersRecord): ProjectorView {
  const shown = shownContributions(record);
  return withRoomAnswers(view, record, (id) => synthesize(template, shown, record.edits).find((s) => s.exerciseId === id));
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** A projector accepts only a well-formed room view. */
export function isProjectedRoom(value: unknown): value is ProjectedRoom {
  return (
    isObject(value) &&
    isCount(value.respondents) &&
    (value.score === undefined || typeof value.score === 'string') &&
    Array.isArray(value.parts) &&
    value.parts.every(
      (part) =>
        isObject(part) &&
        typeof part.label === 'string' &&
        isCount(part.more) &&
        Array.isArray(part.groups) &&
        part.groups.every((group) => isObject(group) && typeof group.text === 'string' && isCount(group.count) && isStrings(group.tags)),
    )
  );
}
