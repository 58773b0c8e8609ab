import { useNavigate, getRouteApi } from '@tanstack/solid-router';
import { createEffect, createSignal, For, lazy, onCleanup, onMount, Show, untrack } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import type { SaveStatus as Status } from '../store/autosave';
import { openLiveWorksheet, type LiveWorksheet } from '../store/liveWorksheet';
import type { WorksheetRecord } from '../worksheet/record';
import { createLimitNote } from '../ui/limitNote';
import { participantName, worksheetTitle } from '../worksheet/answers';
import { worksheetProgress } from '../worksheet/progress';
import { TEMPLATE } from '../worksheet/template';
import type { Section, TextBlock } from '../worksheet/types';
import { createAnswersEditor } from '../ui/editor';
import { fieldLabel } from '../worksheet/fields';
import { ExerciseView } from '../ui/ExerciseView';
import { ExportPanel } from '../ui/ExportPanel';
import { Marked } from '../ui/Marked';
import { ProgressBar } from '../ui/ProgressBar';
import { SaveStatus } from '../ui/SaveStatus';
import { SectionMenu, SectionNav, sectionDomId } from '../ui/SectionNav';
import { createMediaQuery, WIDE_SCREEN } from '../ui/media';
import { WorksheetHeader } from '../ui/WorksheetHeader';
import { createReadingSection } from '../ui/readingSection';
import { Loaded } from './Loaded';
import { worksheetFile, worksheetFileName } from '../backup/files';
import { loadPaper } from '../store/preferences';
import { useConfirm } from '../ui/ConfirmDialog';
import { saveJson } from '../ui/download';
import { OnceOpened } from '../ui/OnceOpened';
import { downloadWorksheetPdf } from '../ui/pdfExport';

// The dialogs load the first time they open: a first visit is for typing.
const FinishDialog = lazy(() => import('../ui/FinishDialog').then((module) => ({ default: module.FinishDialog })));
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
  // An editor is made for one record (the page is keyed by it), so it reads the record once.
  const record = untrack(() => props.record);
  const [answers, setAnswers] = createStore(structuredClone(record.answers));
  const [status, setStatus] = createSignal<Status>({ state: 'idle' });
  const [notice, setNotice] = createSignal('');
  const [deleted, setDeleted] = createSignal(false);
  // The live worksheet sends this tab's changes out, takes in the other tabs', and saves.
  let live: LiveWorksheet | undefined;
  const editor = createAnswersEditor(answers, setAnswers, (op, origin) => origin === 'local' && live?.local(op));
  live = openLiveWorksheet(record, {
    answers: () => unwrap(answers),
    applyRemote: (op, ordering) => editor.apply(op, 'remote', ordering),
    replace: (next) => setAnswers(reconcile(next)),
    status: setStatus,
    overwritten: (op) => setNotice(`Another tab changed “${fieldLabel(op.id)}” while you were typing in it. The latest typing is kept.`),
    deleted: () => setDeleted(true),
  });
  onCleanup(() => live?.close());
  const flush = () => live?.flush() ?? Promise.resolve();
  const title = () => worksheetTitle(answers);
  const snapshot = (): WorksheetRecord => ({ ...props.record, updatedAt: Date.now(), answers: structuredClone(unwrap(answers)) });
  const downloadBackup = () => {
    const record = snapshot();
    saveJson(worksheetFile(record), worksheetFileName(record));
  };
  const restore = async () => {
    await live?.restore();
    setDeleted(false);
    setStatus({ state: 'saved', at: new Date() });
  };
  const limit = createLimitNote();
  const [finishing, setFinishing] = createSignal(false);
  const [sharing, setSharing] = createSignal(false);
  const confirm = useConfirm();
  createEffect(() => (document.title = `${title()} · CPM Workshop`));

  // The first section is on screen sooner when the rest follow it, one per frame: no long task
  // holds up the first keystroke. The section list, the progress beside it and "Take it home"
  // are not needed to type either: they come with the second frame, into space kept for them.
  const [visibleSections, setVisibleSections] = createSignal(TEMPLATE.sections.slice(0, 1));
  const [chrome, setChrome] = createSignal(false);
  onMount(() => {
    let frame = requestAnimationFrame(function renderNext() {
      setChrome(true);
      const count = visibleSections().length + 1;
      setVisibleSections(TEMPLATE.sections.slice(0, count));
      if (count < TEMPLATE.sections.length) frame = requestAnimationFrame(renderNext);
    });
    onCleanup(() => cancelAnimationFrame(frame));
  });

  const current = createReadingSection(TEMPLATE.sections);

  // Phones and tablets get the section list in the sticky header and "Take it home" at the end.
  const wide = createMediaQuery(WIDE_SCREEN);
  // Everything that takes the worksheet out of this browser lives together: the PDF, and what is shared with the facilitator.
  const exportPanel = () => (
    <>
      <ExportPanel answers={() => unwrap(answers)} beforeExport={flush} />
      <button type="button" class="share-button" onClick={() => setSharing(true)}>
        Share with the facilitator
      </button>
    </>
  );

  return (
    <div class="worksheet-page">
      <header class="topbar">
        <a href="#/" class="back">
          ← All worksheets
        </a>
        <div class="topbar-end">
          <SaveStatus status={status()} />
          <button type="button" class="primary" onClick={() => setFinishing(true)}>
            Finish
          </button>
        </div>
        <Show when={!wide()}>
          <SectionMenu sections={TEMPLATE.sections} answers={answers} current={current()} />
        </Show>
      </header>
      <Show
        when={deleted()}
        fallback={
          <Show when={status().state === 'error'}>
            <p class="banner error storage-banner" role="alert">
              <span>Your latest changes are only in this tab for now. Download a backup so nothing can be lost.</span>
              <button type="button" onClick={downloadBackup}>
                Download a backup of this worksheet
              </button>
            </p>
          </Show>
        }
      >
        <p class="banner error storage-banner" role="alert">
          <span>Deleted in another tab. What you see is kept only in this tab until you restore it.</span>
          <button type="button" onClick={() => void restore()}>
            Restore
          </button>
          <button type="button" onClick={() => void navigate({ to: '/' })}>
            Close
          </button>
        </p>
      </Show>
      <Show when={notice()}>
        <p class="banner notice" role="alert">
          {notice()}{' '}
          <button type="button" class="link" onClick={() => setNotice('')}>
            Dismiss
          </button>
        </p>
      </Show>
      <div class="worksheet-layout">
        <Show when={wide()}>
          <aside class="sidebar">
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
          <For each={visibleSections()}>{(section) => <SectionView section={section} editor={editor} />}</For>
          <Show when={props.record.archived?.length}>
            <section class="worksheet-section archived" aria-labelledby="archived-title">
              <h2 id="archived-title">Archived answers</h2>
              <p class="muted">
                These answers belong to questions a newer version of the worksheet no longer asks. They are kept here so nothing you wrote
                is lost.
              </p>
              <ul>
                <For each={props.record.archived}>{(item) => <li class="archived-answer">{item.text}</li>}</For>
              </ul>
            </section>
          </Show>
          <Show when={!wide() && chrome()}>{exportPanel()}</Show>
        </main>
      </div>
      <limit.Note />
      <OnceOpened open={sharing()}>
        <ShareDialog open={sharing()} onClose={() => setSharing(false)} answers={() => unwrap(answers)} />
      </OnceOpened>
      <OnceOpened open={finishing()}>
        <FinishDialog
          open={finishing()}
          onClose={() => setFinishing(false)}
          onPdf={() => void flush().then(() => downloadWorksheetPdf({ answers: unwrap(answers), paper: loadPaper(), confirm }))}
          onBackup={downloadBackup}
        />
      </OnceOpened>
    </div>
  );
}

function SectionView(props: { section: Section; editor: ReturnType<typeof createAnswersEditor> }) {
  const id = () => sectionDomId(props.section);
  return (
    <section class="worksheet-section" id={id()} aria-labelledby={`${id()}-title`}>
      <h2 id={`${id()}-title`} tabindex="-1">
        <Marked text={props.section.title} />
      </h2>
      <For each={props.section.blocks}>
        {(block) => (block.kind === 'text' ? <ReadOnlyText block={block} /> : <ExerciseView exercise={block} editor={props.editor} />)}
      </For>
    </section>
  );
}

function ReadOnlyText(props: { block: TextBlock }) {
  return (
    <div class={`handout-text ${props.block.style ?? 'plain'}`}>
      <For each={props.block.paragraphs}>
        {(paragraph) => (
          <p>
            <Marked text={paragraph} />
          </p>
        )}
      </For>
      <Show when={props.block.bullets}>
        {(bullets) => (
          <ul>
            <For each={bullets()}>
              {(bullet) => (
                <li>
                  <Marked text={bullet} />
                </li>
              )}
            </For>
          </ul>
        )}
      </Show>
    </div>
  );
}
