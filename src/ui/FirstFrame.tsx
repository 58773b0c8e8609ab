import { createStore } from 'solid-js/store';
import { blankAnswers, participantName, worksheetTitle } from '../worksheet/answers';
import { worksheetProgress } from '../worksheet/progress';
import { TEMPLATE } from '../worksheet/template';
import { createAnswersEditor } from './editor';
import { ProgressBar } from './ProgressBar';
import { SectionMenu } from './SectionNav';
import { SectionView } from './SectionView';
import { FIRST_FRAME_CLASS } from './takeOverFirstFrame';
import { WorksheetHeader } from './WorksheetHeader';
import { WorksheetTopbar } from './WorksheetTopbar';

/**
 * A new worksheet's first frame, as the worksheet page draws it before any answer is typed:
 * the build renders it to HTML (firstFrameHtml.tsx) so a /new link shows a form to type in
 * before the app's code has arrived. The page takes it over, typing and all (takeOverFirstFrame.ts).
 * `wide` picks the layout the page picks for the screen (WIDE_SCREEN).
 */
export function FirstFrame(props: { wide: boolean }) {
  // The date is left empty: the build does not know the day. The page fills it in as it takes over.
  const [answers, setAnswers] = createStore(blankAnswers(TEMPLATE));
  const editor = createAnswersEditor(answers, setAnswers, () => {});
  const first = TEMPLATE.sections[0]!;
  return (
    <div class={`worksheet-page ${FIRST_FRAME_CLASS}`}>
      <WorksheetTopbar
        back={
          <a href="#/" class="back">
            ← All worksheets
          </a>
        }
        status={
          <p class="save-status" role="status">
            Not saved yet
          </p>
        }
        menu={props.wide ? undefined : <SectionMenu sections={TEMPLATE.sections} answers={answers} current={first.id} />}
      />
      <div class="worksheet-layout">
        {props.wide && <aside class="sidebar" />}
        <main class="worksheet" id="main">
          <WorksheetHeader eyebrow={TEMPLATE.title} title={worksheetTitle(answers)} name={participantName(answers)}>
            {!props.wide && <ProgressBar progress={worksheetProgress(TEMPLATE, answers)} label="Answered" />}
          </WorksheetHeader>
          <SectionView section={first} editor={editor} />
        </main>
      </div>
    </div>
  );
}
