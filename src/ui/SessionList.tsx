import { For, Show } from 'solid-js';
import type { FacilitationSession } from '../facilitate/session';
import { longDate } from '../worksheet/dates';
import { whenChanged } from './clock';
import { plural } from './plural';

/** The facilitation sessions on this device, each with Present and Delete. */
export function SessionList(props: { sessions: FacilitationSession[]; onDelete: (session: FacilitationSession) => void }) {
  const ideaCount = (session: FacilitationSession) => Object.values(session.boards).reduce((n, ideas) => n + ideas.length, 0);
  return (
    <section class="sessions" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Facilitation sessions</h2>
      <p class="privacy">Room boards are kept apart from personal worksheets; nothing personal is ever projected.</p>
      <ul class="worksheet-list" aria-label="Facilitation sessions on this device">
        <For each={props.sessions}>
          {(session) => (
            <li class="worksheet-card">
              <h3>
                <a href={`#/present/${session.id}`}>{session.name}</a>
              </h3>
              <p class="meta">
                {/* A session named for its day (the default) is not dated twice. */}
                <Show when={longDate(session.date) !== session.name}>
                  <span>{longDate(session.date)}</span>
                </Show>
                <span>{plural(ideaCount(session), 'idea')} on the board</span>
                <span>Last change: {whenChanged(session.updatedAt)}</span>
              </p>
              <div class="card-actions">
                <a class="button" href={`#/present/${session.id}`} aria-label={`Present ${session.name}`}>
                  Present
                </a>
                <button
                  type="button"
                  class="danger-link"
                  onClick={() => props.onDelete(session)}
                  aria-label={`Delete session ${session.name}`}
                >
                  Delete
                </button>
              </div>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}

/** Worksheets the browser would not store: listed so they can be opened again while this tab lives. */
export function InMemoryList(props: { worksheets: Array<{ id: string; title: string }> }) {
  return (
    <section class="sessions" aria-labelledby="in-memory-title">
      <h2 id="in-memory-title">Open in this tab only</h2>
      <ul class="worksheet-list" aria-label="Worksheets kept in this tab">
        <For each={props.worksheets}>
          {(sheet) => (
            <li class="worksheet-card">
              <h3>
                <a href={`#/worksheets/${sheet.id}`}>{sheet.title}</a>
              </h3>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
