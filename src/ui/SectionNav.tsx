import { For } from 'solid-js';
import type { Answers, Section } from '../worksheet/types';
import { sectionProgress } from '../worksheet/progress';

export const sectionDomId = (section: Section) => `section-${section.id}`;

/**
 * Always-visible section list with each section's progress. Buttons, not #anchors, because
 * the hash already holds the route.
 */
export function SectionNav(props: { sections: Section[]; answers: Answers; current: string }) {
  const go = (section: Section) => {
    const heading = document.getElementById(`${sectionDomId(section)}-title`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <nav class="section-nav" aria-label="Sections">
      <ol>
        <For each={props.sections}>
          {(section) => {
            const progress = () => sectionProgress(section, props.answers);
            return (
              <li>
                <button
                  type="button"
                  aria-current={props.current === section.id ? 'true' : undefined}
                  classList={{ complete: progress().done === progress().total }}
                  onClick={() => go(section)}
                >
                  <span class="nav-title">{section.navTitle}</span>
                  <span class="nav-progress">
                    {progress().done} of {progress().total}
                  </span>
                </button>
              </li>
            );
          }}
        </For>
      </ol>
    </nav>
  );
}
