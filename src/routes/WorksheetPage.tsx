import { getRouteApi, Link, useNavigate } from '@tanstack/solid-router';
import { createEffect, createSignal, For, lazy, onCleanup, onMount, Show, untrack } from 'solid-js';
import { loadPaper } from '../store/preferences';
import { loadMembership, saveMembership } from '../store/liveRooms';
import { useConfirm } from '../ui/ConfirmDialog';
import { ExportPanel } from '../ui/ExportPanel';
import { createLimitNote } from '../ui/limitNote';
import { createMediaQuery, WIDE_SCREEN } from '../ui/media';
import { OnceOpened } from '../ui/OnceOpened';
import { downloadWorksheetPdf } from '../ui/pdfExport';
import { ProgressBar } from '../ui/ProgressBar';
import { createReadingSection } from '../ui/readingSection';
import { SaveStatus } from '../ui/SaveStatus';
import { SectionMenu, SectionNav } from '../ui/SectionNav';
import { SectionView } from '../ui/SectionView';
import { WorksheetBanners } from '../ui/WorksheetBanners';
import { WorksheetHeader } from '../ui/WorksheetHeader';
import { WorksheetTopbar } from '../ui/WorksheetTopbar';
import { takeOverFirstFrame } from '../ui/takeOverFirstFrame';
import { participantName, worksheetTitle } from '../worksheet/answers';
import { worksheetProgress } from '../worksheet/progress';
import type { WorksheetRecord } from '../worksheet/record';
import { TEMPLATE } from '../worksheet/template';
import type { Answers } from '../worksheet/types';
import { Loaded } from './Loaded';
import { createWorksheetSession } from './worksheetSession';

// The dialogs load the first time they open: a first visit is for typing.
const FinishDialog = lazy(() => import('../ui/FinishDialog').then((module) => ({ default: module.FinishDialog })));
const LiveShare = lazy(() => import('../ui/synthesis/LiveShare').then((module) => ({ default: module.LiveShare })));
const ShareDialog = lazy(() => import('../ui/synthesis/ShareDialog').then((module) => ({ default: module.ShareDialog })));

const route = getRouteApi('/worksheets/$id');

/** /worksheets/$id: loads one worksheet, or says plainly that it is not on this device. */
export default function WorksheetPage() {
  const record = route.useLoaderData();
  return (
    <Loaded
      outcome={record()}
      noun="worksheet"
      missing="It may have been deleted, or it was made in another browser. Worksheets are saved only in the browser where they were filled in."
    >
      {(loaded) => <WorksheetEditor record={loaded} />}
    </Loaded>
  );
}

function WorksheetEditor(props: { record: WorksheetRecord }) {
  const navigate = useNavigate();
  const confirm = useConfirm();
  // An editor is made for one record (the page is keyed by it), so it reads the record once.
  const sheet = createWorksheetSession(untrack(() => props.record));
  const { answers, editor, flush } = sheet;
  // Before the header's own onMount: focus held in the first frame moves here, not to the title.
  onMount(() => takeOverFirstFrame(editor));
  const title = () => worksheetTitle(answers);
  const limit = createLimitNote();
  const [finishing, setFinishing] = createSignal(false);
  const [sharing, setSharing] = createSignal(false);
  const downloadPdf = () => void flush().then(() => downloadWorksheetPdf({ answers: sheet.plainAnswers(), paper: loadPaper(), confirm }));
  createEffect(() => (document.title = `${title()} · CPM Workshop`));
  const { sections, chrome } = createSectionsByFrame();
  const current = createReadingSection(TEMPLATE.sections);

  // Phones and tablets get the section list in the sticky header and "Take it home" at the end.
  const wide = createMediaQuery(WIDE_SCREEN);
  const exportPanel = () => <TakeItHome answers={sheet.plainAnswers} beforeExport={flush} onShare={() => setSharing(true)} />;

  return (
    <div class="worksheet-page">
      <WorksheetTopbar
        back={
          <Link to="/" class="back">
            ← All worksheets
          </Link>
        }
        status={<SaveStatus status={sheet.status()} />}
        onFinish={() => setFinishing(true)}
        menu={
          <Show when={!wide()}>
            <SectionMenu sections={TEMPLATE.sections} answers={answers} current={current()} />
          </Show>
        }
      />
      <WorksheetBanners
        deleted={sheet.deleted()}
        saveFailed={sheet.status().state === 'error'}
        notice={sheet.notice()}
        onRestore={() => void sheet.restore()}
        onClose={() => void navigate({ to: '/' })}
        onBackup={sheet.downloadBackup}
        onDismiss={sheet.dismissNotice}
      />
      <div class="worksheet-layout">
        <Show when={wide()}>
          <aside class="sidebar" aria-label="Progress, sections and export">
            <Show when={chrome()}>
              <ProgressBar progress={worksheetProgress(TEMPLATE, answers)} label="Answered" />
              <SectionNav sections={TEMPLATE.sections} answers={answers} current={current()} />
              {exportPanel()}
            </Show>
          </aside>
        </Show>
        <main class="worksheet" id="main" onInput={limit.onInput}>
          <WorksheetHeader eyebrow={TEMPLATE.title} title={title()} name={participantName(answers)}>
            <Show when={!wide()}>
              <ProgressBar progress={worksheetProgress(TEMPLATE, answers)} label="Answered" />
            </Show>
          </WorksheetHeader>
          <LiveRoomOf worksheetId={props.record.id} sheet={sheet} onPdf={downloadPdf} />
          <For each={sections()}>{(section) => <SectionView section={section} editor={editor} />}</For>
          <Show when={props.record.archived?.length ? props.record.archived : undefined}>
            {(archived) => <ArchivedAnswers items={archived()} />}
          </Show>
          <Show when={!wide() && chrome()}>{exportPanel()}</Show>
        </main>
      </div>
      <limit.Note />
      <OnceOpened open={sharing()}>
        <ShareDialog open={sharing()} onClose={() => setSharing(false)} answers={sheet.plainAnswers} />
      </OnceOpened>
      <OnceOpened open={finishing()}>
        <FinishDialog open={finishing()} onClose={() => setFinishing(false)} onPdf={downloadPdf} onBackup={sheet.downloadBackup} />
      </OnceOpened>
    </div>
  );
}

/** The live room this worksheet joined on this device, if any: what it shares, and its status. */
function LiveRoomOf(props: { worksheetId: string; sheet: ReturnType<typeof createWorksheetSession>; onPdf: () => void }) {
  return (
    <Show when={loadMembership(props.worksheetId)}>
      {(membership) => (
        <LiveShare
          membership={membership()}
          answers={() => props.sheet.answers}
          onChange={saveMembership}
          onPdf={() => props.onPdf()}
          onBackup={() => props.sheet.downloadBackup()}
        />
      )}
    </Show>
  );
}

/** Everything that takes the worksheet out of this browser, together: the PDF, and what is shared with the facilitator. */
function TakeItHome(props: { answers: () => Answers; beforeExport: () => Promise<void>; onShare: () => void }) {
  return (
    <>
      <ExportPanel answers={props.answers} beforeExport={props.beforeExport} />
      <button type="button" class="share-button" onClick={() => props.onShare()}>
        Share with the facilitator
      </button>
    </>
  );
}

/**
 * The first section is on screen sooner when the rest follow it, one per frame: no long task
 * holds up the first keystroke. The section list, the progress beside it and "Take it home"
 * are not needed to type either: they come with the second frame, into space kept for them.
 */
function createSectionsByFrame() {
  const [sections, setSections] = createSignal(TEMPLATE.sections.slice(0, 1));
  const [chrome, setChrome] = createSignal(false);
  onMount(() => {
    let frame = requestAnimationFrame(function renderNext() {
      setChrome(true);
      const count = sections().length + 1;
      setSections(TEMPLATE.sections.slice(0, count));
      if (count < TEMPLATE.sections.length) frame = requestAnimationFrame(renderNext);
    });
    onCleanup(() => cancelAnimationFrame(frame));
  });
  return { sections, chrome };
}

/** Answers to questions a newer worksheet no longer asks: kept and shown, never dropped. */
function ArchivedAnswers(props: { items: Array<{ text: string }> }) {
  return (
    <section class="worksheet-section archived" aria-labelledby="archived-title">
      <h2 id="archived-title">Archived answers</h2>
      <p class="muted">
        These answers belong to questions a newer version of the worksheet no longer asks. They are kept here so nothing you wrote is lost.
      </p>
      <ul>
        <For each={props.items}>{(item) => <li class="archived-answer">{item.text}</li>}</For>
      </ul>
    </section>
  );
}
