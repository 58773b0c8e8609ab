import { For } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { IdeaItems } from './IdeaItems';

/** The crosswalk's columns, one per practice element, shown whole even before the first idea. */
export function ElementColumns(props: { columns: Array<{ id: string; label: string; ideas: string[] }>; headingLevel: number }) {
  return (
    <div class="screen-columns" style={{ '--columns': String(props.columns.length) }}>
      <For each={props.columns}>
        {(column) => (
          <section class="screen-column" classList={{ empty: column.ideas.length === 0 }} aria-label={column.label}>
            <Dynamic component={`h${props.headingLevel}`} class="screen-column-title">
              {column.label}
            </Dynamic>
            <ul data-fit-list>
              <IdeaItems ideas={column.ideas} />
            </ul>
          </section>
        )}
      </For>
    </div>
  );
}
