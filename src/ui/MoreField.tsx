import { For } from 'solid-js';
import { moreEntryLabel } from '../worksheet/answers';
import type { MoreAnswers } from '../worksheet/types';
import { AutoTextarea } from './AutoTextarea';
import type { AnswersEditor } from './editor';
import { focusById } from './focus';
import { fieldId } from './ids';
import { LIMITS } from '../worksheet/limits';

/** Answers the participant adds beyond the printed ones, each named by them (e.g. an audience). */
export function MoreField(props: { more: MoreAnswers; editor: AnswersEditor }) {
  const entries = () => props.editor.answers.more[props.more.id] ?? [];
  const nameId = (entryId: string) => fieldId(props.more.id, entryId, 'name');

  return (
    <div class="more">
      <For each={entries()}>
        {(entry, index) => (
          <div class="more-entry">
            <div class="field">
              <label for={nameId(entry.id)}>
                {props.more.nameLabel} {index() + 1}
              </label>
              <input
                id={nameId(entry.id)}
                autocomplete="off"
                maxLength={LIMITS.shortText}
                value={entry.name}
                onInput={(event) => props.editor.setMore(props.more.id, entry.id, 'name', event.currentTarget.value)}
              />
            </div>
            <div class="field field-longText">
              <label for={fieldId(props.more.id, entry.id)}>{moreEntryLabel(props.more, entry.name, index() + 1)}</label>
              <AutoTextarea
                id={fieldId(props.more.id, entry.id)}
                maxLength={LIMITS.longText}
                value={entry.text}
                onInput={(event) => props.editor.setMore(props.more.id, entry.id, 'text', event.currentTarget.value)}
              />
            </div>
            <button
              type="button"
              class="danger-link"
              onClick={() => {
                props.editor.removeMore(props.more.id, entry.id);
                focusById(`${fieldId(props.more.id)}-add`);
              }}
            >
              Remove {props.more.nameLabel.toLowerCase()} {index() + 1}
            </button>
          </div>
        )}
      </For>
      <button
        type="button"
        id={`${fieldId(props.more.id)}-add`}
        class="add"
        disabled={(props.editor.answers.more[props.more.id]?.length ?? 0) >= LIMITS.moreEntries}
        onClick={() => focusById(nameId(props.editor.addMore(props.more.id)))}
      >
        + {props.more.addLabel}
      </button>
    </div>
  );
}
