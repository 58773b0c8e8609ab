import { useParams } from '../routing';
import { createEffect, createResource, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { createAutosave, track, type SaveStatus as Status } from '../store/autosave';
import { getWorksheet, putWorksheet, type WorksheetRecord } from '../store/worksheets';
import { participantName, worksheetTitle } from '../worksheet/answers';
import { worksheetProgress } from '../worksheet/progress';
import { TEMPLATE } from '../worksheet/template';
import type { Section, TextBlock } from '../worksheet/types';
import { createAnswersEditor } from '../ui/editor';
import { joinWorksheetTabs } from '../store/tabs';
import { fieldOf } from '../worksheet/ops';
import { fieldLabel } from '../worksheet/fields';
import { ExerciseView } from '../ui/ExerciseView';
import { ExportPanel } from '../ui/ExportPanel';
import { Marked } from '../ui/Marked';
import { ProgressBar } from '../ui/ProgressBar';
import { SaveStatus } from '../ui/SaveStatus';
import { SectionNav, sectionDomId } from '../ui/SectionNav';
import { Loaded } from './Loaded';
import { worksheetFile, worksheetFileName } from '../backup/files';
import { loadPaper } from '../store/preferences';
import { useConfirm } from '../ui/ConfirmDialog';
import { saveJson } from '../ui/download';
import { FinishDialog } from '../ui/FinishDialog';
import { downloadWorksheetPdf } from '../ui/pdfExport';

/** /worksheets/$id: loads one worksheet, or says plainly that it is not on this device. */
export default function WorksheetPage() {
  const params = useParams({ from: '/worksheets/$id' });
  const [record] = createResource(() => params().id, getWorksheet);
  return (
    <Loaded
      item={record}
      noun="worksheet"
      missing="It may have been deleted, or it was made in another browser. Worksheets are saved only in the browser where they were filled in."
    >
      {(loaded) => <WorksheetEditor record={loaded} />}
    </Loaded>
  );
}

function WorksheetEditor(props: { record: WorksheetRecord }) {
  const [answers, setAnswers] = createStore(structuredClone(props.record.answers));
  const [status, setStatus] = createSignal<Status>({ state: 'idle' });
  const autosave = track(
    createAutosave(() => putWorksheet(snapshot()), setStatus),
  );
  onCleanup(() => autosave.dispose());
  // Another tab with this worksheet: apply its ops here; if it typed in the field this tab was
  // just typing in, the later keystroke wins and this tab says so.
  const [notice, setNotice] = createSignal('');
  const typedAt = new Map<string, number>();
  const tabs = joinWorksheetTabs(props.record.id, (op) => editor.apply(op, 'remote'));
  onCleanup(() => tabs.close());
  const editor = createAnswersEditor(answers, setAnswers, (op, origin) => {
    autosave.schedule();
    const field = fieldOf(op);
    if (origin === 'local') {
      tabs.send(op);
      if (field) typedAt.set(field, Date.now());
    } else if (field && Date.now() - (typedAt.get(field) ?? 0) < 5000) {
      setNotice(`Another tab changed “${fieldLabel(op.id)}” while you were typing in it. The latest typing is kept.`);
    }
  });
  const title = () => worksheetTitle(answers);
  const snapshot = (): WorksheetRecord => ({ ...props.record, updatedAt: Date.now(), answers: unwrap(answers) });
  const downloadBackup = () => {
    const record = snapshot();
    saveJson(worksheetFile(record), worksheetFileName(record));
  };
  const [finishing, setFinishing] = createSignal(false);
  const confirm = useConfirm();
  createEffect(() => (document.title = `${title()} · CPM Workshop`));

  // The first section is on screen sooner when the rest follow it, one per frame: no long task
  // holds up the first keystroke.
  const [visibleSections, setVisibleSections] = createSignal(TEMPLATE.sections.slice(0, 1));
  onMount(() => {
    let frame = requestAnimationFrame(function renderNext() {
      const count = visibleSections().length + 1;
      setVisibleSections(TEMPLATE.sections.slice(0, count));
      if (count < TEMPLATE.sections.length) frame = requestAnimationFrame(renderNext);
    });
    onCleanup(() => cancelAnimationFrame(frame));
  });

  const [current, setCurrent] = createSignal(TEMPLATE.sections[0]?.id ?? '');
  onMount(() => {
    // The section being read is the last one whose top has passed a third of the window.
    let frame = 0;
    const track = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const line = window.innerHeight / 3;
        let reading = TEMPLATE.sections[0]?.id ?? '';
        for (const section of TEMPLATE.sections) {
          const top = document.getElementById(sectionDomId(section))?.getBoundingClientRect().top ?? Infinity;
          if (top <= line) reading = section.id;
        }
        setCurrent(reading);
      });
    };
    window.addEventListener('scroll', track, { passive: true });
    onCleanup(() => {
      window.removeEventListener('scroll', track);
      cancelAnimationFrame(frame);
    });
  });

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
      </header>
      <Show when={status().state === 'error'}>
        <p class="banner error storage-banner" role="alert">
          <span>Your latest changes are only in this tab for now. Download a backup so nothing can be lost.</span>
          <button type="button" onClick={downloadBackup}>
            Download a backup of this worksheet
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
        <aside class="sidebar">
          <ProgressBar progress={worksheetProgress(TEMPLATE, answers)} label="Answered" />
          <SectionNav sections={TEMPLATE.sections} answers={answers} current={current()} />
          <ExportPanel answers={() => unwrap(answers)} beforeExport={() => autosave.flush()} />
        </aside>
        <main class="worksheet" id="main">
          <header class="worksheet-header">
            <p class="eyebrow">{TEMPLATE.title}</p>
            <h1>{title()}</h1>
            <Show when={participantName(answers)}>{(name) => <p class="byline">{name()}</p>}</Show>
          </header>
          <For each={visibleSections()}>{(section) => <SectionView section={section} editor={editor} />}</For>
          <Show when={props.record.archived?.length}>
            <section class="worksheet-section archived" aria-labelledby="archived-title">
              <h2 id="archived-title">Archived answers</h2>
              <p class="muted">These answers belong to questions a newer version of the worksheet no longer asks. They are kept here so nothing you wrote is lost.</p>
              <ul>
                <For each={props.record.archived}>{(item) => <li class="archived-answer">{item.text}</li>}</For>
              </ul>
            </section>
          </Show>
        </main>
      </div>
      <FinishDialog
        open={finishing()}
        onClose={() => setFinishing(false)}
        onPdf={() => void autosave.flush().then(() => downloadWorksheetPdf({ answers: unwrap(answers), paper: loadPaper(), confirm }))}
        onBackup={downloadBackup}
      />
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
        {(block) =>
          block.kind === 'text' ? <ReadOnlyText block={block} /> : <ExerciseView exercise={block} editor={props.editor} />
        }
      </For>
    </section>
  );
}

function ReadOnlyText(props: { block: TextBlock }) {
  return (
    <div class={`handout-text ${props.block.style ?? 'plain'}`}>
      <For each={props.block.paragraphs}>{(paragraph) => <p><Marked text={paragraph} /></p>}</For>
      <Show when={props.block.bullets}>
        {(bullets) => (
          <ul>
            <For each={bullets()}>{(bullet) => <li><Marked text={bullet} /></li>}</For>
          </ul>
        )}
      </Show>
    </div>
  );
}
