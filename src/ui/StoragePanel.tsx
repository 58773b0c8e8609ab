import { createResource, createSignal, lazy, Show, Suspense } from 'solid-js';
import type { BackupContents, BackupFile } from '../backup/format';
import { useServices, type ConflictChoice, type Conflicts, type RestoreResult } from '../services';
import { todayIso } from '../worksheet/answers';
import { saveJson } from './download';
import { OfflineFonts } from './OfflineFonts';
import { count, plural } from './plural';
import { settled } from './settled';

// Reading a backup file and choosing what to do with its conflicts: loaded when a file is chosen.
const backupFormat = () => import('../backup/format');
const RestoreChoice = lazy(() => import('./RestoreChoice').then((module) => ({ default: module.RestoreChoice })));

const PERSISTENCE_TEXT = {
  persistent: 'Stored on this device · persistent',
  'best-effort': 'Stored on this device · may be cleared by the browser',
  unknown: 'Stored on this device · the browser does not say whether it may clear it',
};

/** "Backup downloaded: 3 worksheets, 1 session with the room's answers." */
function backupSummary(backup: BackupFile): string {
  const rooms = backup.roomAnswers.length;
  const sessions = plural(backup.sessions.length, 'session');
  const withRooms =
    rooms === 0 ? '' : rooms === backup.sessions.length ? ' with the room’s answers' : ` (${rooms} with the room’s answers)`;
  return `Backup downloaded: ${plural(backup.worksheets.length, 'worksheet')}, ${sessions}${withRooms}.`;
}

/** "Backup restored: 3 added, 1 kept as copies." */
function restoredSummary(result: RestoreResult): string {
  const parts = [
    result.added && `${count(result.added)} added`,
    result.replaced && `${count(result.replaced)} replaced`,
    result.copies && `${count(result.copies)} kept as copies`,
    result.skipped && `${count(result.skipped)} skipped`,
  ].filter(Boolean);
  return `Backup restored: ${parts.join(', ') || 'nothing new'}.`;
}

/** Where the data lives, and the backup file that carries it to another machine. */
export function StoragePanel(props: { onRestored: () => void }) {
  const { persistenceStatus, readBackupOfEverything, findConflicts, restoreContents, describeStorageError } = useServices().storage;
  const [persistence] = createResource(persistenceStatus);
  const persistenceKnown = () => settled(persistence, 'unknown');
  const [message, setMessage] = createSignal('');
  const [error, setError] = createSignal('');
  const [pending, setPending] = createSignal<{ contents: BackupContents; conflicts: Conflicts }>();

  const download = async () => {
    setError('');
    try {
      const backup = await readBackupOfEverything();
      saveJson(backup, `CPM-backup-${todayIso()}.json`);
      setMessage(backupSummary(backup));
    } catch (failure) {
      setError(describeStorageError(failure));
    }
  };

  const restore = async (contents: BackupContents, choice: ConflictChoice) => {
    setMessage(restoredSummary(await restoreContents(contents, choice)));
    props.onRestored();
  };

  const onFile = async (file: File | undefined) => {
    setError('');
    setMessage('');
    if (!file) return;
    const { BackupError, readBackup } = await backupFormat();
    try {
      const contents = readBackup(await file.text(), file.size);
      const conflicts = await findConflicts(contents);
      if (conflicts.worksheets.length || conflicts.sessions.length) setPending({ contents, conflicts });
      else await restore(contents, 'skip');
    } catch (failure) {
      setError(failure instanceof BackupError ? failure.message : describeStorageError(failure));
    }
  };

  return (
    <section class="storage-panel" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage and backups</h2>
      {/* While the browser is asked (a few milliseconds) the line holds its most common answer
          unseen and unread, so the paragraph below does not move when the real one arrives. */}
      <p class="storage-status" classList={{ asking: !persistenceKnown() }} aria-hidden={persistenceKnown() ? undefined : 'true'}>
        {PERSISTENCE_TEXT[persistenceKnown() ?? 'best-effort']}
      </p>
      <p class="privacy">
        Everything stays in this browser on this device. Download a backup to move your worksheets and sessions to another computer or to
        keep them safe; Safari may clear a site’s data after 7 days without a visit.
      </p>
      <BackupActions onDownload={() => void download()} onFile={(file) => void onFile(file)} />
      <p class="storage-message" role="status">
        {message()}
      </p>
      <OfflineFonts />
      <Show when={error()}>
        <p class="banner error" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={pending()} keyed>
        {(request) => (
          <Suspense>
            <RestoreChoice
              conflicts={request.conflicts}
              onChoose={(choice) => {
                setPending(undefined);
                if (choice) void restore(request.contents, choice).catch((failure: unknown) => setError(describeStorageError(failure)));
              }}
            />
          </Suspense>
        )}
      </Show>
    </section>
  );
}

function BackupActions(props: { onDownload: () => void; onFile: (file: File | undefined) => void }) {
  return (
    <div class="actions">
      <button type="button" onClick={() => props.onDownload()}>
        Download backup
      </button>
      <label class="button file-button">
        Restore backup…
        <input
          type="file"
          accept=".json,application/json"
          class="sr-only"
          onChange={(event) => {
            const input = event.currentTarget;
            props.onFile(input.files?.[0]);
            // The same file can be chosen again after fixing it.
            input.value = '';
          }}
        />
      </label>
    </div>
  );
}
