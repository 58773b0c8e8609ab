import { createSignal, For, Show } from 'solid-js';
import { answerKeyText, checkBlanks, expectedAnswers, type BlankResult } from '../worksheet/check';
import type { BlanksPrompt } from '../worksheet/types';
import type { AnswersEditor } from './editor';
import { fieldId } from './ids';
import { LIMITS } from '../worksheet/limits';

const RESULT_TEXT: Record<BlankResult, string> = {
  correct: '✓ Correct',
  incorrect: '✗ Not quite',
  empty: '— Not answered',
};

/**
 * Recall blanks. "Check my answers" marks each blank, leniently and in any order; the key
 * itself stays hidden until the participant chooses "Show answers", which also marks the
 * blanks and puts the expected answer beside each one that is not right.
 */
export function BlanksField(props: { prompt: BlanksPrompt; editor: AnswersEditor; labelledBy: string }) {
  const [results, setResults] = createSignal<Array<BlankResult | undefined> | undefined>();
  const [showKey, setShowKey] = createSignal(false);
  const values = () => props.editor.answers.blanks[props.prompt.id] ?? [];
  const id = (index: number) => fieldId(props.prompt.id, index);
  const check = () => setResults(checkBlanks(props.prompt, values()));
  const expected = () => (showKey() ? expectedAnswers(props.prompt, values()) : []);
  const toggleKey = () => {
    if (!showKey()) check();
    setShowKey(!showKey());
  };
  const describedBy = (index: number) =>
    [results()?.[index] && `${id(index)}-result`, expected()[index] && `${id(index)}-expected`].filter(Boolean).join(' ') || undefined;
  const correctCount = () => results()?.filter((result) => result === 'correct').length ?? 0;

  return (
    <div class="blanks">
      <ol class="blank-lines">
        <For each={props.prompt.blanks}>
          {(blank, index) => (
            <li class="blank-line">
              <label for={id(index())} class="blank-label">
                {blank.label}
              </label>
              <span class="blank-phrase">
                <Show when={blank.before}>
                  <span aria-hidden="true">{blank.before} </span>
                </Show>
                <input
                  id={id(index())}
                  class="blank-input"
                  autocomplete="off"
                  maxLength={LIMITS.blank}
                  value={values()[index()] ?? ''}
                  aria-describedby={describedBy(index())}
                  onInput={(event) => {
                    props.editor.setBlank(props.prompt.id, index(), event.currentTarget.value);
                    // A mark describes what was checked; once the text changes it no longer applies.
                    const marks = results();
                    if (marks) setResults(marks.map((mark, i) => (i === index() ? undefined : mark)));
                  }}
                />
                <Show when={blank.after}>
                  <span aria-hidden="true"> {blank.after}</span>
                </Show>
              </span>
              <BlankFeedback id={id(index())} result={results()?.[index()]} expected={expected()[index()]} />
            </li>
          )}
        </For>
      </ol>
      <BlankActions promptId={props.prompt.id} labelledBy={props.labelledBy} showKey={showKey()} onCheck={check} onToggleKey={toggleKey} />
      <p class="check-summary" role="status">
        <Show when={results()}>
          {correctCount()} of {props.prompt.blanks.length} correct
          {correctCount() === props.prompt.blanks.length ? ' — well done!' : ''}
        </Show>
      </p>
      <Show when={showKey()}>
        <p class="answer-key">
          <strong>Answers: </strong>
          {answerKeyText(props.prompt).join(', ')}
        </p>
      </Show>
    </div>
  );
}

/** Beside a blank: the mark it got when checked, and the expected answer while the key shows. */
function BlankFeedback(props: { id: string; result: BlankResult | undefined; expected: string | undefined }) {
  return (
    <span class="blank-feedback">
      <Show when={props.result}>
        {(result) => (
          <span id={`${props.id}-result`} class={`blank-result ${result()}`}>
            {RESULT_TEXT[result()]}
          </span>
        )}
      </Show>
      <Show when={props.expected}>
        {(answer) => (
          <span id={`${props.id}-expected`} class="blank-expected">
            Answer: <strong>{answer()}</strong>
          </span>
        )}
      </Show>
    </span>
  );
}

/** Check and Show answers, named with their question too: a page has two recall exercises, each with these buttons. */
function BlankActions(props: { promptId: string; labelledBy: string; showKey: boolean; onCheck: () => void; onToggleKey: () => void }) {
  return (
    <div class="actions">
      <button
        type="button"
        id={`${props.promptId}-check`}
        aria-labelledby={`${props.promptId}-check ${props.labelledBy}`}
        onClick={() => props.onCheck()}
      >
        Check my answers
      </button>
      <button
        type="button"
        id={`${props.promptId}-key`}
        aria-labelledby={`${props.promptId}-key ${props.labelledBy}`}
        aria-expanded={props.showKey}
        onClick={() => props.onToggleKey()}
      >
        {props.showKey ? 'Hide answers' : 'Show answers'}
      </button>
    </div>
  );
}
