import { createMemo, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import type { WorksheetSummary } from '../worksheet/summary';
import { findWorksheets, PAGE_SIZE, SORT_LABELS, type LibrarySort } from './libraryView';
import { count, plural } from './plural';
import { WorksheetRow, type WorksheetActions } from './WorksheetRow';

/**
 * The library's worksheets: find by name, sort by last change or name, and a page at a time,
 * so a laptop with a thousand worksheets shows its list as fast as one with ten.
 */
export function WorksheetList(props: { worksheets: readonly WorksheetSummary[]; actions: WorksheetActions }) {
  const [query, setQuery] = createSignal('');
  const [sort, setSort] = createSignal<LibrarySort>('newest');
  const [shown, setShown] = createSignal(PAGE_SIZE);
  const found = createMemo(() => findWorksheets(props.worksheets, query(), sort()));
  const page = createMemo(() => found().slice(0, shown()));
  const remaining = () => found().length - page().length;

  // "Last change: 5 minutes ago" stays true while the page is open.
  const [now, setNow] = createSignal(new Date());
  onMount(() => {
    const clock = setInterval(() => setNow(new Date()), 60_000);
    onCleanup(() => clearInterval(clock));
  });

  return (
    <>
      <div class="library-tools">
        <div class="library-find">
          <label for="find-worksheet">Find a worksheet</label>
          <input
            id="find-worksheet"
            type="search"
            placeholder="Name or participant"
            value={query()}
            onInput={(event) => {
              setQuery(event.currentTarget.value);
              setShown(PAGE_SIZE);
            }}
          />
        </div>
        <div class="library-sort">
          <label for="sort-worksheets">Sort by</label>
          <select id="sort-worksheets" value={sort()} onChange={(event) => setSort(event.currentTarget.value as LibrarySort)}>
            <For each={Object.entries(SORT_LABELS)}>{([value, label]) => <option value={value}>{label}</option>}</For>
          </select>
        </div>
      </div>
      <p class="library-count" role="status">
        {countText(found().length, props.worksheets.length, query())}
      </p>
      <ul class="worksheet-list" aria-label="Worksheets on this device">
        <For each={page()}>{(sheet) => <WorksheetRow sheet={sheet} actions={props.actions} now={now()} />}</For>
      </ul>
      <Show when={remaining() > 0}>
        <button type="button" class="show-more" onClick={() => setShown((count) => count + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, remaining())} more of {count(remaining())}
        </button>
      </Show>
    </>
  );
}

function countText(found: number, total: number, query: string): string {
  if (!query.trim()) return `${plural(total, 'worksheet')} on this device`;
  if (!found) return `No worksheet matches “${query.trim()}”.`;
  return `${plural(found, 'worksheet')} of ${count(total)} match “${query.trim()}”`;
}
