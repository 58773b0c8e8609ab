import { For, Show } from 'solid-js';
import type { Section, TextBlock } from '../worksheet/types';
import type { AnswersEditor } from './editor';
import { ExerciseView } from './ExerciseView';
import { Marked } from './Marked';
import { sectionDomId } from './SectionNav';

/** One section of the worksheet: its title, its read-only text and its exercises. */
export function SectionView(props: { section: Section; editor: AnswersEditor }) {
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

/** Text printed on the worksheet, shown as it reads on paper. */
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
