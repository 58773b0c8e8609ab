import { For, Match, Show, Switch } from 'solid-js';
import type { Exercise, Prompt } from '../worksheet/types';
import { BlanksField } from './BlanksField';
import { CrosswalkField } from './CrosswalkField';
import type { AnswersEditor } from './editor';
import { fieldId } from './ids';
import { ListField } from './ListField';
import { Marked } from './Marked';
import { MoreField } from './MoreField';
import { TextField } from './TextField';

/** One question of the worksheet and the fields that answer it. */
export function ExerciseView(props: { exercise: Exercise; editor: AnswersEditor }) {
  const questionId = () => `${fieldId(props.exercise.id)}-question`;
  return (
    <section class="exercise" aria-labelledby={questionId()}>
      <h3 id={questionId()} class="question">
        <Marked text={props.exercise.question} />
      </h3>
      <Show when={props.exercise.lead}>
        {(lead) => (
          <p class="lead">
            <Marked text={lead()} />
          </p>
        )}
      </Show>
      <Show when={props.exercise.hint}>
        {(hint) => (
          <p class="hint">
            <Marked text={hint()} />
          </p>
        )}
      </Show>
      <For each={props.exercise.prompts}>{(prompt) => <PromptField prompt={prompt} editor={props.editor} labelledBy={questionId()} />}</For>
      <Show when={props.exercise.more}>{(more) => <MoreField more={more()} editor={props.editor} />}</Show>
    </section>
  );
}

export function PromptField(props: { prompt: Prompt; editor: AnswersEditor; labelledBy: string }) {
  return (
    <Switch>
      <Match when={props.prompt.kind === 'blanks' && props.prompt}>
        {(prompt) => <BlanksField prompt={prompt()} editor={props.editor} labelledBy={props.labelledBy} />}
      </Match>
      <Match when={props.prompt.kind === 'list' && props.prompt}>{(prompt) => <ListField prompt={prompt()} editor={props.editor} />}</Match>
      <Match when={props.prompt.kind === 'crosswalk' && props.prompt}>
        {(prompt) => <CrosswalkField prompt={prompt()} editor={props.editor} />}
      </Match>
      <Match when={(props.prompt.kind === 'shortText' || props.prompt.kind === 'longText') && props.prompt}>
        {(prompt) => <TextField prompt={prompt()} editor={props.editor} labelledBy={props.labelledBy} />}
      </Match>
    </Switch>
  );
}
