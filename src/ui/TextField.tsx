import { Show } from 'solid-js';
import type { TextPrompt } from '../worksheet/types';
import { AutoTextarea } from './AutoTextarea';
import type { AnswersEditor } from './editor';
import { fieldId } from './ids';
import { Marked } from './Marked';
import { LIMITS } from '../worksheet/limits';

/** A short or long text answer. Without a label of its own, the exercise question names it. */
export function TextField(props: { prompt: TextPrompt; editor: AnswersEditor; labelledBy: string }) {
  const id = () => fieldId(props.prompt.id);
  const value = () => props.editor.answers.text[props.prompt.id] ?? '';
  const onInput = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
    props.editor.setText(props.prompt.id, event.currentTarget.value);
  // Without a label of its own, the exercise question names the field.
  const labelledBy = () => (props.prompt.label ? undefined : props.labelledBy);
  return (
    <div class={`field field-${props.prompt.kind}`}>
      <Show when={props.prompt.label}>
        {(label) => (
          <label for={id()}>
            <Marked text={label()} />
          </label>
        )}
      </Show>
      <Show
        when={props.prompt.kind === 'longText'}
        fallback={
          <input
            id={id()}
            type={props.prompt.inputType ?? 'text'}
            autocomplete={props.prompt.autocomplete ?? 'off'}
            value={value()}
            // A date has no length to limit (maxlength is not valid on it), only a text field does.
            maxLength={props.prompt.inputType === 'date' ? undefined : LIMITS.shortText}
            onInput={onInput}
            aria-labelledby={labelledBy()}
          />
        }
      >
        <AutoTextarea id={id()} value={value()} maxLength={LIMITS.longText} onInput={onInput} aria-labelledby={labelledBy()} />
      </Show>
    </div>
  );
}
