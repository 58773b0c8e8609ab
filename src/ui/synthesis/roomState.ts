import { createMemo, createSignal } from 'solid-js';
import type { ProjectorView } from '../../facilitate/session';
import { useServices } from '../../services';
import { takeIn, type DroppedFile, type Skipped } from '../../synthesis/intake';
import { withRoomAnswers } from '../../facilitate/roomView';
import { emptyRoomAnswers, shownContributions, type RoomAnswersRecord } from '../../synthesis/roomAnswers';
import { synthesize, type ExerciseSynthesis } from '../../synthesis/synthesize';
import { TEMPLATE } from '../../worksheet/template';

export type RoomAnswers = ReturnType<typeof createRoomAnswers>;

/**
 * The presenter's room answers: loaded with the session, changed through `update`, which shows
 * the change at once, stores it, and tells the presenter to refresh the projector.
 */
export function createRoomAnswers(sessionId: string, onChange: () => void) {
  const { roomAnswers, storage } = useServices();
  const [record, setRecord] = createSignal<RoomAnswersRecord>(emptyRoomAnswers(sessionId));
  const [saveError, setSaveError] = createSignal('');
  void roomAnswers.get(sessionId).then(
    (stored) => {
      setRecord(stored);
      onChange();
    },
    (error: unknown) => setSaveError(storage.describeStorageError(error)),
  );

  const update = (change: (current: RoomAnswersRecord) => Omit<RoomAnswersRecord, 'updatedAt'>) => {
    const current = record();
    const next = { ...change(current), updatedAt: Math.max(Date.now(), current.updatedAt + 1) };
    setRecord(next);
    onChange();
    roomAnswers.put(next).then(
      () => setSaveError(''),
      (error: unknown) => setSaveError(storage.describeStorageError(error)),
    );
  };

  /** Reads, validates and adds many files; returns how many were added and what was skipped. */
  const addFiles = async (files: readonly File[]): Promise<{ added: number; skipped: Skipped[] }> => {
    const dropped: DroppedFile[] = await Promise.all(
      files.map(async (file) => ({ name: file.name, size: file.size, text: await file.text().catch(() => '') })),
    );
    const intake = takeIn(TEMPLATE, record().contributions, dropped);
    if (intake.added.length) update((current) => ({ ...current, contributions: [...current.contributions, ...intake.added] }));
    return { added: intake.added.length, skipped: intake.skipped };
  };

  const synthesis = createMemo(() => synthesize(TEMPLATE, record().contributions, record().edits));
  const of = (exerciseId: string): ExerciseSynthesis | undefined => synthesis().find((s) => s.exerciseId === exerciseId);

  // What the projector may show: the same as the presenter's, unless answers are held for review.
  const shown = createMemo(() => {
    const current = record();
    return current.review ? synthesize(TEMPLATE, shownContributions(current), current.edits) : synthesis();
  });
  const shownOf = (exerciseId: string) => shown().find((s) => s.exerciseId === exerciseId);

  /** The projector's view with the room's answers of its exercise, when they are on screen. */
  const project = (view: ProjectorView): ProjectorView => withRoomAnswers(view, record(), shownOf);

  return { record, update, addFiles, synthesis, of, project, saveError };
}
